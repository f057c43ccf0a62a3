package tw.gov.taichung.kg.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Settings of one benchmark run.
 *
 * @param sizes         corpus sizes as multiples of the real corpus (1 = the real data)
 * @param work          scratch folder for generated corpora, stores and logs (under /tmp)
 * @param realData      the real curated corpus
 * @param queries       the named queries (every .rq file joins the mix)
 * @param results       where the results JSON goes
 * @param report        where the Markdown tables go
 * @param repo          the project folder (for bench/virtuoso.sh and the commit id)
 * @param jar           tdkg.jar for the command-line measurements (null: the jar this runs from)
 * @param engines       what to measure: fuseki-mem (tdkg serve), fuseki-mem-nocache (tdkg serve --answer-cache 0),
 *                      fuseki-tdb2, fuseki-nq (prototype: Fuseki over
 *                      the N-Quads in plain in-memory graphs, tuned JVM), virtuoso, jena-mem, jena-tdb2, rdf4j-mem,
 *                      and fuseki-tdb2-cache / fuseki-nq-cache (the same servers with kept answers, as serve has)
 * @param warmup        seconds of warm-up before each timed query pass
 * @param duration      seconds of each timed query pass (latency, then throughput)
 * @param clients       concurrent clients of the throughput pass
 * @param repeat        repetitions of the whole-process measurements (build, serve start) at size 1
 * @param heap          -Xmx of the worker JVMs
 * @param batchCopies   report copies per batch for the staged build (0: one batch)
 * @param maxDumpsSize  largest size whose dumps (and `tdkg build`) are measured
 * @param maxMemorySize largest size measured in memory (serve, jena-mem, rdf4j-mem)
 * @param tuned         JVM options of the tuned variant of build and serve (AppCDS archive added)
 * @param append        keep what an earlier results file has and this run does not measure
 * @param reuse         reuse what an earlier run left in the work folder: with its corpus and N-Quads there, no
 *                      generation, staged build or tdkg build; with its TDB2 database, no TDB2 load
 */
public record BenchOptions(List<Integer> sizes, Path work, Path realData, Path queries, Path results, Path report,
                           Path repo, Path jar, Set<String> engines, double warmup, double duration, int clients,
                           int repeat, String heap, int batchCopies, int maxDumpsSize, int maxMemorySize,
                           List<String> tuned, boolean append, boolean reuse) {
    /** Every engine the harness knows. */
    public static final List<String> ENGINES = List.of("fuseki-mem", "fuseki-mem-nocache", "fuseki-tdb2", "fuseki-nq", "virtuoso",
            "jena-mem", "jena-tdb2", "rdf4j-mem", "fuseki-tdb2-cache", "fuseki-nq-cache");

    public BenchOptions {
        sizes = List.copyOf(sizes);
        engines = Set.copyOf(engines);
        tuned = List.copyOf(tuned);
        for (String e : engines) {
            if (!ENGINES.contains(e)) {
                throw new IllegalArgumentException("unknown engine '" + e + "'; known: " + ENGINES);
            }
        }
    }

    boolean has(String engine) {
        return engines.contains(engine);
    }
}
