package tw.gov.taichung.kg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Checks every request before any servlet sees it, and marks every answer: TRACE (and TRACK) are refused with
 * 405, so no request's headers are echoed; a malformed {@code Authorization: Basic} header and a character set
 * that Java does not know (in {@code Content-Type}) are answered 400 with a sentence, not a 500 with a Java
 * exception; every answer carries {@code X-Content-Type-Options: nosniff} and a Content-Security-Policy that
 * allows nothing from other origins (the web pages set the same one), linked-data HTML pages included.
 */
final class RequestGuard implements Filter {
    /** As the web interface's pages: scripts, styles, images, fonts and requests only from this server. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CSP);
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("TRACE") || method.equals("TRACK")) {
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            response.setHeader("Connection", "close");
            Http.error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "405 Method Not Allowed: TRACE is "
                    + "turned off");
            return;
        }
        String problem = badAuthorization(request.getHeader("Authorization"));
        if (problem == null) {
            problem = badCharset(request.getHeader("Content-Type"));
        }
        if (problem != null) {
            response.setHeader("Connection", "close"); // the body, if any, is not read
            Http.error(response, HttpServletResponse.SC_BAD_REQUEST, "400 Bad Request: " + problem);
            return;
        }
        chain.doFilter(req, resp);
    }

    /** Why a Basic {@code Authorization} header cannot be read, or null (absent, another scheme, or well formed). */
    static String badAuthorization(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic", 0, 5)) {
            return null;
        }
        String token = header.substring(5).strip();
        try {
            String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.indexOf(':') >= 0 && !token.isEmpty()) {
                return null;
            }
        } catch (IllegalArgumentException e) {
            // not base64: said below
        }
        return "the Authorization header is not valid Basic credentials (base64 of user:password)";
    }

    /** Why the charset of a Content-Type cannot be used, or null. */
    static String badCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).strip().replace("\"", "");
                try {
                    if (!name.isEmpty() && Charset.isSupported(name)) {
                        return null;
                    }
                } catch (IllegalCharsetNameException e) {
                    // said below
                }
                return "the character set '" + name + "' in Content-Type is not known; send UTF-8";
            }
        }
        return null;
    }
}
