package tw.gov.taichung.kg.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tw.gov.taichung.kg.load.SourceBundle;
import tw.gov.taichung.kg.scaffold.Draft;
import tw.gov.taichung.kg.scaffold.Registry;
import tw.gov.taichung.kg.scaffold.ReviewFlag;
import tw.gov.taichung.kg.scaffold.Scaffolder;

/**
 * Drafts the fact file of a new report from its text ({@code tdkg scaffold data/reports/x.txt}), linked to the
 * registries of {@code --data}; writes it atomically beside the text, never over an existing file unless
 * {@code --force}, and prints what a person must review. Exit 0 written, 2 usage (or the file exists),
 * 3 unreadable text.
 */
@Command(name = "scaffold", mixinStandardHelpOptions = true,
        description = "Draft the fact file of a new report from its plain text, for a person to finish: cover, "
                + "delegation, itinerary, tables of trips, names linked to the registry, every fact with its "
                + "verbatim quote. Writes REPORT.yaml beside REPORT.txt (never over an existing file unless "
                + "--force) and lists what to review. Exit 0 written, 2 usage or file exists, 3 unreadable text.")
final class ScaffoldCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "REPORT.txt", description = "the report's text (UTF-8), normally in data/reports/")
    Path text;

    @Option(names = "--data", description = "the data folder whose registries and reports are linked to "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "data")
    Path data;

    @Option(names = "--out", description = "where to write the draft (default: REPORT.yaml beside the text); "
            + "'-' prints it")
    String out;

    @Option(names = "--force", description = "overwrite an existing draft or fact file")
    boolean force;

    @Override
    public Integer call() throws IOException {
        String name = text.getFileName().toString();
        if (!name.endsWith(".txt")) {
            System.err.println(text + ": USAGE the report text must be a .txt file");
            return Main.USAGE;
        }
        if (!Files.isRegularFile(text)) {
            System.err.println(text + ": UNREADABLE no such file");
            return Main.UNREADABLE;
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(text))).toString();
        } catch (CharacterCodingException e) {
            System.err.println(text + ": ENCODING the file is not valid UTF-8 text; save it as UTF-8");
            return Main.UNREADABLE;
        }
        Path target = "-".equals(out) ? null
                : out != null ? Path.of(out) : text.resolveSibling(name.substring(0, name.length() - 4) + ".yaml");
        if (target != null && Files.exists(target) && !force) {
            System.err.println(target + ": EXISTS the file exists; review or remove it, or give --force to overwrite");
            return Main.USAGE;
        }
        Draft draft = new Scaffolder(registry(name)).scaffold(name, content);
        if (target == null) {
            System.out.print(draft.yaml());
        } else {
            write(target, draft.yaml());
            System.err.println("wrote " + target + ": " + summary(draft));
        }
        System.err.println(draft.flags().size() + " to review (also listed at the top of the draft):");
        for (ReviewFlag f : draft.flags()) {
            System.err.println("  " + f);
        }
        System.err.println("Next: fill every TODO, check the linked ids, then run tdkg validate "
                + "(docs/adding-a-report.md).");
        return Main.OK;
    }

    /** The registries and curated reports of --data, without the fact file being drafted. */
    private Registry registry(String textName) throws IOException {
        if (!Files.isDirectory(data)) {
            System.err.println(data + ": no data folder; nothing will be linked to the registry");
            return Registry.empty();
        }
        SourceBundle b = SourceBundle.read(data);
        Map<String, String> files = new TreeMap<>(b.files());
        files.remove("reports/" + textName.substring(0, textName.length() - 4) + ".yaml");
        return Registry.from(SourceBundle.of(files));
    }

    private static String summary(Draft d) {
        int trips = d.report().trips().size();
        int events = d.report().trips().stream().mapToInt(t -> t.events().size()).sum();
        int members = d.report().trips().stream().mapToInt(t -> t.members().size()).sum();
        long linked = d.report().trips().stream().flatMap(t -> t.members().stream()).filter(m -> m.id() != null).count();
        return trips + " trip" + (trips == 1 ? "" : "s") + ", " + members + " members (" + linked + " linked), "
                + events + " events, " + d.report().posts().size() + " posts"
                + (d.report().trips().stream().anyMatch(t -> t.budget() != null)
                        ? ", " + d.report().trips().stream().filter(t -> t.budget() != null).count() + " budgets" : "");
    }

    /**
     * Writes through a temporary file in the same folder and a rename: the draft appears whole or not at all;
     * without --force the rename fails rather than replace a file that appeared meanwhile.
     */
    private void write(Path target, String yaml) throws IOException {
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, yaml, StandardCharsets.UTF_8);
            if (force) {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(tmp, abs);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
