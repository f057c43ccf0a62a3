package tw.gov.taichung.kg.serve;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Failed logins slowed, without holding a thread: after a request with credentials is answered 401, the same
 * client may try again only after a wait that doubles with each failure in a row, from
 * {@value #FIRST_MILLIS} ms up to {@value #MAX_MILLIS} ms; a try within the wait is answered 429 with
 * {@code Retry-After}, before the password is checked. A success clears the count. Installed around the whole
 * server (outside Jetty's authentication), only when updates are on. A malformed Basic header is answered
 * 400 here, before Jetty's authentication reads it.
 */
final class LoginThrottle extends Handler.Wrapper {
    static final long FIRST_MILLIS = 100;
    static final long MAX_MILLIS = 5_000;
    private static final int MAX_CLIENTS = 10_000;

    private record Failures(int count, long until) {
    }

    private final Map<String, Failures> clients = new ConcurrentHashMap<>();

    LoginThrottle(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (authorization == null) {
            return super.handle(request, response, callback);
        }
        String bad = RequestGuard.badAuthorization(authorization);
        if (bad != null) {
            plain(response, 400, "400 Bad Request: " + bad, callback);
            return true;
        }
        String client = Request.getRemoteAddr(request);
        Failures f = clients.get(client);
        long now = System.currentTimeMillis();
        if (f != null && now < f.until()) {
            long wait = f.until() - now;
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString((wait + 999) / 1000));
            plain(response, 429, "429 Too Many Requests: " + f.count() + " failed login" + (f.count() == 1 ? "" : "s")
                    + " in a row from this address; try again in " + wait + " ms", callback);
            return true;
        }
        return super.handle(request, response, new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                record(client, response.getStatus());
                super.succeeded();
            }
        });
    }

    private static void plain(Response response, int status, String text, Callback callback) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CONNECTION, "close"); // the body, if any, is not read
        response.write(true, java.nio.ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8)), callback);
    }

    private void record(String client, int status) {
        if (status == 401) {
            if (clients.size() > MAX_CLIENTS) {
                clients.clear();
            }
            clients.compute(client, (k, old) -> {
                int n = old == null ? 1 : old.count() + 1;
                long wait = Math.min(MAX_MILLIS, FIRST_MILLIS << Math.min(20, n - 1));
                return new Failures(n, System.currentTimeMillis() + wait);
            });
        } else if (status < 400) {
            clients.remove(client);
        }
    }
}
