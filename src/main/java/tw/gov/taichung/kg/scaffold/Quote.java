package tw.gov.taichung.kg.scaffold;

/**
 * A verbatim quote of the report text, as the data format writes it, with its position.
 *
 * @param text        the exact substring of the report text (never spans a line break)
 * @param occurrence  which occurrence is meant (1-based) when the text occurs more than once; 0 when unique
 * @param start       start in Unicode code points (as the loader's TextPositionSelector counts)
 * @param end         end in code points, exclusive
 */
public record Quote(String text, int occurrence, int start, int end) {
    public Quote {
        if (text == null || text.isEmpty() || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a quote is one non-empty line: " + text);
        }
        if (occurrence < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad quote position " + start + ".." + end);
        }
    }

    public boolean unique() {
        return occurrence == 0;
    }
}
