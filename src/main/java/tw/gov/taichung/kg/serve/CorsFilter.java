package tw.gov.taichung.kg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Cross-origin reads: every read-only path answers any origin ({@code Access-Control-Allow-Origin: *}) and
 * preflight requests ({@code OPTIONS} with {@code Access-Control-Request-Method}) are answered 204 here, so a
 * page on another site (a hosted SPARQL editor, a notebook) can query the endpoint and read the documents.
 * The update paths get neither: a browser on another origin can never send an update with a user's
 * credentials. No credentials are allowed cross-origin anywhere.
 */
final class CorsFilter implements Filter {
    static final String ALLOW_METHODS = "GET, HEAD, POST, OPTIONS";
    static final String ALLOW_HEADERS = "Accept, Accept-Language, Content-Type, Cache-Control, If-None-Match";
    static final String EXPOSE_HEADERS = "X-Result-Truncated, Content-Length, Content-Type, ETag, Link, Vary";
    private final Set<String> updatePaths;

    CorsFilter(Set<String> updatePaths) {
        this.updatePaths = Set.copyOf(updatePaths);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (updatePaths.contains(Http.path(req))) {
            chain.doFilter(request, response);
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS);
        if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
            resp.setHeader("Access-Control-Allow-Methods", ALLOW_METHODS);
            resp.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
            resp.setHeader("Access-Control-Max-Age", "86400");
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
