package tw.gov.taichung.kg.bench;

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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A prototype answer cache for a read-only SPARQL endpoint (measured by the bench as a proposal for
 * {@code serve}): the data cannot change while the server runs, so the answer to the same query text with
 * the same Accept header is always the same bytes. Caches 200 answers of {@code query=} requests (GET or
 * form POST) up to a total size; everything else passes through.
 */
public final class AnswerCache implements Filter {
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long maxBytes;
    private final int maxAnswer;

    private record Answer(String contentType, byte[] body) {
    }

    public AnswerCache(long maxBytes, int maxAnswer) {
        this.maxBytes = maxBytes;
        this.maxAnswer = maxAnswer;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String method = req.getMethod();
        String query = "GET".equals(method) || "POST".equals(method) ? req.getParameter("query") : null;
        if (query == null || req.getParameterMap().size() != 1) {
            chain.doFilter(request, response);
            return;
        }
        String key = req.getHeader("Accept") + "\n" + query;
        Answer a = answers.get(key);
        if (a != null) {
            res.setStatus(200);
            res.setContentType(a.contentType());
            res.setContentLength(a.body().length);
            res.getOutputStream().write(a.body());
            return;
        }
        Capture capture = new Capture(res);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        res.getOutputStream().write(body);
        if (capture.getStatus() == 200 && body.length <= maxAnswer && bytes.get() + body.length <= maxBytes
                && answers.putIfAbsent(key, new Answer(capture.getContentType(), body)) == null) {
            bytes.addAndGet(body.length);
        }
    }

    /** Keeps what the servlet writes, passing status and headers through. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private PrintWriter writer;
        private final ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void write(int b) {
                buffer.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                buffer.write(b, off, len);
            }
        };

        Capture(HttpServletResponse res) {
            super(res);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return out;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String cs = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(buffer, java.nio.charset.Charset.forName(cs)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int len) {
            // the length is set when the captured bytes are written
        }

        @Override
        public void setContentLengthLong(long len) {
            // as above
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }
    }
}
