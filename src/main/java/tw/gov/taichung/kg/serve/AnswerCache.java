package tw.gov.taichung.kg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
 * total passes the budget, and an answer larger than a sixteenth of it is never kept. Installed only when
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
        BufferedResponse capture = new BufferedResponse(res);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
        if (capture.getStatus() == 200 && body.length <= maxAnswer) {
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
}
