package tw.gov.taichung.kg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code permits} SPARQL requests run at once; the others wait their turn, in order, for up to
 * {@code maxWaitMillis}, and are then answered 503 with {@code Retry-After}. Under a burst, queries so run
 * at close to their unloaded speed, instead of all slowing down together until every one of them hits the
 * query timeout (the timeout clock starts when a query starts, not while it waits here).
 */
final class ConcurrencyLimitFilter implements Filter {
    private final Semaphore permits;
    private final long maxWaitMillis;

    ConcurrencyLimitFilter(int permits, long maxWaitMillis) {
        this.permits = new Semaphore(permits, true);
        this.maxWaitMillis = maxWaitMillis;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            HttpServletResponse r = (HttpServletResponse) response;
            r.setHeader("Retry-After", "5");
            Http.error(r, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "503 Service Unavailable: the server is busy "
                    + "with other queries; try again shortly");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
