package tw.gov.taichung.kg.bench;

import java.util.Arrays;

/** Latency percentiles over a sample of durations, in milliseconds (nearest-rank percentiles). */
public record Stats(int n, double p50, double p90, double p99, double mean, double max) {
    public static final Stats EMPTY = new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** Percentiles of the given durations in nanoseconds. */
    public static Stats ofNanos(long[] nanos, int count) {
        if (count == 0) {
            return EMPTY;
        }
        long[] s = Arrays.copyOf(nanos, count);
        Arrays.sort(s);
        double sum = 0;
        for (long x : s) {
            sum += x;
        }
        return new Stats(count, ms(rank(s, 0.50)), ms(rank(s, 0.90)), ms(rank(s, 0.99)), sum / count / 1e6,
                ms(s[count - 1]));
    }

    private static long rank(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
