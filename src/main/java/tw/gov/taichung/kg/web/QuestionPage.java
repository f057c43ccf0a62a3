package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tw.gov.taichung.kg.query.NamedQuery;

/**
 * The named queries as questions: {@code /questions/} lists them, {@code /questions/NAME} answers one as a
 * table whose resources link to their entity pages. Parameters come from the query string (only the
 * query's own; a value becomes a SPARQL string literal), with a form to change them.
 */
final class QuestionPage {
    private final WebUi web;

    QuestionPage(WebUi web) {
        this.web = web;
    }

    /** The list of all questions, each a link to its answer. */
    static String list(WebUi web, Links links) {
        StringBuilder sb = new StringBuilder("<ol class=\"question-list\">\n");
        for (NamedQuery q : web.queries().all().values()) {
            sb.append("<li><a class=\"question\" id=\"q-").append(esc(q.name())).append("\" href=\"")
                    .append(esc(links.site("questions/" + q.name()))).append("\">").append(esc(q.titleZh()))
                    .append(" <span class=\"en\" lang=\"en\">").append(esc(q.titleEn())).append("</span></a></li>\n");
        }
        return sb.append("</ol>\n").toString();
    }

    String render(HttpServletRequest request, String path, Links links) {
        String name = path.startsWith("/questions/") ? path.substring("/questions/".length()) : "";
        if (name.isEmpty()) {
            return Html.page("問題 Questions", links.up(), "<h1>問題 <small lang=\"en\">Questions</small></h1>\n"
                    + list(web, links));
        }
        NamedQuery q = web.queries().get(name);
        if (q == null || name.contains("/")) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String p : q.params().keySet()) {
            String value = request.getParameter(p);
            values.put(p, value == null ? q.params().get(p) : value.strip());
        }
        String sparql = q.render(values);
        StringBuilder sb = new StringBuilder("<h1>").append(esc(q.titleZh())).append(" <small lang=\"en\">")
                .append(esc(q.titleEn())).append("</small></h1>\n");
        if (!q.description().isEmpty()) {
            sb.append("<p class=\"description\" lang=\"en\">").append(esc(q.description())).append("</p>\n");
        }
        if (!values.isEmpty()) {
            sb.append("<form class=\"params\" method=\"get\" action=\"").append(esc(name)).append("\">");
            for (Map.Entry<String, String> p : values.entrySet()) {
                sb.append("<label>").append(esc(p.getKey())).append(" <input name=\"").append(esc(p.getKey()))
                        .append("\" value=\"").append(esc(p.getValue())).append("\"></label> ");
            }
            sb.append("<button type=\"submit\">查詢 <span lang=\"en\">Ask</span></button></form>\n");
        }
        sb.append(ResultTable.render(new View(web.kg(), links), web.sparql().select(sparql)));
        String editor = links.site("editor") + "?query=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        String api = links.site("api/questions/" + name) + "?" + paramQuery(values);
        sb.append("<p><a href=\"").append(esc(editor)).append("\">在 SPARQL 編輯器中開啟 <span lang=\"en\">Open in the SPARQL "
                + "editor</span></a> · 下載 <span lang=\"en\">Download</span>: <a href=\"").append(esc(api + "format=csv"))
                .append("\" download>CSV</a> <a href=\"").append(esc(api + "format=json")).append("\" download>JSON</a></p>\n<details><summary>SPARQL</summary><pre><code>").append(esc(sparql))
                .append("</code></pre></details>\n");
        return Html.page(q.titleZh(), links.up(), sb.toString());
    }

    /** The parameters as a URL query string, each followed by '&amp;' (empty when there are none). */
    private static String paramQuery(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        return sb.toString();
    }
}
