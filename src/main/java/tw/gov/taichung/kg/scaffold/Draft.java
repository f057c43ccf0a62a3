package tw.gov.taichung.kg.scaffold;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Scaffolder} returns.
 *
 * @param yaml    the draft fact file, in the data format, with TODO markers and review comments
 * @param flags   what a person must review or supply
 * @param report  the draft as records (for tests and tools)
 */
public record Draft(String yaml, List<ReviewFlag> flags, DraftReport report) {
    public Draft {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(report, "report");
        flags = List.copyOf(flags);
    }
}
