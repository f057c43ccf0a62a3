package tw.gov.taichung.kg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tdkg} command line: build, validate, serve, query. Only this class calls System.exit. */
@Command(name = "tdkg", mixinStandardHelpOptions = true, version = "tdkg 0.1.0",
        description = "Taichung Diplomacy Knowledge Graph: build, validate, serve and query the graph.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done, the data conforms", "1:the data has problems (loader or SHACL)",
                "2:usage error (options, or an --out that would hold or replace the data)",
                "3:input cannot be read (a data file, or a TDB2 folder that is read-only or locked)",
                "4:the output cannot be written"},
        subcommands = {BuildCommand.class, ValidateCommand.class, ServeCommand.class, QueryCommand.class,
                ExportCommand.class, BenchCommand.class, ScaffoldCommand.class, SearchCommand.class,
                CoverageCommand.class})
public final class Main implements Runnable {
    /** Exit code: input read, no problem. */
    public static final int OK = 0;
    /** Exit code: the input has problems (loader or SHACL). */
    public static final int VIOLATIONS = 1;
    /** Exit code: bad command-line usage. */
    public static final int USAGE = 2;
    /** Exit code: the input could not be read. */
    public static final int UNREADABLE = 3;
    /** Exit code: the output cannot be written (permissions, full disk). */
    public static final int OUTPUT = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: build, validate, "
                + "serve or query");
    }

    /** Runs the command line and returns the exit code (for tests and for {@link #main}). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.exit(run(args));
    }
}
