package tw.gov.taichung.kg.serve;

import org.apache.jena.query.QueryCancelledException;

/**
 * The deadline of the request the current thread works on, for the checks that ARQ's own timeout does not
 * reach: ARQ checks its timeout between rows, but one regular expression over one value runs until it ends,
 * which with a backtracking pattern can be minutes. {@link DeadlineRegex} checks this deadline while it
 * matches. Without a request deadline, one match may take at most {@value #DEFAULT_MILLIS} ms.
 */
final class Deadline {
    static final long DEFAULT_MILLIS = 10_000;
    private static final ThreadLocal<Long> AT = new ThreadLocal<>();

    private Deadline() {
    }

    /** Runs {@code task} with a deadline {@code millis} from now on this thread. */
    static void set(long millis) {
        AT.set(System.nanoTime() + millis * 1_000_000);
    }

    static void clear() {
        AT.remove();
    }

    /** The deadline (System.nanoTime) for work that starts now. */
    static long now() {
        Long at = AT.get();
        return at != null ? at : System.nanoTime() + DEFAULT_MILLIS * 1_000_000;
    }

    /** Text that throws {@link QueryCancelledException} when read past {@code deadline}. */
    static CharSequence chars(String s, long deadline) {
        return new Chars(s, 0, s.length(), deadline);
    }

    private static final class Chars implements CharSequence {
        private final String s;
        private final int from;
        private final int to;
        private final long deadline;
        private int reads;

        Chars(String s, int from, int to, long deadline) {
            this.s = s;
            this.from = from;
            this.to = to;
            this.deadline = deadline;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0x3FF) == 0 && System.nanoTime() > deadline) {
                throw new QueryCancelledException();
            }
            return s.charAt(from + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Chars(s, from + start, from + end, deadline);
        }

        @Override
        public String toString() {
            return s.substring(from, to);
        }
    }
}
