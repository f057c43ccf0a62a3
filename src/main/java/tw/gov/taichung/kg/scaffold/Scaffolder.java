package tw.gov.taichung.kg.scaffold;

import java.util.Objects;

/**
 * Drafts a report's fact file from its plain text, for a person to finish: the cover (report date, trip period,
 * title), the delegation table, the itinerary (one event per item, split where a cell lists several), tables of
 * trips (one trip per row, reassembled across page breaks), every fact with its verbatim quote. Names of
 * people, organisations and places are linked to the registry by any of their spellings; what is not known is
 * written as a {@code TODO} that {@code tdkg validate} rejects until a person fills it, and listed as a
 * {@link ReviewFlag}.
 *
 * <p>Pure: text and registry in, YAML and flags out. The same input always gives the same draft.
 *
 * <pre>{@code
 * Registry registry = Registry.from(SourceBundle.read(Path.of("data")));
 * Draft d = new Scaffolder(registry).scaffold("2027-japan-expo.txt", text);
 * Files.writeString(target, d.yaml());
 * d.flags().forEach(System.err::println);
 * }</pre>
 */
public final class Scaffolder {
    private final Registry registry;
    private final NameMatcher names;

    public Scaffolder(Registry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.names = new NameMatcher(registry);
    }

    /**
     * Drafts the fact file of one report.
     *
     * @param textFile  the report text's file name (beside the fact file: {@code reports/<name>.txt}); its base
     *                  name becomes the report id when it is a valid id
     * @param text      the report text, as it will be stored
     */
    public Draft scaffold(String textFile, String text) {
        Objects.requireNonNull(textFile, "textFile");
        Objects.requireNonNull(text, "text");
        Context ctx = new Context(text, registry, names);
        DraftReport report = new ReportDrafter(ctx, textFile).draft();
        return new Draft(YamlWriter.write(report), report.flags(), report);
    }
}
