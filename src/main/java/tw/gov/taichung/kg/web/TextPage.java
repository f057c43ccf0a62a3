package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Sentences;
import tw.gov.taichung.kg.model.Vocab;
import tw.gov.taichung.kg.search.ReportText;

/**
 * {@code /texts/{report}}: a report's text as a page. The text is shown as it is, every character escaped
 * (conversion residue such as {@code <p>} or {@code <input>} appears as text, never as markup); with
 * {@code ?start=S&end=E} (code points, as quote selectors count) that passage is marked and is the target of
 * {@code #passage}. The plain text stays at {@code /texts/{report}.txt} for programs.
 */
final class TextPage {
    private static final List<Node> SOURCES = List.of(Vocab.uri(Vocab.DCT + "source"), Vocab.schema("url"),
            Vocab.uri(Vocab.FOAF + "page"));

    private TextPage() {
    }

    /** The text page; {@code bare} are the sentences that carry no fact (code points), shaded. */
    static String render(ReportText t, List<Sentences.Sentence> bare, HttpServletRequest req, View v) {
        String text = t.text();
        int cps = text.codePointCount(0, text.length());
        int start = number(req.getParameter("start"));
        int end = number(req.getParameter("end"));
        boolean marked = start >= 0 && end > start && end <= cps;
        StringBuilder sb = new StringBuilder("<h1>").append(esc(v.kg().shortLabel(t.report()))).append("</h1>\n")
                .append("<p class=\"cite\">報告 <span lang=\"en\">Report</span>: ").append(v.link(t.report()))
                .append(" · ").append(Links.a(v.links().site("texts/" + t.fileName()), "純文字 plain text"));
        for (Node p : SOURCES) {
            for (Node src : v.kg().objects(t.report(), p)) {
                if (src.isURI() && src.getURI().matches("(?i)https?://.*")) {
                    sb.append(" · <a href=\"").append(esc(src.getURI())).append("\" rel=\"external\">官方文件 "
                            + "<span lang=\"en\">official document</span></a>");
                }
            }
        }
        sb.append("</p>\n");
        if (marked) {
            sb.append("<p>標示段落 <span lang=\"en\">Marked passage</span>: <a href=\"#passage\">characters ").append(start)
                    .append("–").append(end).append("</a></p>\n");
        }
        sb.append("<p class=\"coverage-note\">").append(bare.size()).append(" 句未載入任何事實（灰底） <span lang=\"en\">")
                .append(bare.size()).append(" sentences carry no fact yet (shaded)</span></p>\n");
        sb.append("<pre class=\"report-text\" lang=\"zh-Hant\">");
        appendText(sb, text, marked ? start : -1, marked ? end : -1, bare);
        sb.append("</pre>\n");
        return Html.page(v.kg().shortLabel(t.report()) + " 全文", v.links().up(), sb.toString());
    }

    /**
     * The text, escaped, cut at every boundary of the marked passage and of the bare sentences (code points):
     * each piece inside the passage in a {@code mark} (the first with {@code id="passage"}), each piece inside a
     * bare sentence in a {@code span class="uncovered"}.
     */
    static void appendText(StringBuilder sb, String text, int start, int end, List<Sentences.Sentence> bare) {
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, text.codePointCount(0, text.length())));
        if (start >= 0) {
            cuts.addAll(List.of(start, end));
        }
        bare.forEach(b -> cuts.addAll(List.of(b.start(), b.end())));
        boolean first = true;
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                String piece = esc(text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to)));
                int a = from;
                boolean inBare = bare.stream().anyMatch(b -> b.start() <= a && a < b.end());
                if (inBare) {
                    piece = "<span class=\"uncovered\" title=\"no fact yet\">" + piece + "</span>";
                }
                if (start >= 0 && start <= a && a < end) {
                    piece = (first ? "<mark id=\"passage\">" : "<mark>") + piece + "</mark>";
                    first = false;
                }
                sb.append(piece);
            }
            from = to;
        }
    }

    private static int number(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
