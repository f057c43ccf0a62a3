package tw.gov.taichung.kg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * No cross-site writes: a browser that posts to the update endpoints from another site's page sends the
 * curator's saved basic credentials along, and says where the page came from in {@code Origin}. A write whose
 * {@code Origin} is not this server (the scheme, host and port of the request) is refused with 403 before the
 * credentials are looked at; {@code Origin: null} (sandboxed pages, files) is refused too. Clients that are not
 * browsers (curl, scripts) send no {@code Origin} and are not affected.
 */
final class SameOrigin implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request)) {
            Http.error((HttpServletResponse) resp, HttpServletResponse.SC_FORBIDDEN, "403 Forbidden: a write from "
                    + "another site (Origin: " + origin + ") is refused; send updates from this server's pages or "
                    + "from a client that is not a browser");
            return;
        }
        chain.doFilter(req, resp);
    }

    static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI o = URI.create(origin.strip());
            if (o.getScheme() == null || o.getHost() == null) {
                return false;
            }
            int port = o.getPort() >= 0 ? o.getPort() : o.getScheme().equalsIgnoreCase("https") ? 443 : 80;
            return o.getScheme().toLowerCase(Locale.ROOT).equals(request.getScheme().toLowerCase(Locale.ROOT))
                    && o.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
