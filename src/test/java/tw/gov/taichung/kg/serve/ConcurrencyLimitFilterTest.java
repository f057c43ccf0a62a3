package tw.gov.taichung.kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The bound on concurrent SPARQL requests: the others wait their turn, then get a 503 with Retry-After. */
@Timeout(30)
class ConcurrencyLimitFilterTest {
    /** A response that records status, headers and body. */
    static final class Recorded {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "getOutputStream" -> {
                                return out;
                            }
                            default -> {
                            }
                        }
                        return null;
                    });
        }
    }

    @Test
    void aRequestPastTheLimitWaitsItsTurn() throws Exception {
        ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, 10_000);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger order = new AtomicInteger();
        int[] seen = new int[2];
        Thread first = new Thread(() -> run(filter, (req, resp) -> {
            running.countDown();
            await(release);
            seen[0] = order.incrementAndGet();
        }));
        first.start();
        assertTrue(running.await(10, TimeUnit.SECONDS));
        Thread second = new Thread(() -> run(filter, (req, resp) -> seen[1] = order.incrementAndGet()));
        second.start();
        Thread.sleep(200);
        assertEquals(0, seen[1], "the second waits while the first runs");
        release.countDown();
        first.join();
        second.join();
        assertEquals(1, seen[0]);
        assertEquals(2, seen[1]);
    }

    @Test
    void aRequestThatWaitsTooLongIsA503WithRetryAfter() throws Exception {
        ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, 100);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> run(filter, (req, resp) -> {
            running.countDown();
            await(release);
        }));
        first.start();
        assertTrue(running.await(10, TimeUnit.SECONDS));
        Recorded r = new Recorded();
        boolean[] ran = new boolean[1];
        filter.doFilter(null, r.response(), (req, resp) -> ran[0] = true);
        release.countDown();
        first.join();
        assertEquals(false, ran[0]);
        assertEquals(503, r.status);
        assertEquals("5", r.headers.get("Retry-After"));
        assertEquals("503 Service Unavailable: the server is busy with other queries; try again shortly\n",
                r.body.toString(StandardCharsets.UTF_8));
        Recorded after = new Recorded();
        filter.doFilter(null, after.response(), (req, resp) -> ran[0] = true);
        assertTrue(ran[0], "the permit was given back");
    }

    private static void run(ConcurrencyLimitFilter filter, FilterChain chain) {
        try {
            filter.doFilter(null, new Recorded().response(), chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
