package tw.gov.taichung.kg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Serves one kind of page: computes the way up to the site root from the request path, asks the page for
 * its HTML inside a read transaction on the dataset (so the page sees one state of it, in memory or in
 * TDB2), and sends it as UTF-8 with a Content-Security-Policy that allows nothing from other origins.
 */
final class PageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Scripts, styles, images, fonts and requests only from this server. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    /** A page: HTML for a request, or null when there is no such page (404). */
    @FunctionalInterface
    interface Page {
        String render(HttpServletRequest request, String path, String up);
    }

    private final transient DatasetGraph dataset;
    private final transient Page page;

    PageServlet(DatasetGraph dataset, Page page) {
        this.dataset = dataset;
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String up = "../".repeat((int) Math.max(0, path.chars().filter(c -> c == '/').count() - 1));
        String html;
        int status = HttpServletResponse.SC_OK;
        try {
            html = Txn.calculateRead(dataset, () -> page.render(request, path, up));
        } catch (QueryCancelledException e) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            html = Html.page("逾時 Timeout", up, "<h1>查詢逾時 <small lang=\"en\">The query timed out</small></h1>\n");
        }
        if (html == null) {
            status = HttpServletResponse.SC_NOT_FOUND;
            html = Html.page("404", up, "<h1>找不到頁面 <small lang=\"en\">Not found</small></h1>\n<p><code>"
                    + Html.esc(path) + "</code></p>\n");
        }
        send(response, status, html);
    }

    static void send(HttpServletResponse response, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
