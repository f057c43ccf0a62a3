package tw.gov.taichung.kg.load;

import java.util.HashSet;
import java.util.Set;

/**
 * Ids for facts written without one (a figure, a statement, a gift ...): the report id, the code-point offset of
 * the fact's first quote and a hint (what it measures, what it is about), so that the id stays the same when
 * other facts are added around it; a second fact on the same quote and hint gets "-2", and so on.
 */
final class AutoIds {
    private final Set<String> used = new HashSet<>();

    /** Registers an id given in the data, so that no minted id takes it. */
    void given(String kind, String id) {
        used.add(kind + "/" + id);
    }

    String mint(String kind, String reportId, int quoteStart, String hint) {
        String base = reportId + "-" + (quoteStart >= 0 ? Integer.toString(quoteStart) : "unplaced")
                + (hint == null || hint.isEmpty() ? "" : "-" + hint);
        String id = base;
        for (int k = 2; !used.add(kind + "/" + id); k++) {
            id = base + "-" + k;
        }
        return id;
    }
}
