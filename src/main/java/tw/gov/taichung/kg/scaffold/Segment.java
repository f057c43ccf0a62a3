package tw.gov.taichung.kg.scaffold;

/** A piece of the report text (a cell, a phrase) with its char positions: {@code text == report[start, end)}. */
record Segment(int start, int end, String text) {
    Segment {
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad segment " + start + ".." + end);
        }
    }

    boolean blank() {
        return Text.noSpace(text).isEmpty();
    }

    /** The same piece without leading and trailing whitespace. */
    Segment trim() {
        int a = 0;
        int b = text.length();
        while (a < b && Text.isSpace(text.charAt(a))) {
            a++;
        }
        while (b > a && Text.isSpace(text.charAt(b - 1))) {
            b--;
        }
        return sub(a, b);
    }

    /** The part from {@code a} to {@code b} (indices into this segment's text). */
    Segment sub(int a, int b) {
        return new Segment(start + a, start + b, text.substring(a, b));
    }
}
