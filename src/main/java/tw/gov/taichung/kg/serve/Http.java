package tw.gov.taichung.kg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Small helpers shared by the linked-data servlets: whole-body answers and plain-text errors. */
final class Http {
    private Http() {
    }

    /** The request path below the context path, e.g. {@code /id/person/x}. */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Sends a whole body; every answer may be read from any origin (the data is public). */
    static void send(HttpServletResponse response, int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Sends a negotiated body: caches must key on the Accept header. */
    static void sendNegotiated(HttpServletResponse response, String contentType, byte[] body) throws IOException {
        response.setHeader("Vary", "Accept");
        send(response, HttpServletResponse.SC_OK, contentType, body);
    }

    /** Sends a one-line plain-text error. */
    static void error(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** 406 with the media types on offer. */
    static void notAcceptable(HttpServletResponse response, java.util.List<Negotiation.Offer> offers)
            throws IOException {
        response.setHeader("Vary", "Accept");
        error(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "406 Not Acceptable: this resource is available as "
                + Negotiation.list(offers));
    }
}
