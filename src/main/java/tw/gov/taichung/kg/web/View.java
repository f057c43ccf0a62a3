package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Vocab;

/** HTML fragments for one page: links with labels, values, report sources and quoted passages. */
final class View {
    private static final String OA = Vocab.OA;
    private final Kg kg;
    private final Links links;

    View(Kg kg, Links links) {
        this.kg = kg;
        this.links = links;
    }

    Kg kg() {
        return kg;
    }

    Links links() {
        return links;
    }

    /** A link to a resource with its bilingual label (or short name). */
    String link(Node n) {
        String label = kg.label(n);
        return Links.a(links.href(n), label == null ? links.shortName(n) : label);
    }

    /** A link to a resource with its Chinese label (else English, else short name). */
    String linkShort(Node n) {
        String label = kg.shortLabel(n);
        return Links.a(links.href(n), label == null ? links.shortName(n) : label);
    }

    /** A value: a link for a resource; a literal as text, with its language or datatype. */
    String value(Node n) {
        if (n.isURI()) {
            return link(n);
        }
        if (!n.isLiteral()) {
            return esc(n.toString());
        }
        String lang = n.getLiteralLanguage();
        if (!lang.isEmpty()) {
            return "<span lang=\"" + esc(lang) + "\">" + esc(n.getLiteralLexicalForm()) + "</span> <small>@"
                    + esc(lang) + "</small>";
        }
        String dt = n.getLiteralDatatypeURI();
        String text = esc(n.getLiteralLexicalForm());
        return dt == null || dt.equals(Vocab.XSD + "string") ? text
                : text + " <small>" + esc(Vocab.prefixes().shortForm(dt)) + "</small>";
    }

    /** The reports (named graphs) a statement comes from, as links. */
    String sources(List<Node> graphs) {
        List<String> out = new ArrayList<>();
        String reports = links.iris().base() + "graph/report/";
        for (Node g : graphs) {
            String iri = g.getURI();
            if (iri.startsWith(reports)) {
                String id = iri.substring(reports.length());
                out.add(Links.a(links.href(links.iris().id("report", id)), id));
            } else {
                out.add(Links.a(links.href(g), iri.substring(iri.lastIndexOf('/') + 1)));
            }
        }
        return String.join(", ", out);
    }

    /** The quoted passages that attest a fact, as a list; empty when there is none. */
    String quotes(Node fact) {
        List<Node> quotes = kg.quotes(fact);
        if (quotes.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<ul class=\"quotes\">\n");
        for (Node q : quotes) {
            sb.append("<li>").append(quote(q)).append("</li>\n");
        }
        return sb.append("</ul>\n").toString();
    }

    /**
     * One quoted passage: the exact text marked between its prefix and suffix, the report it is from and
     * a link to its characters in the report text.
     */
    String quote(Node q) {
        Node text = selector(q, "TextQuoteSelector");
        Node pos = selector(q, "TextPositionSelector");
        String exact = lit(text, "exact");
        if (exact.isEmpty()) {
            exact = kg.text(q, Vocab.VALUE) == null ? "" : kg.text(q, Vocab.VALUE);
        }
        StringBuilder sb = new StringBuilder("<blockquote lang=\"zh-Hant\"><small>…")
                .append(esc(oneLine(lit(text, "prefix")))).append("</small><mark>").append(esc(exact))
                .append("</mark><small>").append(esc(oneLine(lit(text, "suffix")))).append("…</small></blockquote>");
        Node report = kg.object(q, Vocab.uri(OA + "hasSource"));
        sb.append("<p class=\"cite\">");
        if (report != null) {
            sb.append("出處 <span lang=\"en\">Source</span>: ").append(link(report));
            Node file = kg.object(report, Vocab.schema("encoding"));
            String href = file == null ? null : links.href(file);
            if (href != null && pos != null) {
                sb.append(", <a href=\"").append(esc(href)).append("\">characters ").append(esc(lit(pos, "start")))
                        .append("–").append(esc(lit(pos, "end"))).append(" of the text</a>");
                if (href.endsWith(".txt")) {
                    sb.append(" · <a class=\"passage\" href=\"").append(esc(href.substring(0, href.length() - 4)))
                            .append("?start=").append(esc(lit(pos, "start"))).append("&amp;end=")
                            .append(esc(lit(pos, "end"))).append("#passage\">段落 passage</a>");
                }
            }
        }
        sb.append(" <small>(").append(Links.a(links.href(q), "引文 quote")).append(")</small></p>");
        return sb.toString();
    }

    private Node selector(Node quote, String type) {
        for (Node s : kg.objects(quote, Vocab.uri(OA + "hasSelector"))) {
            if (kg.isA(s, Vocab.uri(OA + type))) {
                return s;
            }
        }
        return null;
    }

    private String lit(Node s, String oaProperty) {
        String v = s == null ? null : kg.text(s, Vocab.uri(OA + oaProperty));
        return v == null ? "" : v;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
