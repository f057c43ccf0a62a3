package tw.gov.taichung.kg.coverage;

/**
 * Where one fact's quote sits in its report text (code points, end exclusive), what kind of fact it carries,
 * and, for a no-fact mark, the reason.
 */
public record QuoteSpan(int start, int end, Cover cover, String reason) {
    public QuoteSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** What a quote carries: a fact in structure, a text-only statement, a mention, or a no-fact mark. */
    public enum Cover { STRUCTURE, STATEMENT, MENTION, NO_FACT }
}
