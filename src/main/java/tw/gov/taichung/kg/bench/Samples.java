package tw.gov.taichung.kg.bench;

import java.util.Arrays;

/** A growable array of durations in nanoseconds. */
public final class Samples {
    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    void addAll(Samples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int size() {
        return size;
    }

    Stats stats() {
        return Stats.ofNanos(values, size);
    }

    long get(int i) {
        return values[i];
    }
}
