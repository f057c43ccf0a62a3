package tw.gov.taichung.kg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers of a read-only SPARQL endpoint, kept: while the data cannot change, the same query (the same
 * parameters) asked with the same {@code Accept} header always gets the same bytes, so a repeated question,
 * such as one of the named queries behind the web pages, is answered from memory without running it again.
 * Only successful answers (200) are kept, with their headers; the least recently used go first when the
 * total passes the budget, and an answer larger than a sixteenth of it is never kept (nor held: answers
 * are sent as they are written, a copy kept only while it stays within that size). Installed only when
 * the server takes no updates. A kept answer carries {@code X-Answer-Cache: hit}.
 */
final class AnswerCache implements Filter {
    static final String HEADER = "X-Answer-Cache";
    private final long maxBytes;
    private final long maxAnswer;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    private record Answer(int size, List<String[]> headers, byte[] body) {
    }

    AnswerCache(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the answer cache needs a positive size: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.maxAnswer = maxBytes / 16;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String key = key(req);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Answer kept;
        synchronized (this) {
            kept = answers.get(key);
        }
        if (kept != null) {
            res.setStatus(200);
            for (String[] h : kept.headers()) {
                res.addHeader(h[0], h[1]);
            }
            res.setHeader(HEADER, "hit");
            res.setContentLength(kept.body().length);
            res.getOutputStream().write(kept.body());
            return;
        }
        Capture capture = new Capture(res, maxAnswer);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        if (body != null && capture.getStatus() == 200) {
            keep(key, new Answer(body.length + key.length() * 2, headers(res), body));
        }
    }

    /** The request's identity: method-independent query parameters and the Accept header; null: not cached. */
    private static String key(HttpServletRequest req) {
        String method = req.getMethod();
        if (!"GET".equals(method) && !"POST".equals(method)) {
            return null;
        }
        String type = req.getContentType();
        if ("POST".equals(method) && (type == null || !type.startsWith("application/x-www-form-urlencoded"))) {
            return null;
        }
        Map<String, String[]> params = req.getParameterMap();
        if (!params.containsKey("query")) {
            return null;
        }
        StringBuilder sb = new StringBuilder(req.getRequestURI()).append('\n')
                .append(String.valueOf(req.getHeader("Accept"))).append('\n');
        new TreeMap<>(params).forEach((k, v) -> sb.append(k).append('=').append(Arrays.toString(v)).append('\n'));
        return sb.toString();
    }

    private static List<String[]> headers(HttpServletResponse res) {
        List<String[]> out = new ArrayList<>();
        for (String name : res.getHeaderNames()) {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Date")) {
                for (String value : res.getHeaders(name)) {
                    out.add(new String[] {name, value});
                }
            }
        }
        return List.copyOf(out);
    }

    private synchronized void keep(String key, Answer a) {
        Answer old = answers.put(key, a);
        bytes += a.size() - (old == null ? 0 : old.size());
        var it = answers.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            bytes -= it.next().getValue().size();
            it.remove();
        }
    }

    /** Answers kept and their total size in bytes (for tests). */
    synchronized long[] size() {
        return new long[] {answers.size(), bytes};
    }

    /**
     * Sends what the servlet writes as it writes it (an answer is never held whole in memory to be sent), and
     * keeps a copy of it while it is at most {@code limit} bytes; status and headers go through.
     */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final long limit;
        private boolean over;
        private PrintWriter writer;
        private final ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("blocking writes only");
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                real().write(b, off, len);
                if (!over && buffer.size() + len > limit) {
                    over = true;
                    buffer.reset();
                }
                if (!over) {
                    buffer.write(b, off, len);
                }
            }

            @Override
            public void flush() throws IOException {
                real().flush();
            }
        };

        Capture(HttpServletResponse res, long limit) {
            super(res);
            this.limit = limit;
        }

        private ServletOutputStream real() throws IOException {
            return super.getOutputStream();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return out;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String cs = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(out, cs == null ? StandardCharsets.UTF_8
                        : Charset.forName(cs)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }

        @Override
        public void setContentLength(int len) {
            // set from the captured bytes
        }

        @Override
        public void setContentLengthLong(long len) {
            // set from the captured bytes
        }

        /** The whole body, or null when it was larger than the limit. */
        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return over ? null : buffer.toByteArray();
        }
    }
}
