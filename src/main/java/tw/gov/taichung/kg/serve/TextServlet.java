package tw.gov.taichung.kg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /texts/{file}.txt}: the plain text of a report, byte for byte, so that the quote selectors
 * (exact text, prefix, suffix; start and end in code points) can be checked against it. Only the
 * files that a report names are served.
 */
final class TextServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Site site;

    TextServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Http.path(request);
        String name = path.startsWith("/texts/") ? path.substring("/texts/".length()) : "";
        byte[] text = name.contains("/") ? null : site.text(name);
        if (text == null) {
            Http.error(response, HttpServletResponse.SC_NOT_FOUND, "404 Not Found: no report text at " + path);
            return;
        }
        Http.send(response, HttpServletResponse.SC_OK, "text/plain; charset=utf-8", text);
    }
}
