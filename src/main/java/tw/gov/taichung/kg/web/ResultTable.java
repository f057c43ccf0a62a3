package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import java.util.Map;
import org.apache.jena.graph.Node;

/** A SELECT answer as an HTML table: resources link to their pages, literals show as text. */
final class ResultTable {
    private ResultTable() {
    }

    static String render(View v, Sparql.Answer answer) {
        StringBuilder sb = new StringBuilder("<p class=\"rows\"><span class=\"n\">").append(answer.rows().size())
                .append("</span> 筆 <span lang=\"en\">rows</span></p>\n<div class=\"scroll\"><table class=\"answer\">"
                        + "<thead><tr>");
        for (String var : answer.vars()) {
            sb.append("<th>").append(esc(var)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (Map<String, Node> row : answer.rows()) {
            sb.append("<tr>");
            for (String var : answer.vars()) {
                Node n = row.get(var);
                boolean num = n != null && n.isLiteral() && n.getLiteralValue() instanceof Number;
                sb.append(num ? "<td class=\"num\">" : "<td>").append(cell(v, n)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table></div>\n").toString();
    }

    /** A resource as a link with its short label (the short name as a tooltip); a literal as text. */
    static String cell(View v, Node n) {
        if (n == null) {
            return "";
        }
        if (n.isURI()) {
            String label = v.kg().shortLabel(n);
            String name = v.links().shortName(n);
            String href = v.links().href(n);
            String text = esc(label == null ? name : label);
            return href == null ? text : "<a href=\"" + esc(href) + "\" title=\"" + esc(name) + "\">" + text + "</a>";
        }
        return esc(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
    }
}
