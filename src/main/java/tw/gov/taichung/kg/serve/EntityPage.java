package tw.gov.taichung.kg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.model.Vocab;

/**
 * The {@code text/html} answer for one resource: a plain page of its statements, the statements that
 * point to it, and the quoted passages that attest it, every value escaped. It is deliberately simple and
 * self-contained (the servlet only calls {@link #render}) so that a fuller web interface can replace it.
 * Links to resources of this site are relative, so the page works under any host and path prefix.
 */
final class EntityPage {
    private static final Node ATTESTED_BY = Vocab.tdo("attestedBy");
    private static final String OA = Vocab.OA;

    private final Node focus;
    private final DatasetGraph d;
    private final Site site;
    private final String up;
    private final StringBuilder html = new StringBuilder();

    private EntityPage(Node focus, DatasetGraph description, Site site, String up) {
        this.focus = focus;
        this.d = description;
        this.site = site;
        this.up = up;
    }

    /**
     * The page for {@code focus} from its description; {@code up} leads from the request path to the site
     * root (e.g. {@code ../../} for {@code /id/person/x}).
     */
    static String render(Node focus, DatasetGraph description, Site site, String up) {
        return new EntityPage(focus, description, site, up).page();
    }

    private String page() {
        String title = label(focus);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title == null ? focus.getURI() : title))
                .append(" | Taichung Diplomacy Knowledge Graph</title>\n<style>body{font-family:sans-serif;"
                        + "max-width:60em;margin:1em auto;padding:0 1em}table{border-collapse:collapse}"
                        + "td,th{border-bottom:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}"
                        + "small{color:#666}mark{background:#fe8}</style>\n</head>\n<body>\n<nav><a href=\"")
                .append(esc(up)).append(".well-known/void\">Dataset (VoID)</a> · <a href=\"").append(esc(up))
                .append("kg/sparql\">SPARQL</a> · <a href=\"").append(esc(up)).append("dumps/\">Dumps</a></nav>\n")
                .append("<h1>").append(esc(title == null ? shortForm(focus) : title)).append("</h1>\n<p><code>")
                .append(esc(focus.getURI())).append("</code></p>\n");
        statements();
        incoming();
        quotes();
        html.append("<footer><p><small>Also available as ").append(esc(Negotiation.list(Negotiation.RDF)))
                .append(" (ask with an HTTP Accept header).</small></p></footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private void statements() {
        Map<String, Row> rows = new TreeMap<>();
        d.find(Node.ANY, focus, Node.ANY, Node.ANY).forEachRemaining(q -> rows.computeIfAbsent(
                shortForm(q.getPredicate()) + "\u0000" + q.getObject(), k -> new Row(q.getPredicate(), q.getObject()))
                .graphs.add(q.getGraph().getURI()));
        table("Statements", "property", "value", rows);
    }

    private void incoming() {
        Map<String, Row> rows = new TreeMap<>();
        d.find(Node.ANY, Node.ANY, Node.ANY, focus).forEachRemaining(q -> rows.computeIfAbsent(
                shortForm(q.getPredicate()) + "\u0000" + q.getSubject(), k -> new Row(q.getPredicate(), q.getSubject()))
                .graphs.add(q.getGraph().getURI()));
        if (!rows.isEmpty()) {
            table("Referenced by", "property", "from", rows);
        }
    }

    /** One property and value, with the named graphs (reports) that state it. */
    private record Row(Node property, Node value, Set<String> graphs) {
        Row {
            java.util.Objects.requireNonNull(property, "property");
            java.util.Objects.requireNonNull(value, "value");
        }

        Row(Node property, Node value) {
            this(property, value, new TreeSet<>());
        }
    }

    private void table(String heading, String first, String second, Map<String, Row> rows) {
        html.append("<h2>").append(heading).append("</h2>\n<table>\n<tr><th>").append(first).append("</th><th>")
                .append(second).append("</th><th>source</th></tr>\n");
        for (Row r : rows.values()) {
            html.append("<tr><td>").append(link(r.property())).append("</td><td>").append(value(r.value()))
                    .append("</td><td>");
            List<String> sources = new ArrayList<>();
            r.graphs().forEach(g -> sources.add(source(g)));
            html.append(String.join(", ", sources)).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void quotes() {
        Set<Node> quotes = new TreeSet<>(Comparator.comparing(Node::getURI));
        d.find(Node.ANY, focus, ATTESTED_BY, Node.ANY).forEachRemaining(q -> quotes.add(q.getObject()));
        if (d.contains(Node.ANY, focus, Vocab.TYPE, Vocab.tdo("Quote"))) {
            quotes.add(focus);
        }
        if (quotes.isEmpty()) {
            return;
        }
        html.append("<h2>Quoted passages</h2>\n<ol>\n");
        for (Node q : quotes) {
            Node exact = selector(q, "TextQuoteSelector");
            Node pos = selector(q, "TextPositionSelector");
            Node report = object(q, Vocab.uri(OA + "hasSource"));
            html.append("<li><blockquote><small>…").append(esc(literal(exact, "prefix"))).append("</small><mark>")
                    .append(esc(literal(exact, "exact"))).append("</mark><small>").append(esc(literal(exact, "suffix")))
                    .append("…</small></blockquote><p>").append(link(q));
            if (report != null) {
                html.append(" in ").append(link(report));
                Node text = object(report, Vocab.schema("encoding"));
                if (text != null && href(text) != null) {
                    html.append(", <a href=\"").append(esc(href(text))).append("\">characters ")
                            .append(esc(literal(pos, "start"))).append("–").append(esc(literal(pos, "end")))
                            .append(" of the text</a>");
                }
            }
            html.append("</p></li>\n");
        }
        html.append("</ol>\n");
    }

    private Node selector(Node quote, String type) {
        List<Node> found = new ArrayList<>();
        d.find(Node.ANY, quote, Vocab.uri(OA + "hasSelector"), Node.ANY).forEachRemaining(q -> {
            if (d.contains(Node.ANY, q.getObject(), Vocab.TYPE, Vocab.uri(OA + type))) {
                found.add(q.getObject());
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    private Node object(Node s, Node p) {
        var it = d.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private String literal(Node s, String oaProperty) {
        Node o = s == null ? null : object(s, Vocab.uri(OA + oaProperty));
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : "";
    }

    private String source(String graph) {
        String reports = site.iris().base() + "graph/report/";
        if (graph.startsWith(reports)) {
            String id = graph.substring(reports.length());
            return "<a href=\"" + esc(href(site.iris().id("report", id))) + "\">" + esc(id) + "</a>";
        }
        String name = esc(graph.substring(graph.lastIndexOf('/') + 1));
        String href = href(Vocab.uri(graph));
        return href == null ? name : "<a href=\"" + esc(href) + "\">" + name + "</a>";
    }

    private String value(Node n) {
        if (n.isURI()) {
            return link(n);
        }
        if (!n.isLiteral()) {
            return esc(n.toString());
        }
        String lang = n.getLiteralLanguage();
        String tag = !lang.isEmpty() ? "@" + lang
                : n.getLiteralDatatypeURI().equals(Vocab.XSD + "string") ? "" : shortForm(Vocab.uri(n.getLiteralDatatypeURI()));
        return (lang.isEmpty() ? "" : "<span lang=\"" + esc(lang) + "\">") + esc(n.getLiteralLexicalForm())
                + (lang.isEmpty() ? "" : "</span>") + (tag.isEmpty() ? "" : " <small>" + esc(tag) + "</small>");
    }

    private String link(Node n) {
        String label = esc(label(n) == null ? shortForm(n) : label(n));
        String href = href(n);
        return href == null ? label : "<a href=\"" + esc(href) + "\">" + label + "</a>";
    }

    /** A site-relative link for our own IRIs, the IRI itself for other http(s) IRIs, else null. */
    private String href(Node n) {
        String local = site.localPath(n.getURI());
        if (local != null) {
            return up + local;
        }
        return n.getURI().matches("(?i)https?://.*") ? n.getURI() : null;
    }

    /** The zh-Hant and English labels, "張光瑤 · Chang Kuang-yao", or null when there is none. */
    private String label(Node n) {
        Map<String, String> byLang = new TreeMap<>();
        for (Node p : List.of(Vocab.PREF_LABEL, Vocab.LABEL, Vocab.uri(Vocab.DCT + "title"))) {
            d.find(Node.ANY, n, p, Node.ANY).forEachRemaining(q -> {
                Node o = q.getObject();
                if (o.isLiteral()) {
                    String key = o.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT);
                    byLang.merge(key, o.getLiteralLexicalForm(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            });
        }
        List<String> parts = new ArrayList<>();
        for (String lang : List.of("zh-hant", "en", "")) {
            if (byLang.containsKey(lang)) {
                parts.add(byLang.get(lang));
            }
        }
        if (parts.isEmpty() && !byLang.isEmpty()) {
            parts.add(byLang.values().iterator().next());
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    private static String shortForm(Node n) {
        return Vocab.prefixes().shortForm(n.getURI());
    }

    /** Escapes text for HTML element content and double-quoted attributes. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
