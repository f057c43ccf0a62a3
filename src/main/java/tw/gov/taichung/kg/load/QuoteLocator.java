package tw.gov.taichung.kg.load;

/**
 * Finds verbatim quotes in a report text and gives their position in Unicode code points,
 * as the Web Annotation TextPositionSelector counts them.
 */
final class QuoteLocator {
    static final int CONTEXT = 16;
    private final String text;
    /** Code points in the text, counted once (a long report has hundreds of quotes). */
    private final int total;
    /** True when the text has no surrogate pairs, so a char index is a code point index. */
    private final boolean bmp;

    QuoteLocator(String text) {
        this.text = text;
        this.total = text.codePointCount(0, text.length());
        this.bmp = total == text.length();
    }

    /** A located quote: start and end in code points, and up to 16 code points of context each side. */
    record Span(int start, int end, String exact, String prefix, String suffix) {
        Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }

    String text() {
        return text;
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
        int start = bmp ? at : text.codePointCount(0, at);
        int end = start + (bmp ? quote.length() : quote.codePointCount(0, quote.length()));
        int preFrom = text.offsetByCodePoints(at, -Math.min(CONTEXT, start));
        int sufTo = text.offsetByCodePoints(endChar, Math.min(CONTEXT, total - end));
        return new Span(start, end, quote, text.substring(preFrom, at), text.substring(endChar, sufTo));
    }
}
