package tw.gov.taichung.kg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Timed passes over several engines at once, so that whatever else the machine is doing weighs on all of
 * them alike: the latency pass sends each query to every engine in turn (the engine order rotating each
 * round; the timed pass always ends with a whole round, so that slow queries late in the mix are not left
 * out at large sizes; the warm-up may stop anywhere), and the throughput pass gives each engine short slices in rotation until each has had its time.
 */
final class Interleaved {
    private Interleaved() {
    }

    /** One client; per engine, the samples of its requests and its busy time. */
    static Map<String, MixRunner.Result> latency(Map<String, MixRunner> engines, QueryMix mix, Duration warmup,
                                                 Duration duration) {
        Map<String, Map<String, Samples>> per = new LinkedHashMap<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(engines.keySet());
        for (String e : names) {
            Map<String, Samples> m = new LinkedHashMap<>();
            mix.entries().forEach(q -> m.put(q.name(), new Samples()));
            per.put(e, m);
            counts.put(e, new long[3]);
        }
        runRounds(engines, names, mix, warmup, null, counts);
        runRounds(engines, names, mix, duration, per, counts);
        Map<String, MixRunner.Result> out = new LinkedHashMap<>();
        for (String e : names) {
            long[] c = counts.get(e);
            out.put(e, MixRunner.result(per.get(e), c[0], c[1], c[2] / 1e9));
        }
        return out;
    }

    private static void runRounds(Map<String, MixRunner> engines, List<String> names, QueryMix mix, Duration d,
                                  Map<String, Map<String, Samples>> per, Map<String, long[]> counts) {
        long deadline = System.nanoTime() + d.toNanos();
        int round = 0;
        while (System.nanoTime() < deadline && !mix.isEmpty()) {
            for (QueryMix.Entry q : mix.entries()) {
                for (int k = 0; k < names.size(); k++) {
                    String e = names.get((k + round) % names.size());
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        engines.get(e).once(q.sparql());
                        ok = true;
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception ex) {
                        ok = false;
                    }
                    long t = System.nanoTime() - t0;
                    if (per != null) {
                        long[] c = counts.get(e);
                        c[0]++;
                        c[2] += t;
                        if (ok) {
                            per.get(e).get(q.name()).add(t);
                        } else {
                            c[1]++;
                        }
                    }
                }
                round++;
                if (per == null && System.nanoTime() >= deadline) {
                    return;
                }
            }
        }
    }

    /** {@code clients} closed-loop clients per engine, in slices given to the engines in rotation. */
    static Map<String, MixRunner.Result> throughput(Map<String, MixRunner> engines, QueryMix mix, int clients,
                                                    Duration slice, Duration total) {
        Map<String, List<MixRunner.Result>> parts = new LinkedHashMap<>();
        engines.keySet().forEach(e -> parts.put(e, new ArrayList<>()));
        int slices = (int) Math.max(1, total.toMillis() / Math.max(1, slice.toMillis()));
        for (int i = 0; i < slices; i++) {
            for (var e : engines.entrySet()) {
                parts.get(e.getKey()).add(e.getValue().throughput(mix, clients, Duration.ZERO, slice, 10_000_000));
            }
        }
        Map<String, MixRunner.Result> out = new LinkedHashMap<>();
        parts.forEach((e, p) -> out.put(e, MixRunner.Result.merge(p)));
        return out;
    }
}
