package tw.gov.taichung.kg.scaffold;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a report text: its 1-based number, where it starts in the text (char index) and its content
 * without the line break.
 */
record Line(int no, int start, String text) {
    Line {
        if (no < 1 || start < 0 || text == null || text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("bad line " + no);
        }
    }

    int end() {
        return start + text.length();
    }

    boolean blank() {
        return Text.noSpace(text).isEmpty();
    }

    /** The tab-separated cells of the line, each with its position in the text. */
    List<Segment> cells() {
        List<Segment> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\t') {
                out.add(new Segment(start + from, start + i, text.substring(from, i)));
                from = i + 1;
            }
        }
        return out;
    }

    /** Splits a text into lines (a trailing carriage return is not part of a line). */
    static List<Line> split(String text) {
        List<Line> out = new ArrayList<>();
        int from = 0;
        int no = 1;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > from && text.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(new Line(no++, from, text.substring(from, end)));
                from = i + 1;
            }
        }
        return out;
    }
}
