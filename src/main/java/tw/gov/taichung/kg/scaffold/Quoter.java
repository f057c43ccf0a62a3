package tw.gov.taichung.kg.scaffold;

/** Makes verbatim quotes of one report text: positions in code points, occurrence when not unique. */
final class Quoter {
    private final String text;

    Quoter(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    int count(String q) {
        int n = 0;
        for (int i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) {
            n++;
        }
        return n;
    }

    /** Which occurrence (1-based) of its text the piece at {@code start} is. */
    private int occurrenceAt(String q, int start) {
        int n = 0;
        for (int i = text.indexOf(q); i >= 0 && i <= start; i = text.indexOf(q, i + 1)) {
            n++;
        }
        return n;
    }

    /** The quote of {@code [start, end)} (char indices, trimmed of whitespace), with an occurrence if needed. */
    Quote quote(int start, int end) {
        while (start < end && Text.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Text.isSpace(text.charAt(end - 1))) {
            end--;
        }
        String q = text.substring(start, end);
        int occ = count(q) > 1 ? occurrenceAt(q, start) : 0;
        return new Quote(q, occ, text.codePointCount(0, start), text.codePointCount(0, end));
    }

    Quote quote(Segment s) {
        return quote(s.start(), s.end());
    }

    /**
     * A quote of {@code [start, end)} that occurs only once: when the piece repeats (a heading also in the
     * table of contents, a place cell on every row), it is widened a word at a time, first to the end of its
     * cell, then to the left (a cell at a time from a cell's start), then over the next cells, never past its
     * line. Keeps an occurrence only when even the whole line repeats. Use it when a fact has several quotes (one 'occurrence' cannot serve all).
     */
    Quote uniqueQuote(int start, int end) {
        Quote q = quote(start, end);
        if (q.unique()) {
            return q;
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int cellEnd = text.indexOf('\t', end);
        cellEnd = cellEnd < 0 || cellEnd > lineEnd ? lineEnd : cellEnd;
        int a = start;
        int b = end;
        while (b < cellEnd) {
            b = nextBoundary(b, cellEnd);
            Quote w = quote(a, b);
            if (w.unique()) {
                return w;
            }
        }
        while (a > lineStart || b < lineEnd) {
            if (a > lineStart) {
                a = previousBoundary(a, lineStart);
            } else {
                b = nextBoundary(b, lineEnd);
            }
            Quote w = quote(a, b);
            if (w.unique()) {
                return w;
            }
        }
        return q;
    }

    /** The end of the next word after {@code i} (whitespace separates words), at most {@code limit}. */
    private int nextBoundary(int i, int limit) {
        while (i < limit && Text.isSpace(text.charAt(i))) {
            i++;
        }
        while (i < limit && !Text.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The start of the word before {@code i}, at least {@code limit}; from the start of a cell, the start of
     * the cell before (a whole date or place cell reads better than its last word).
     */
    private int previousBoundary(int i, int limit) {
        if (i > limit && text.charAt(i - 1) == '\t') {
            int tab = text.lastIndexOf('\t', i - 2);
            return tab < limit ? limit : tab + 1;
        }
        while (i > limit && Text.isSpace(text.charAt(i - 1))) {
            i--;
        }
        while (i > limit && !Text.isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
