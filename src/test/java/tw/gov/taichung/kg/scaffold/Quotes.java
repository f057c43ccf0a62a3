package tw.gov.taichung.kg.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** Checks that every quote of a draft is verbatim, with the right occurrence and code-point offsets. */
final class Quotes {
    private Quotes() {
    }

    static List<Quote> all(DraftReport r) {
        List<Quote> out = new ArrayList<>();
        if (r.dateQuote() != null) {
            out.add(r.dateQuote());
        }
        for (DraftTrip t : r.trips()) {
            out.addAll(t.quotes());
            if (t.budget() != null) {
                out.addAll(t.budget().quotes());
            }
            t.events().forEach(e -> out.addAll(e.quotes()));
        }
        r.posts().forEach(p -> out.add(p.quote()));
        return out;
    }

    static void assertVerbatim(DraftReport r, String text) {
        List<Quote> all = all(r);
        assertTrue(!all.isEmpty(), "the draft has quotes");
        for (Quote q : all) {
            int from = text.offsetByCodePoints(0, q.start());
            int to = text.offsetByCodePoints(0, q.end());
            assertEquals(q.text(), text.substring(from, to), "offsets of " + q);
            int n = 0;
            int which = 0;
            for (int i = text.indexOf(q.text()); i >= 0; i = text.indexOf(q.text(), i + 1)) {
                n++;
                if (i == from) {
                    which = n;
                }
            }
            assertEquals(n == 1 ? 0 : which, q.occurrence(), "occurrence of " + q);
        }
    }
}
