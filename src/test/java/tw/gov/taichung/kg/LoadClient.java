package tw.gov.taichung.kg;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import tw.gov.taichung.kg.query.NamedQuery;
import tw.gov.taichung.kg.query.QueryLibrary;

/**
 * A bounded load generator for a SPARQL endpoint on loopback: {@code clients} closed-loop clients, each
 * sending the named-query mix (every query in {@code queries/}, rendered with its default parameters) in
 * turn, starting at a different query, for a fixed time and at most a fixed number of requests. A request
 * counts as an error unless it is answered 200 in full. Latency is measured per request, from send to the
 * last byte of the answer.
 */
final class LoadClient {
    /** One query of the mix. */
    record Entry(String name, String sparql) {
    }

    /** Latency figures in milliseconds. */
    record Stats(long count, double p50, double p90, double p99, double max, double mean) {
        static Stats of(long[] nanos) {
            long[] s = nanos.clone();
            Arrays.sort(s);
            if (s.length == 0) {
                return new Stats(0, 0, 0, 0, 0, 0);
            }
            return new Stats(s.length, ms(pct(s, 50)), ms(pct(s, 90)), ms(pct(s, 99)), ms(s[s.length - 1]),
                    ms((long) Arrays.stream(s).average().orElse(0)));
        }

        private static long pct(long[] sorted, double p) {
            int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }

    /** The outcome of a run. */
    record Result(int clients, double seconds, long requests, long errors, Map<String, Long> errorKinds,
                  Stats all, Map<String, Stats> perQuery) {
        double throughput() {
            return requests / seconds;
        }

        /** A Markdown summary: totals, then one row per query. */
        String markdown() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "| clients | seconds | requests | errors | req/s | p50 ms | p90 ms "
                    + "| p99 ms | max ms |%n|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n"
                    + "| %d | %.1f | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", clients, seconds, requests, errors,
                    throughput(), all.p50(), all.p90(), all.p99(), all.max()));
            if (!errorKinds.isEmpty()) {
                sb.append("\nErrors: ").append(errorKinds).append('\n');
            }
            sb.append("\n| query | requests | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
            perQuery.forEach((name, st) -> sb.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n",
                    name, st.count(), st.p50(), st.p99(), st.max())));
            return sb.toString();
        }
    }

    private LoadClient() {
    }

    /** The named-query mix: every bundled query, rendered with its defaults, in name order. */
    static List<Entry> namedQueryMix() {
        List<Entry> mix = new ArrayList<>();
        for (NamedQuery q : QueryLibrary.bundled().all().values()) {
            mix.add(new Entry(q.name(), q.render(Map.of())));
        }
        return mix;
    }

    /**
     * Runs the mix against {@code endpoint} (which must be on loopback) with {@code clients} clients for
     * {@code duration} after {@code warmup} (not counted), stopping early after {@code maxRequests}.
     */
    static Result run(URI endpoint, List<Entry> mix, int clients, Duration warmup, Duration duration,
                      long maxRequests) throws InterruptedException {
        try {
            if (!InetAddress.getByName(endpoint.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("the load test runs against loopback only, not " + endpoint);
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        long warmEnd = System.nanoTime() + warmup.toNanos();
        long end = warmEnd + duration.toNanos();
        AtomicLong budget = new AtomicLong(maxRequests);
        Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
        List<List<long[]>> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<long[]> samples = new ArrayList<>();
            perClient.add(samples);
            int offset = c * mix.size() / clients;
            Thread t = new Thread(() -> {
                int k = offset;
                while (System.nanoTime() < end) {
                    int index = k++ % mix.size();
                    Entry e = mix.get(index);
                    boolean counted = System.nanoTime() >= warmEnd;
                    if (counted && budget.getAndDecrement() <= 0) {
                        break;
                    }
                    long t0 = System.nanoTime();
                    String error = send(http, endpoint, e.sparql());
                    long nanos = System.nanoTime() - t0;
                    if (counted) {
                        samples.add(new long[] {index, nanos, error == null ? 0 : 1});
                        if (error != null) {
                            errorKinds.computeIfAbsent(e.name() + ": " + error, x -> new LongAdder()).increment();
                        }
                    }
                }
            }, "load-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = Math.max(0, Math.min(System.nanoTime(), end) - warmEnd) / 1e9;
        List<long[]> all = new ArrayList<>();
        perClient.forEach(all::addAll);
        Map<String, List<Long>> byQuery = new TreeMap<>();
        long errors = 0;
        for (long[] s : all) {
            byQuery.computeIfAbsent(mix.get((int) s[0]).name(), x -> new ArrayList<>()).add(s[1]);
            errors += s[2];
        }
        Map<String, Stats> perQuery = new LinkedHashMap<>();
        byQuery.forEach((name, list) -> perQuery.put(name, Stats.of(list.stream().mapToLong(Long::longValue).toArray())));
        Map<String, Long> kinds = new TreeMap<>();
        errorKinds.forEach((k, v) -> kinds.put(k, v.sum()));
        return new Result(clients, seconds, all.size(), errors, kinds,
                Stats.of(all.stream().mapToLong(s -> s[1]).toArray()), perQuery);
    }

    /** Sends one query and reads the whole answer; null when it was a full 200, else what went wrong. */
    private static String send(HttpClient http, URI endpoint, String sparql) {
        HttpRequest req = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json, text/turtle;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build();
        try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                return "status " + r.statusCode();
            }
            if (r.headers().firstValue("X-Result-Truncated").isPresent()) {
                return "truncated";
            }
            return r.body().length == 0 ? "empty body" : null;
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
