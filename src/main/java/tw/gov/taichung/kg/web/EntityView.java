package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Vocab;

/**
 * The HTML page of one entity, the {@code text/html} answer of its IRI: its labels in zh-Hant and en, what
 * kind of thing it is, a section for its kind (a trip's itinerary day by day, delegation and cost; a pledge's
 * status history with evidence; a city's partnership with Taichung and the trips that visited it; an event's
 * participants), a timeline of the events it took part in, its statements with links and sources, the
 * statements that point to it, and the quoted passages that attest it. Every value is escaped.
 */
public final class EntityView {
    private final Node focus;
    private final View v;
    private final Kg kg;

    private final DatasetGraph data;
    private final Iris iris;
    private final java.util.function.Function<String, byte[]> texts;

    private EntityView(Node focus, DatasetGraph data, Iris iris, String up,
            java.util.function.Function<String, byte[]> texts) {
        this.focus = focus;
        this.data = data;
        this.iris = iris;
        this.texts = texts;
        this.kg = new Kg(data);
        this.v = new View(kg, new Links(iris, up));
    }

    /**
     * The page of {@code focus}, read from the named graphs of {@code data} (the published dataset);
     * {@code up} leads from the IRI's path to the site root (e.g. {@code ../../} for {@code /id/person/x}).
     */
    public static String render(Node focus, DatasetGraph data, Iris iris, String up) {
        return render(focus, data, iris, up, null);
    }

    /** As above; {@code texts} gives a report's text by file name, for the coverage of a report's page. */
    public static String render(Node focus, DatasetGraph data, Iris iris, String up,
            java.util.function.Function<String, byte[]> texts) {
        return new EntityView(focus, data, iris, up, texts).page();
    }

    private String page() {
        String label = kg.label(focus);
        String name = label == null ? v.links().shortName(focus) : label;
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(esc(name)).append("</h1>\n").append(header());
        Sections.forKind(v, focus).forEach(body::append);
        if (kg.isA(focus, tw.gov.taichung.kg.model.Vocab.tdo("Report"))) {
            body.append(CoverageSection.render(v, focus, data, iris, texts));
        }
        body.append(Facts.outgoing(v, focus)).append(Facts.incoming(v, focus));
        String quotes = v.quotes(focus);
        if (!quotes.isEmpty()) {
            body.append("<section><h2>引文 <small lang=\"en\">Quoted passages</small></h2>\n").append(quotes)
                    .append("</section>\n");
        }
        body.append("<p class=\"formats\"><small>Also available as text/turtle, application/ld+json, "
                + "application/n-triples, application/rdf+xml, application/trig, application/n-quads (ask with an "
                + "HTTP Accept header).</small></p>\n");
        return Html.page(kg.shortLabel(focus) == null ? name : kg.shortLabel(focus), v.links().up(), body.toString());
    }

    /** The labels by language, the alternative labels, the kinds and the IRI. */
    private String header() {
        StringBuilder sb = new StringBuilder("<dl class=\"labels\">");
        String zh = kg.zh(focus);
        String en = kg.en(focus);
        if (zh != null) {
            sb.append("<dt>中文</dt><dd lang=\"zh-Hant\">").append(esc(zh)).append("</dd>");
        }
        if (en != null) {
            sb.append("<dt>English</dt><dd lang=\"en\">").append(esc(en)).append("</dd>");
        }
        List<String> alt = new ArrayList<>();
        for (Node a : kg.objects(focus, Vocab.ALT_LABEL)) {
            if (a.isLiteral()) {
                alt.add("<span lang=\"" + esc(a.getLiteralLanguage()) + "\">" + esc(a.getLiteralLexicalForm())
                        + "</span>");
            }
        }
        if (!alt.isEmpty()) {
            sb.append("<dt>別名 <small lang=\"en\">Also</small></dt><dd>").append(String.join("、", alt)).append("</dd>");
        }
        List<String> kinds = new ArrayList<>();
        for (Node t : kg.objects(focus, Vocab.TYPE)) {
            if (t.isURI() && t.getURI().startsWith(Vocab.TDO)) {
                kinds.add(v.link(t));
            }
        }
        if (kinds.isEmpty()) {
            kg.objects(focus, Vocab.TYPE).stream().limit(3).forEach(t -> kinds.add(v.link(t)));
        }
        if (!kinds.isEmpty()) {
            sb.append("<dt>類別 <small lang=\"en\">Kind</small></dt><dd>").append(String.join("、", kinds))
                    .append("</dd>");
        }
        sb.append("<dt>IRI</dt><dd><code>").append(esc(focus.getURI())).append("</code></dd></dl>\n");
        return sb.toString();
    }
}
