package tw.gov.taichung.kg.scaffold;

import java.util.ArrayList;
import java.util.List;

/** What every drafting step shares: the text and its lines, quotes, name matching, and the review flags. */
final class Context {
    final String text;
    final List<Line> lines;
    final Quoter quoter;
    final Registry registry;
    final NameMatcher names;
    final List<ReviewFlag> flags = new ArrayList<>();

    Context(String text, Registry registry, NameMatcher names) {
        this.text = text;
        this.lines = Line.split(text);
        this.quoter = new Quoter(text);
        this.registry = registry;
        this.names = names;
    }

    /** The 1-based line number of a char index. */
    int lineOf(int index) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (lines.get(mid).start() <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lines.get(lo).no();
    }

    void flag(String code, int index, String message) {
        flags.add(new ReviewFlag(code, "line " + lineOf(index), message));
    }

    void flag(String code, String where, String message) {
        flags.add(new ReviewFlag(code, where, message));
    }
}
