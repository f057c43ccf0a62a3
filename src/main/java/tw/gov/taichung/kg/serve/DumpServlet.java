package tw.gov.taichung.kg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import tw.gov.taichung.kg.export.Dumps;
import tw.gov.taichung.kg.export.JsonLdWriter;

/**
 * {@code /dumps/}: the same files {@code tdkg build} writes (every format, the JSON-LD context,
 * {@code void.ttl}, {@code SHA256SUMS}), made from the served data on first request; {@code /dumps/}
 * itself lists them. Also serves the JSON-LD context at {@code /context.jsonld}, where the JSON-LD
 * files say it is published. Each file carries its SHA-256 as a strong ETag.
 */
final class DumpServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Site site;

    DumpServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Http.path(request);
        if (path.equals("/dumps")) {
            response.sendRedirect("dumps/");
            return;
        }
        if (path.equals("/dumps/")) {
            Http.send(response, HttpServletResponse.SC_OK, "text/html; charset=utf-8", index());
            return;
        }
        String name = path.equals("/" + JsonLdWriter.CONTEXT_FILE) ? JsonLdWriter.CONTEXT_FILE
                : path.startsWith("/dumps/") ? path.substring("/dumps/".length()) : "";
        byte[] body = name.contains("/") ? null : site.dump(name);
        if (body == null) {
            Http.error(response, HttpServletResponse.SC_NOT_FOUND, "404 Not Found: no dump file at " + path);
            return;
        }
        String etag = "\"" + HexFormat.of().formatHex(Dumps.sha256().digest(body)) + "\"";
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String type = Dumps.mediaType(name);
        Http.send(response, HttpServletResponse.SC_OK, type + "; charset=utf-8", body);
    }

    private static byte[] index() {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Dumps</title></head><body><h1>Dumps</h1><ul>\n");
        for (String f : Dumps.files()) {
            sb.append("<li><a href=\"").append(f).append("\">").append(f).append("</a> (")
                    .append(Dumps.mediaType(f)).append(")</li>\n");
        }
        sb.append("</ul><p>Check downloads against SHA256SUMS: <code>sha256sum -c SHA256SUMS</code>.</p>"
                + "</body></html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
