package tw.gov.taichung.kg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.load.LoadResult;
import tw.gov.taichung.kg.load.SourceBundle;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Problem;
import tw.gov.taichung.kg.validate.Validator;

/** Options shared by every command that reads the curated data, and the load-and-check step. */
final class DataOptions {
    private static final Set<String> UNREADABLE = Set.of("MISSING_FOLDER", "ENCODING", "YAML_SYNTAX",
            "FILE_TOO_LARGE", "EMPTY_FILE", "TEXT_MISSING", "UNREADABLE", "NOT_A_FILE", "OUTSIDE_DATA");

    @Option(names = "--data", description = "the curated data folder (default: ${DEFAULT-VALUE})",
            defaultValue = "data")
    Path data;

    @Option(names = "--base", description = "base IRI for minted identifiers (default: ${DEFAULT-VALUE})",
            defaultValue = Iris.DEFAULT_BASE)
    String base;

    /** The outcome of loading and validating: the result, and the exit code if it failed. */
    record Checked(LoadResult result, int exitCode) {
    }

    /** Loads the data; with {@code shacl}, also validates. Prints every problem to {@code err}. */
    Checked load(boolean shacl, PrintStream err) {
        Iris iris = new Iris(base);
        if (!Files.isDirectory(data)) {
            err.println(data + ": MISSING_FOLDER the data folder does not exist");
            return new Checked(null, Main.UNREADABLE);
        }
        SourceBundle bundle;
        try {
            bundle = SourceBundle.read(data);
        } catch (IOException e) {
            err.println(data + ": UNREADABLE " + e.getMessage());
            return new Checked(null, Main.UNREADABLE);
        }
        LoadResult r = KnowledgeGraph.load(bundle, iris);
        List<Problem> problems = r.problems();
        if (problems.isEmpty() && shacl) {
            problems = Validator.standard().validate(r.dataset(), r.origins());
        }
        return report(r, problems, err);
    }

    /** Prints {@code problems} (of loading {@code r}) to {@code err}; the exit code follows from them. */
    Checked report(LoadResult r, List<Problem> problems, PrintStream err) {
        for (Problem p : problems) {
            err.println(prefix(p));
        }
        if (problems.isEmpty()) {
            return new Checked(r, Main.OK);
        }
        err.println(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " found; nothing written.");
        boolean unreadable = problems.stream().anyMatch(p -> UNREADABLE.contains(p.code()));
        return new Checked(r, unreadable ? Main.UNREADABLE : Main.VIOLATIONS);
    }

    private String prefix(Problem p) {
        return p.file().startsWith("(") ? p.toString() : data.resolve(p.file()) + p.toString().substring(p.file().length());
    }
}
