package tw.gov.taichung.kg.web;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/** The statements about an entity and the statements that point to it, each with the reports stating it. */
final class Facts {
    private Facts() {
    }

    /** The statements about {@code focus}: property, value (linked), source reports. */
    static String outgoing(View v, Node focus) {
        return table(v, v.kg().find(focus, null, null), false, "事實 <small lang=\"en\">Facts</small>",
                "屬性 <small lang=\"en\">property</small>", "值 <small lang=\"en\">value</small>");
    }

    /** The statements that point to {@code focus}: property and the resource that states it. */
    static String incoming(View v, Node focus) {
        return table(v, v.kg().find(null, null, focus), true, "關聯 <small lang=\"en\">Referenced by</small>",
                "屬性 <small lang=\"en\">property</small>", "來自 <small lang=\"en\">from</small>");
    }

    private record Row(Node property, Node value, Set<Node> graphs) {
    }

    private static String table(View v, Iterable<Quad> quads, boolean incoming, String heading, String first,
                                String second) {
        Map<String, Row> rows = new TreeMap<>();
        for (Quad q : quads) {
            Node value = incoming ? q.getSubject() : q.getObject();
            String key = v.links().shortName(q.getPredicate()) + "\u0000" + value;
            rows.computeIfAbsent(key, k -> new Row(q.getPredicate(), value, new TreeSet<>(Kg.BY_IRI)))
                    .graphs().add(q.getGraph());
        }
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<section class=\"facts\"><h2>").append(heading)
                .append("</h2>\n<table>\n<thead><tr><th>").append(first).append("</th><th>").append(second)
                .append("</th><th>出處 <small lang=\"en\">source</small></th></tr></thead>\n<tbody>\n");
        for (Row r : rows.values()) {
            sb.append("<tr><td>").append(property(v, r.property())).append("</td><td>").append(v.value(r.value()))
                    .append("</td><td>").append(v.sources(r.graphs().stream().toList())).append("</td></tr>\n");
        }
        return sb.append("</tbody></table></section>\n").toString();
    }

    /** A property with its Chinese label where the ontology gives one, its prefixed name as a tooltip. */
    private static String property(View v, Node p) {
        String zh = v.kg().zh(p);
        String name = v.links().shortName(p);
        String href = v.links().href(p);
        String text = zh == null ? Html.esc(name) : Html.esc(zh) + " <small>" + Html.esc(name) + "</small>";
        return href == null ? text : "<a href=\"" + Html.esc(href) + "\">" + text + "</a>";
    }
}
