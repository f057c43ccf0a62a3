package tw.gov.taichung.kg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Bounds the size of requests before any servlet reads them. A body over the limit is refused with 413: by
 * its declared {@code Content-Length}, or, for a body sent without one (chunked), after reading at most one
 * byte past the limit. A query string over the limit is refused with 414. An HTML form body
 * ({@code application/x-www-form-urlencoded}, which Jetty parses itself) must declare its length (411
 * otherwise). The update endpoints have their own, larger limit. A body within the limit is read in full
 * before the request goes on, so that the connection stays usable whatever the answer. A body that stops
 * coming (5 s without a byte) or comes too slowly is answered 408 and the connection closed.
 */
final class BodyLimitFilter implements Filter {
    /** How much of a body past the limit is read (and dropped) so that the client can read the 413. */
    private static final long DRAIN = 1024 * 1024;
    private final long maxQueryBytes;
    private final long maxUpdateBytes;
    private final Set<String> updatePaths;

    /** {@code updatePaths}: request paths (e.g. {@code /kg/update}) that take the update limit. */
    BodyLimitFilter(long maxQueryBytes, long maxUpdateBytes, Set<String> updatePaths) {
        this.maxQueryBytes = maxQueryBytes;
        this.maxUpdateBytes = maxUpdateBytes;
        this.updatePaths = Set.copyOf(updatePaths);
    }

    /** The limit for a request path. */
    long limitFor(String path) {
        return updatePaths.contains(path) ? maxUpdateBytes : maxQueryBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(resp instanceof HttpServletResponse response)) {
            chain.doFilter(req, resp);
            return;
        }
        long limit = limitFor(Http.path(request));
        String query = request.getQueryString();
        if (query != null && query.length() > limit) {
            response.setHeader("Connection", "close");
            Http.error(response, 414, "414 URI Too Long: the query string is " + query.length() + " bytes; this "
                    + "endpoint accepts at most " + limit + " bytes (send a long query in the body of a POST)");
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            boolean drained = declared <= limit + DRAIN && drain(request.getInputStream(), DRAIN + limit) >= 0;
            tooLarge(response, declared + " bytes", limit, drained);
            return;
        }
        boolean chunked = declared < 0 && request.getHeader("Transfer-Encoding") != null;
        String type = request.getContentType();
        boolean form = type != null && type.toLowerCase(java.util.Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded");
        if (form && chunked) {
            response.setHeader("Connection", "close");
            Http.error(response, 411, "411 Length Required: send an HTML form body with a Content-Length");
            return;
        }
        if (form) {
            // Parse the form now, so that its body is read even when the answer does not need it (a 404, say):
            // an unread body makes Jetty drop the connection, and a client that reuses it fails.
            try {
                request.getParameterMap();
            } catch (RuntimeException e) {
                if (!slow(e, response)) {
                    throw e;
                }
                return;
            }
        }
        if (form || declared == 0 || declared < 0 && !chunked) {
            chain.doFilter(req, resp);
            return;
        }
        // Read the whole (bounded) body before anything answers, for the same reason.
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = request.getInputStream()) {
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) >= 0) {
                body.write(buf, 0, n);
                if (body.size() > limit) {
                    tooLarge(response, "more than " + limit + " bytes", limit, drain(in, DRAIN) >= 0);
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (!slow(e, response)) {
                throw e;
            }
            return;
        }
        chain.doFilter(new Buffered(request, body.toByteArray()), resp);
    }

    /**
     * Reads and drops at most {@code max} bytes; the number read, or -1 when the body is longer. A client that
     * sends its whole body before reading the answer (most do, unless they use {@code Expect: 100-continue})
     * only sees the 413 if the server reads the body first; a body longer than this is cut off instead.
     */
    private static long drain(InputStream in, long max) throws IOException {
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
            total += n;
            if (total > max) {
                return -1;
            }
        }
        return total;
    }

    /**
     * Answers 408 when {@code e} is Jetty giving up on a body that stopped coming or came too slowly (see
     * {@link Network}); false for any other failure.
     */
    private static boolean slow(Exception e, HttpServletResponse response) {
        boolean timeout = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            timeout |= t instanceof java.util.concurrent.TimeoutException
                    || String.valueOf(t.getMessage()).contains("timeout") || String.valueOf(t.getMessage()).contains("408");
        }
        if (!timeout) {
            return false;
        }
        try {
            response.setHeader("Connection", "close");
            Http.error(response, 408, "408 Request Timeout: the request body stopped coming or came too slowly");
        } catch (IOException | RuntimeException ignored) {
            // the connection is gone already
        }
        return true;
    }

    private static void tooLarge(HttpServletResponse response, String size, long limit, boolean drained)
            throws IOException {
        if (!drained) {
            response.setHeader("Connection", "close");
        }
        Http.error(response, 413, "413 Content Too Large: the request body is " + size + "; this endpoint accepts "
                + "at most " + limit + " bytes");
    }

    /** The request with its body already read into memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            return new BufferedReader(new InputStreamReader(getInputStream(), cs));
        }
    }
}
