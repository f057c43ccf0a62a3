package tw.gov.taichung.kg.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tw.gov.taichung.kg.bench.BenchOptions;
import tw.gov.taichung.kg.bench.BenchRunner;

/**
 * Measures the build, serve start, the named-query mix over HTTP and in process, and peak memory, at
 * several corpus sizes, beside Virtuoso (HTTP) and RDF4J (in process). See BENCHMARKS.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark build, serve and the named-query mix at several corpus sizes, beside Virtuoso and "
                + "RDF4J. bench/run.sh runs it with RDF4J on the classpath. Results: --results (JSON) and --report "
                + "(Markdown).")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", description = "corpus sizes, multiples of the real one (default: ${DEFAULT-VALUE})",
            defaultValue = "1,10,100")
    List<Integer> sizes;

    @Option(names = "--engines", split = ",", description = "engines to measure (default: all of "
            + "fuseki-mem,fuseki-tdb2,fuseki-nq,virtuoso,jena-mem,jena-tdb2,rdf4j-mem; none: the build only)",
            defaultValue = "fuseki-mem,fuseki-tdb2,fuseki-nq,virtuoso,jena-mem,jena-tdb2,rdf4j-mem")
    List<String> engines;

    @Option(names = "--work", description = "scratch folder (default: ${DEFAULT-VALUE})", defaultValue = "/tmp/tdkg-bench")
    Path work;

    @Option(names = "--data", description = "the real curated corpus (default: ${DEFAULT-VALUE})", defaultValue = "data")
    Path data;

    @Option(names = "--queries", description = "the named queries (default: ${DEFAULT-VALUE})", defaultValue = "queries")
    Path queries;

    @Option(names = "--results", description = "results JSON (default: ${DEFAULT-VALUE})",
            defaultValue = "target/bench/results.json")
    Path results;

    @Option(names = "--report", description = "Markdown tables (default: ${DEFAULT-VALUE})",
            defaultValue = "target/bench/report.md")
    Path report;

    @Option(names = "--jar", description = "tdkg.jar for the command-line measurements (default: the running jar)")
    Path jar;

    @Option(names = "--warmup", description = "seconds of warm-up per query pass (default: ${DEFAULT-VALUE})",
            defaultValue = "5")
    double warmup;

    @Option(names = "--duration", description = "seconds per timed query pass (default: ${DEFAULT-VALUE})",
            defaultValue = "20")
    double duration;

    @Option(names = "--clients", description = "concurrent clients for throughput (default: ${DEFAULT-VALUE})",
            defaultValue = "4")
    int clients;

    @Option(names = "--repeat", description = "repeats of build and serve start at x1 (default: ${DEFAULT-VALUE})",
            defaultValue = "5")
    int repeat;

    @Option(names = "--heap", description = "-Xmx of the worker JVMs (default: ${DEFAULT-VALUE})", defaultValue = "12g")
    String heap;

    @Option(names = "--batch", description = "report copies per batch in the staged build; 0 = one batch "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "100")
    int batch;

    @Option(names = "--max-dumps-size", description = "largest size whose dumps and `tdkg build` are measured "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "10")
    int maxDumpsSize;

    @Option(names = "--max-memory-size", description = "largest size served and queried in memory "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "100")
    int maxMemorySize;

    @Option(names = "--tuned", split = " ", description = "JVM options of the tuned variant, besides the AppCDS archive "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData")
    List<String> tuned;

    @Option(names = "--append", description = "keep what an existing results file has and this run does not measure")
    boolean append;

    @Option(names = "--reuse", description = "reuse the corpus, N-Quads and TDB2 database already in --work "
            + "(measure only the engines)")
    boolean reuse;

    private java.util.Set<String> engines() {
        java.util.Set<String> out = new LinkedHashSet<>(engines);
        out.remove("none");
        out.remove("");
        return out;
    }

    @Override
    public Integer call() throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        BenchOptions o = new BenchOptions(sizes, work.toAbsolutePath(), data.toAbsolutePath(), queries.toAbsolutePath(),
                results.toAbsolutePath(), report.toAbsolutePath(), repo, jar, engines(), warmup,
                duration, clients, repeat, heap, batch, maxDumpsSize, maxMemorySize, tuned, append, reuse);
        new BenchRunner(o, System.err).run();
        System.err.println("results: " + o.results() + "\nreport:  " + o.report());
        return Main.OK;
    }
}
