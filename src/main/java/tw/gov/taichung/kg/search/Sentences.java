package tw.gov.taichung.kg.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A report text cut into sentences: after each 。！？；!?; at each line break, and at each {@code <p>} or
 * {@code </p>} that the conversion of the report left in the text (the tag itself in no sentence), with the
 * surrounding white space left out. Offsets count code points from the start of the text, as the quote selectors do
 * ({@code oa:start}, {@code oa:end}).
 */
public final class Sentences {
    private static final String ENDS = "。！？；!?;";

    private Sentences() {
    }

    /** One sentence: code points {@code start} (inclusive) to {@code end} (exclusive) of its text. */
    public record Sentence(int start, int end, String text) {
    }

    /** The sentences of {@code text}, in order; blank stretches are none. */
    public static List<Sentence> of(String text) {
        int[] cps = text.codePoints().toArray();
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            int tag = tag(cps, i);
            if (tag > 0) {
                add(cps, from, i, out);
                from = i + tag;
                i += tag - 1;
            } else if (c == '\n' || c == '\r') {
                add(cps, from, i, out);
                from = i + 1;
            } else if (ENDS.indexOf(c) >= 0) {
                add(cps, from, i + 1, out);
                from = i + 1;
            }
        }
        add(cps, from, cps.length, out);
        return out;
    }

    /** The length of a {@code <p>} or {@code </p>} at {@code i}, else 0. */
    private static int tag(int[] cps, int i) {
        for (String t : new String[] {"<p>", "</p>"}) {
            boolean match = i + t.length() <= cps.length;
            for (int k = 0; match && k < t.length(); k++) {
                match = cps[i + k] == t.charAt(k);
            }
            if (match) {
                return t.length();
            }
        }
        return 0;
    }

    private static void add(int[] cps, int from, int to, List<Sentence> out) {
        while (from < to && Character.isWhitespace(cps[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(cps[to - 1])) {
            to--;
        }
        if (to > from) {
            out.add(new Sentence(from, to, new String(cps, from, to - from)));
        }
    }
}
