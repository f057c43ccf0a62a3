package tw.gov.taichung.kg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Runs the whole benchmark: for each size, generate the corpus, then measure the build, the stores and
 * the peers ({@link SizeRun}), saving the results after every step so that a stopped run keeps what it
 * measured. Writes the results as JSON and as Markdown tables ({@link Report}).
 */
public final class BenchRunner {
    private final BenchOptions opts;
    private final PrintStream log;
    private final JsonObject results = Json.obj();
    /** Earlier results of the sizes this run measures again: what this run does not measure is kept. */
    private final JsonObject earlierSizes = Json.obj();

    public BenchRunner(BenchOptions opts, PrintStream log) {
        this.opts = opts;
        this.log = log;
    }

    public JsonObject results() {
        return results;
    }

    /** Runs every size; returns the results (also written to the results and report files). */
    public JsonObject run() throws Exception {
        Files.createDirectories(opts.work());
        Launcher launcher = new Launcher(opts.jar());
        BenchOptions run = snapshotQueries();
        QueryMix mix = QueryMix.load(run.queries());
        results.put("machine", Machine.describe(opts.repo()));
        results.put("cli", launcher.describeCli());
        results.put("queries", Json.array(mix.names()));
        JsonObject o = Json.obj();
        o.put("sizes", Json.array(opts.sizes().stream().map(String::valueOf).toList()));
        o.put("engines", Json.array(opts.engines().stream().sorted().toList()));
        Json.put(o, "warmupSeconds", opts.warmup());
        Json.put(o, "durationSeconds", opts.duration());
        o.put("clients", opts.clients());
        o.put("repeat", opts.repeat());
        o.put("workerHeap", opts.heap());
        o.put("tunedJvm", Json.array(opts.tuned()));
        results.put("options", o);
        results.put("skipped", new JsonArray());
        JsonObject sizes = Json.obj();
        results.put("sizes", sizes);
        if (opts.append() && Files.exists(opts.results())) {
            keepEarlier(Json.parse(Files.readString(opts.results(), StandardCharsets.UTF_8)), sizes);
        }
        log.println("bench: " + mix.names().size() + " named queries " + mix.names());
        for (int size : opts.sizes()) {
            JsonObject r = Json.obj();
            sizes.put(Integer.toString(size), r);
            if (earlierSizes.get(Integer.toString(size)) instanceof JsonObject before) {
                r.put("earlier", before);
            }
            new SizeRun(run, launcher, mix, size, r, this).run();
            if (r.hasKey("earlier")) {
                merge(r.get("earlier").getAsObject(), r);
                r.remove("earlier");
            }
            save();
        }
        Json.put(results.get("machine").getAsObject(), "loadAverageAtEnd", Memory.loadAverage());
        save();
        return results;
    }

    /**
     * Copies the .rq files into the work folder, so every engine and worker sees the same queries even when
     * someone edits queries/ during the run; returns the options pointing at the copy.
     */
    private BenchOptions snapshotQueries() throws IOException {
        Path snap = opts.work().resolve("queries");
        if (Files.exists(snap)) {
            CorpusGenerator.deleteTree(snap);
        }
        Files.createDirectories(snap);
        if (Files.isDirectory(opts.queries())) {
            try (var s = Files.list(opts.queries())) {
                for (Path p : s.filter(x -> x.toString().endsWith(".rq")).toList()) {
                    Files.copy(p, snap.resolve(p.getFileName()));
                }
            }
        } else {
            for (var e : tw.gov.taichung.kg.query.QueryLibrary.bundled().all().values()) {
                Files.writeString(snap.resolve(e.name() + ".rq"), e.text(), StandardCharsets.UTF_8);
            }
        }
        BenchOptions o = opts;
        return new BenchOptions(o.sizes(), o.work(), o.realData(), snap, o.results(), o.report(), o.repo(), o.jar(),
                o.engines(), o.warmup(), o.duration(), o.clients(), o.repeat(), o.heap(), o.batchCopies(),
                o.maxDumpsSize(), o.maxMemorySize(), o.tuned(), o.append(), o.reuse());
    }

    /** Copies the sizes this run does not measure (and their notes) from an earlier results file. */
    private void keepEarlier(JsonObject earlier, JsonObject sizes) {
        JsonArray runs = new JsonArray();
        if (earlier.get("earlierRuns") instanceof JsonArray a) {
            a.forEach(runs::add);
        }
        JsonObject m = earlier.get("machine") instanceof JsonObject x ? x : Json.obj();
        JsonObject note = Json.obj();
        note.put("machine", m);
        note.put("sizes", Json.array(earlier.get("sizes").getAsObject().keys()));
        runs.add(note);
        results.put("earlierRuns", runs);
        JsonObject old = earlier.get("sizes").getAsObject();
        for (String k : old.keys()) {
            if (!opts.sizes().contains(Integer.parseInt(k))) {
                sizes.put(k, old.get(k));
            } else {
                earlierSizes.put(k, old.get(k));
            }
        }
        if (earlier.get("skipped") instanceof JsonArray a) {
            for (var v : a) {
                if (!opts.sizes().contains((int) Json.num(v.getAsObject(), "size"))) {
                    results.get("skipped").getAsArray().add(v);
                }
            }
        }
    }

    /** Copies into {@code into} what it lacks from {@code from}, one level into the per-engine objects. */
    static void merge(JsonObject from, JsonObject into) {
        for (String k : from.keys()) {
            if (!into.hasKey(k)) {
                into.put(k, from.get(k));
            } else if (from.get(k) instanceof JsonObject f && into.get(k) instanceof JsonObject t
                    && List.of("http", "inproc", "serve", "stores", "errors").contains(k)) {
                for (String e : f.keys()) {
                    if (!t.hasKey(e)) {
                        t.put(e, f.get(e));
                    }
                }
            }
        }
    }

    /** Notes a measurement that was not made, and why. */
    void skip(int size, String what, String why) {
        JsonObject s = Json.obj();
        s.put("size", size);
        s.put("what", what);
        s.put("why", why);
        results.get("skipped").getAsArray().add(s);
        log.println("  skipped x" + size + " " + what + ": " + why);
    }

    void progress(String msg) {
        log.println(msg);
        log.flush();
    }

    /** Writes the results JSON and the Markdown report. */
    synchronized void save() throws IOException {
        Files.createDirectories(opts.results().toAbsolutePath().getParent());
        Files.writeString(opts.results(), JSON.toString(results), StandardCharsets.UTF_8);
        Files.createDirectories(opts.report().toAbsolutePath().getParent());
        Files.writeString(opts.report(), Report.markdown(results), StandardCharsets.UTF_8);
    }

    /** Reads a worker's result line, or throws with the end of its log. */
    static JsonObject workerResult(Proc p, Path log) {
        for (String line : p.lines()) {
            if (line.startsWith(Json.RESULT)) {
                JsonObject o = Json.parse(line.substring(Json.RESULT.length()));
                Json.put(o, "wallMs", p.wallMillis());
                Json.put(o, "cpuMs", p.cpuMillis());
                return o;
            }
        }
        List<String> lines = p.lines();
        List<String> tail = new ArrayList<>(lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        throw new IllegalStateException("worker gave no result (see " + log + "): " + String.join(" | ", tail));
    }

    static Duration seconds(double s) {
        return Duration.ofMillis((long) (s * 1000));
    }
}
