package tw.gov.taichung.kg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Serves the bundled assets ({@link Assets}) under {@code /assets/}, cached in memory after the first read. */
final class AssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String name = path.startsWith("/assets/") ? path.substring("/assets/".length()) : "";
        byte[] body = name.contains("..") ? null : cache.computeIfAbsent(name, Assets::read);
        if (body == null) {
            byte[] msg = ("404 Not Found: no asset " + name + "\n").getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=utf-8");
            response.setContentLength(msg.length);
            response.getOutputStream().write(msg);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(Assets.contentType(name));
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
