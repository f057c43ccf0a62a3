package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.apache.jena.graph.Node;
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

    static String render(ReportText t, HttpServletRequest req, View v) {
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
        sb.append("<pre class=\"report-text\" lang=\"zh-Hant\">");
        if (marked) {
            int from = text.offsetByCodePoints(0, start);
            int to = text.offsetByCodePoints(from, end - start);
            sb.append(esc(text.substring(0, from))).append("<mark id=\"passage\">").append(esc(text.substring(from, to)))
                    .append("</mark>").append(esc(text.substring(to)));
        } else {
            sb.append(esc(text));
        }
        sb.append("</pre>\n");
        return Html.page(v.kg().shortLabel(t.report()) + " 全文", v.links().up(), sb.toString());
    }

    private static int number(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
