package tw.gov.taichung.kg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the named-query mix against one engine: a check pass (rows of each query, or its error), a
 * latency pass (one client, the queries in turn, after a warm-up) and a throughput pass (several
 * clients in closed loops). Every pass is bounded in time and in count.
 */
public final class MixRunner {
    private final QueryEngine engine;

    public MixRunner(QueryEngine engine) {
        this.engine = engine;
    }

    /** Rows per query, or the error it gave, for each query of the mix. */
    public record Check(Map<String, Long> rows, Map<String, String> errors, Map<String, Double> firstMillis) {
    }

    /** Latency per query and over the whole mix, and the rate reached; {@code raw} keeps the samples. */
    public record Result(Map<String, Stats> perQuery, Stats all, long requests, long errors, double seconds,
                         double qps, Map<String, Samples> raw) {
        /** The results of several slices of the same pass, as one. */
        static Result merge(List<Result> parts) {
            Map<String, Samples> raw = new LinkedHashMap<>();
            long n = 0;
            long errors = 0;
            double secs = 0;
            for (Result r : parts) {
                r.raw().forEach((k, v) -> raw.computeIfAbsent(k, x -> new Samples()).addAll(v));
                n += r.requests();
                errors += r.errors();
                secs += r.seconds();
            }
            return result(raw, n, errors, secs);
        }
    }

    public Check check(QueryMix mix) {
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Double> first = new LinkedHashMap<>();
        for (QueryMix.Entry e : mix.entries()) {
            long t0 = System.nanoTime();
            try {
                rows.put(e.name(), engine.select(e.sparql()));
            } catch (Exception ex) {
                String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
                errors.put(e.name(), msg.replaceAll("\\s+", " "));
            }
            first.put(e.name(), (System.nanoTime() - t0) / 1e6);
        }
        return new Check(rows, errors, first);
    }

    long once(String sparql) throws Exception {
        return engine instanceof HttpEngine h ? h.fetch(sparql) : engine.select(sparql);
    }

    /** One client, queries in turn: first {@code warmup}, then up to {@code duration} or {@code maxRequests}. */
    public Result latency(QueryMix mix, Duration warmup, Duration duration, long maxRequests) {
        run(mix, 0, warmup, maxRequests, null, null);
        Map<String, Samples> per = new LinkedHashMap<>();
        mix.entries().forEach(e -> per.put(e.name(), new Samples()));
        AtomicLong errors = new AtomicLong();
        long t0 = System.nanoTime();
        long n = run(mix, 0, duration, maxRequests, per, errors);
        double secs = (System.nanoTime() - t0) / 1e9;
        return result(per, n, errors.get(), secs);
    }

    /** {@code clients} closed-loop clients, each starting at a different query, for {@code duration}. */
    public Result throughput(QueryMix mix, int clients, Duration warmup, Duration duration, long maxRequests) {
        run(mix, 0, warmup, maxRequests, null, null);
        List<Map<String, Samples>> pers = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong total = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Map<String, Samples> per = new LinkedHashMap<>();
            mix.entries().forEach(e -> per.put(e.name(), new Samples()));
            pers.add(per);
            int offset = c * Math.max(1, mix.entries().size() / clients);
            Thread t = new Thread(() -> total.addAndGet(run(mix, offset, duration, maxRequests / clients + 1, per,
                    errors)), "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join(duration.toMillis() + 120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        Map<String, Samples> merged = new LinkedHashMap<>();
        mix.entries().forEach(e -> merged.put(e.name(), new Samples()));
        for (Map<String, Samples> per : pers) {
            per.forEach((k, v) -> merged.get(k).addAll(v));
        }
        return result(merged, total.get(), errors.get(), secs);
    }

    private long run(QueryMix mix, int offset, Duration duration, long max, Map<String, Samples> per,
                     AtomicLong errors) {
        List<QueryMix.Entry> qs = mix.entries();
        if (qs.isEmpty()) {
            return 0;
        }
        long deadline = System.nanoTime() + duration.toNanos();
        long n = 0;
        for (int i = offset; n < max && System.nanoTime() < deadline; i++) {
            QueryMix.Entry e = qs.get(i % qs.size());
            long t0 = System.nanoTime();
            try {
                once(e.sparql());
                if (per != null) {
                    per.get(e.name()).add(System.nanoTime() - t0);
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception ex) {
                if (errors != null) {
                    errors.incrementAndGet();
                }
            }
            n++;
        }
        return n;
    }

    static Result result(Map<String, Samples> per, long n, long errors, double secs) {
        Samples all = new Samples();
        Map<String, Stats> stats = new LinkedHashMap<>();
        per.forEach((k, v) -> {
            stats.put(k, v.stats());
            all.addAll(v);
        });
        return new Result(stats, all.stats(), n, errors, secs, (n - errors) / secs, per);
    }
}
