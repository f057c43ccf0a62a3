package tw.gov.taichung.kg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import tw.gov.taichung.kg.export.Dumps;

/**
 * ETags and conditional GETs on whole-body answers (pages, entity documents, dumps, texts, VoID, the
 * context, the questions API): the tag is a hash of the bytes, so it changes exactly when the answer does;
 * a GET whose {@code If-None-Match} names it is answered 304 with no body. A tag the servlet set (a dump's
 * SHA-256) is kept. Not used for SPARQL answers,
 * which stream.
 */
final class ConditionalGet implements Filter {
    /** Bodies larger than this are sent as they are, untagged (they are streamed, never held whole). */
    static final int MAX_TAGGED_BYTES = 64 * 1024 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        if (!"GET".equals(req.getMethod()) || Http.path(req).startsWith(SparqlService.NAME)) {
            chain.doFilter(request, response);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(res);
        chain.doFilter(request, buffered);
        byte[] body = buffered.body();
        if (buffered.getStatus() == 200 && body.length <= MAX_TAGGED_BYTES) {
            String tag = res.getHeader("ETag");
            if (tag == null) {
                tag = "\"" + HexFormat.of().formatHex(Dumps.sha256().digest(body), 0, 16) + "\"";
                res.setHeader("ETag", tag);
            }
            if (matches(req.getHeader("If-None-Match"), tag)) {
                res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                res.setContentLength(-1);
                return;
            }
        }
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    /** Whether an If-None-Match header names the tag (or is {@code *}); weak tags compare as strong ones. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String t : ifNoneMatch.split(",")) {
            String s = t.strip();
            if (s.equals("*") || s.equals(tag) || s.equals("W/" + tag)) {
                return true;
            }
        }
        return false;
    }
}
