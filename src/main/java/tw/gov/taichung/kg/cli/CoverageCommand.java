package tw.gov.taichung.kg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tw.gov.taichung.kg.coverage.Coverage;
import tw.gov.taichung.kg.coverage.CoverageTable;
import tw.gov.taichung.kg.coverage.ReportCoverage;
import tw.gov.taichung.kg.model.Iris;

/** Which sentences of each report carry a fact: totals per report, and the sentences that carry none. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Per report: the sentences, how many carry a fact in structure, only a text statement or only "
                + "a mention, how many are marked as carrying no fact, and every sentence that carries none.")
final class CoverageCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--report", description = "only this report (its id)")
    String report;

    @Option(names = "--format", description = "table (default) or csv", defaultValue = "table")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("table") && !format.equals("csv")) {
            System.err.println("--format must be table or csv, not '" + format + "'");
            return Main.USAGE;
        }
        DataOptions.Checked loaded = data.load(false, System.err);
        if (loaded.exitCode() != Main.OK) {
            return loaded.exitCode();
        }
        Iris iris = new Iris(data.base);
        List<ReportCoverage> all = Coverage.measure(loaded.result().dataset(), iris, this::text);
        if (report != null) {
            all = all.stream().filter(c -> c.report().equals(report)).toList();
            if (all.isEmpty()) {
                System.err.println("no report with id '" + report + "'");
                return Main.USAGE;
            }
        }
        if (format.equals("csv")) {
            System.out.print(report != null ? CoverageTable.csv(all) + "\n" + CoverageTable.uncoveredCsv(all.get(0))
                    : CoverageTable.csv(all));
        } else {
            System.out.print(CoverageTable.table(all));
        }
        return Main.OK;
    }

    private String text(String file) {
        try {
            return Files.readString(data.data.resolve("reports").resolve(Path.of(file).getFileName()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
