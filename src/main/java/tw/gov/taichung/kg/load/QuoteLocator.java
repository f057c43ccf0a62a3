package tw.gov.taichung.kg.load;

/**
 * Finds verbatim quotes in a report text and gives their position in Unicode code points,
 * as the Web Annotation TextPositionSelector counts them.
 */
final class QuoteLocator {
    static final int CONTEXT = 16;
    private final String text;

    QuoteLocator(String text) {
        this.text = text;
    }

    /** A located quote: start and end in code points, and up to 16 code points of context each side. */
    record Span(int start, int end, String exact, String prefix, String suffix) {
        Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }

    int count(String quote) {
        int n = 0;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            n++;
        }
        return n;
    }

    /** The {@code occurrence}-th (1-based) place of the quote, or null if there is none. */
    Span find(String quote, int occurrence) {
        int at = -1;
        for (int k = 0; k < occurrence; k++) {
            at = text.indexOf(quote, at + 1);
            if (at < 0) {
                return null;
            }
        }
        int endChar = at + quote.length();
        int start = text.codePointCount(0, at);
        int end = start + quote.codePointCount(0, quote.length());
        int preFrom = text.offsetByCodePoints(at, -Math.min(CONTEXT, start));
        int total = text.codePointCount(0, text.length());
        int sufTo = text.offsetByCodePoints(endChar, Math.min(CONTEXT, total - end));
        return new Span(start, end, quote, text.substring(preFrom, at), text.substring(endChar, sufTo));
    }
}
