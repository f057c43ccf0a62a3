package tw.gov.taichung.kg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import tw.gov.taichung.kg.search.Hits;
import tw.gov.taichung.kg.search.SearchJson;
import tw.gov.taichung.kg.search.Searcher;

/**
 * {@code /search?q=…[&kind=K][&format=json]}: the search page, or its answer as JSON; and
 * {@code /search/suggest?q=…}: up to eight entities whose label starts with what was typed, as JSON. A query
 * longer than {@value Searcher#MAX_QUERY} characters or an unknown kind is a 400 with a sentence; an empty
 * query is an empty answer.
 */
final class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 8;
    private static final int RESULTS = 50;
    private final transient Searcher searcher;
    private final transient WebUi web;
    private final transient SearchJson json;

    SearchServlet(Searcher searcher, WebUi web) {
        this.searcher = searcher;
        this.web = web;
        this.json = new SearchJson(web.iris());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String q = request.getParameter("q");
        q = q == null ? "" : q;
        if (path.equals("/search/suggest")) {
            Hits.Answer a = searcher.suggest(q, SUGGESTIONS);
            send(response, a.error() == null ? 200 : 400, json.suggestions(a));
            return;
        }
        if (!path.equals("/search")) {
            PageServlet.send(response, 404, Html.page("404", "../", "<h1>找不到頁面 <small lang=\"en\">Not found</small></h1>\n"));
            return;
        }
        String kind = request.getParameter("kind");
        kind = kind == null || kind.isEmpty() ? null : kind;
        Hits.Answer a = searcher.search(q, kind, RESULTS);
        int status = a.error() == null ? 200 : 400;
        if ("json".equals(request.getParameter("format"))) {
            send(response, status, json.answer(a));
        } else {
            PageServlet.send(response, status, SearchPage.render(a, kind, web.links("")));
        }
    }

    private static void send(HttpServletResponse response, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
