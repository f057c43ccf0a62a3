package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import java.util.Map;
import tw.gov.taichung.kg.query.NamedQuery;

/**
 * The SPARQL editor: YASGUI (from its WebJar, served under {@code /assets/yasgui/}) against this server's
 * read-only endpoint, with the named queries (parameters filled with their defaults) one click away.
 * {@code /editor?query=NAME} opens with that query and runs it. The page's script is {@code editor.js}; the
 * queries travel in a JSON data block, never as code.
 */
final class EditorPage {
    private final WebUi web;

    EditorPage(WebUi web) {
        this.web = web;
    }

    String render(Links links) {
        StringBuilder json = new StringBuilder("[");
        StringBuilder list = new StringBuilder("<ol class=\"query-list\">\n");
        for (NamedQuery q : web.queries().all().values()) {
            json.append(json.length() > 1 ? ",\n" : "\n").append("{\"name\":").append(Html.jsonString(q.name()))
                    .append(",\"title\":").append(Html.jsonString(q.titleZh() + " | " + q.titleEn()))
                    .append(",\"query\":").append(Html.jsonString(q.render(Map.of()))).append('}');
            list.append("<li><button type=\"button\" class=\"load-query\" data-query=\"").append(esc(q.name()))
                    .append("\">").append(esc(q.titleZh())).append(" <span class=\"en\" lang=\"en\">")
                    .append(esc(q.titleEn())).append("</span></button></li>\n");
        }
        json.append("\n]");
        String head = "<link rel=\"stylesheet\" href=\"" + esc(links.site("assets/yasgui/yasgui.min.css")) + "\">\n"
                + "<script src=\"" + esc(links.site("assets/yasgui/yasgui.min.js")) + "\" defer></script>\n"
                + "<script src=\"" + esc(links.site("assets/editor.js")) + "\" defer></script>\n";
        String body = "<h1>SPARQL 查詢編輯器 <small lang=\"en\">SPARQL editor</small></h1>\n"
                + "<p>查詢本站的唯讀端點 <code>" + esc(links.site("kg/sparql")) + "</code>；點選左側問題載入並執行。"
                + "<span lang=\"en\">Queries go to this server&#39;s read-only endpoint; pick a question on the left to load "
                + "and run it (Ctrl-Enter runs the editor&#39;s query).</span></p>\n"
                + "<div class=\"editor-layout\" id=\"editor\" data-endpoint=\"" + esc(links.site("kg/sparql"))
                + "\" data-prefixes=\"" + esc(links.site("assets/prefixes.json")) + "\">\n<aside><h2>問題 <small lang=\"en\">"
                + "Questions</small></h2>\n" + list + "</ol></aside>\n<div id=\"yasgui\"></div>\n</div>\n"
                + "<script type=\"application/json\" id=\"named-queries\">" + json + "</script>\n"
                + "<p><small>編輯器：<span lang=\"en\">Editor:</span> YASGUI " + esc(Assets.yasguiVersion())
                + " (MIT, <a href=\"" + esc(links.site("assets/yasgui/LICENSE.txt")) + "\">licences</a>).</small></p>\n";
        return Html.page("SPARQL 查詢編輯器 Editor", links.up(), head, body);
    }
}
