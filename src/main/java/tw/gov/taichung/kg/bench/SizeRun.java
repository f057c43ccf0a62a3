package tw.gov.taichung.kg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Every measurement at one corpus size, in this order: generate the corpus; the staged build (worker);
 * {@code tdkg build} as a user runs it; TDB2 bulk load; Virtuoso (start, load, query mix over HTTP);
 * {@code tdkg serve} in memory (cold start to first answer, query mix over HTTP); Fuseki over TDB2 (the
 * same); then in process: RDF4J's memory store, Jena in memory, Jena on TDB2. Virtuoso and RDF4J go first
 * among their kind so that the Jena engines can also be timed on exactly the queries the peer answered.
 */
final class SizeRun {
    private static final String JAR_LOG = "commands.log";
    private final BenchOptions o;
    private final Launcher launcher;
    private final QueryMix mix;
    private final int size;
    private final JsonObject r;
    private final BenchRunner runner;
    private final Path dir;
    private final Path logs;

    SizeRun(BenchOptions o, Launcher launcher, QueryMix mix, int size, JsonObject r, BenchRunner runner) {
        this.o = o;
        this.launcher = launcher;
        this.mix = mix;
        this.size = size;
        this.r = r;
        this.runner = runner;
        this.dir = o.work().resolve("x" + size);
        this.logs = dir.resolve("logs");
    }

    void run() throws Exception {
        Files.createDirectories(logs);
        Path nq = dir.resolve("data.nq");
        Path tdb2 = dir.resolve("tdb2");
        boolean built = o.reuse() && Files.exists(nq) && (size == 1 || Files.isDirectory(dir.resolve("corpus")));
        List<Path> data = built ? existingCorpus() : corpus();
        if (!built) {
            step("staged build", () -> phases(data, nq));
            save();
        }
        if (!Files.exists(nq)) {
            return;
        }
        long quads = r.get("phases") instanceof JsonObject ph ? (long) Json.num(ph, "quads") : countLines(nq);
        if (!built) {
            if (data.size() == 1 && size <= o.maxDumpsSize()) {
                step("tdkg build", () -> cliBuild(data.get(0)));
            } else {
                runner.skip(size, "tdkg build (all dumps)", data.size() > 1 ? "the corpus is built in " + data.size()
                        + " batches" : "above --max-dumps-size " + o.maxDumpsSize());
            }
            save();
        }
        boolean tdb2Needed = o.has("fuseki-tdb2") || o.has("fuseki-tdb2-cache") || o.has("jena-tdb2");
        if (tdb2Needed && !(o.reuse() && Files.isDirectory(tdb2))) {
            step("TDB2 load", () -> tdb2Load(nq, tdb2));
            save();
        }
        step("HTTP engines", () -> httpStage(data, nq, tdb2, quads));
        save();
        step("in-process engines", () -> inprocStage(nq, tdb2));
        save();
    }

    private interface Step {
        void run() throws Exception;
    }

    private void step(String name, Step s) {
        runner.progress(String.format("x%d %s ... (load average %.1f)", size, name, Memory.loadAverage()));
        long t0 = System.nanoTime();
        try {
            s.run();
        } catch (Exception | Error e) {
            JsonObject errors = obj(r, "errors");
            errors.put(name, String.valueOf(e.getMessage()));
            runner.progress("  FAILED " + name + ": " + e);
        }
        runner.progress(String.format("x%d %s done in %.1f s", size, name, (System.nanoTime() - t0) / 1e9));
    }

    private void save() throws IOException {
        runner.save();
    }

    private static JsonObject obj(JsonObject parent, String key) {
        if (!parent.hasKey(key)) {
            parent.put(key, Json.obj());
        }
        return parent.get(key).getAsObject();
    }

    // ---- corpus and build

    private List<Path> existingCorpus() throws IOException {
        if (size == 1) {
            return List.of(o.realData());
        }
        Path root = dir.resolve("corpus");
        if (Files.isDirectory(root.resolve("reports"))) {
            return List.of(root);
        }
        try (var s = Files.list(root)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static long countLines(Path p) throws IOException {
        try (var lines = Files.lines(p)) {
            return lines.count();
        }
    }

    private List<Path> corpus() throws IOException {
        JsonObject c = obj(r, "corpus");
        if (size == 1) {
            c.put("copies", 1);
            c.put("source", o.realData().toString());
            return List.of(o.realData());
        }
        Path root = dir.resolve("corpus");
        int batch = o.batchCopies() <= 0 || o.batchCopies() >= size ? size
                : Math.max(CorpusGenerator.COPIES_PER_GENERATION, o.batchCopies() / CorpusGenerator.COPIES_PER_GENERATION
                * CorpusGenerator.COPIES_PER_GENERATION);
        CorpusGenerator gen = new CorpusGenerator(o.realData());
        if (Files.exists(root)) {
            CorpusGenerator.deleteTree(root);
        }
        List<Path> dirs = new ArrayList<>();
        long bytes = 0;
        long ms = 0;
        int reports = 0;
        for (int from = 0; from < size; from += batch) {
            Path d = batch == size ? root : root.resolve(String.format("batch-%03d", from / batch));
            CorpusGenerator.Summary s = gen.generate(from, Math.min(size, from + batch), d);
            bytes += s.bytes();
            ms += s.millis();
            reports += s.reports();
            dirs.add(d);
        }
        c.put("copies", size);
        c.put("batches", dirs.size());
        c.put("reports", reports);
        c.put("bytes", bytes);
        c.put("generateMs", ms);
        runner.progress(String.format("x%d corpus: %d reports, %.1f MB in %d batch(es), %.1f s", size, reports,
                bytes / 1e6, dirs.size(), ms / 1e3));
        return dirs;
    }

    private void phases(List<Path> data, Path nq) {
        List<String> args = new ArrayList<>();
        for (Path d : data) {
            args.add("--data");
            args.add(d.toString());
        }
        args.addAll(List.of("--nq", nq.toString()));
        if (data.size() == 1 && size <= o.maxDumpsSize()) {
            args.addAll(List.of("--dumps", dir.resolve("phases-dumps").toString()));
        }
        args.addAll(List.of("--repeat", Integer.toString(size == 1 ? Math.max(1, o.repeat()) : 1)));
        Path log = logs.resolve("phases.log");
        Proc p = Proc.run(launcher.worker(o.heap(), "phases", args.toArray(String[]::new)), o.repo(), log,
                Duration.ofMinutes(30L + size / 5));
        r.put("phases", summarisePhases(BenchRunner.workerResult(p, log)));
    }

    /** Keeps the first (cold) run and the best warm one, beside the worker's memory figures. */
    private static JsonObject summarisePhases(JsonObject w) {
        JsonArray runs = w.get("runs").getAsArray();
        JsonObject first = runs.get(0).getAsObject();
        JsonObject out = Json.obj();
        for (String k : first.keys()) {
            out.put(k, first.get(k));
        }
        if (runs.size() > 1) {
            JsonObject best = null;
            for (int i = 1; i < runs.size(); i++) {
                JsonObject x = runs.get(i).getAsObject();
                if (best == null || total(x) < total(best)) {
                    best = x;
                }
            }
            out.put("warm", best);
            out.put("runs", runs.size());
        }
        for (String k : List.of("peakHeapMiB", "peakRssMiB", "wallMs", "cpuMs")) {
            if (w.hasKey(k)) {
                out.put(k, w.get(k));
            }
        }
        return out;
    }

    static double total(JsonObject run) {
        double t = 0;
        for (String k : List.of("readMs", "loadMs", "shapesMs", "shaclMs", "dumpsMs")) {
            double v = Json.num(run, k);
            t += Double.isNaN(v) ? 0 : v;
        }
        return t;
    }

    private void cliBuild(Path data) throws IOException {
        JsonObject b = obj(r, "cliBuild");
        Path out = dir.resolve("kg");
        int n = size == 1 ? Math.max(1, o.repeat()) : 1;
        Duration timeout = Duration.ofMinutes(size == 1 ? 5 : 30);
        for (var v : variants("build", data)) {
            JsonArray runs = new JsonArray();
            for (int i = 0; i < n; i++) {
                Proc p = Proc.run(command(v, "build", "--data", data.toAbsolutePath().toString(),
                        "--out", out.toString()), o.repo(), logs.resolve(JAR_LOG), timeout);
                int exit = p.waitFor(Duration.ofSeconds(1));
                JsonObject run = Json.obj();
                Json.put(run, "wallMs", p.wallMillis());
                Json.put(run, "cpuMs", p.cpuMillis());
                run.put("peakRssMiB", p.peakRssMiB());
                run.put("exit", exit);
                Json.put(run, "loadAverage", Memory.loadAverage());
                runs.add(run);
                if (exit != 0) {
                    break;
                }
            }
            JsonObject vr = Json.obj();
            vr.put("jvm", Json.array(v.describe()));
            vr.put("runs", runs);
            b.put(v.name(), vr);
        }
        b.put("command", String.join(" ", launcher.cli(List.of(), "build", "--data", data.toString(), "--out",
                out.toString())));
    }

    /** A JVM variant of a command-line measurement: which {@code java} (null: the default) and its options. */
    record Variant(String name, String java, List<String> jvm) {
        List<String> describe() {
            List<String> d = new ArrayList<>();
            if (java != null) {
                d.add(java);
            }
            d.addAll(jvm);
            return d;
        }
    }

    /**
     * plain; with an AppCDS archive (made by a training run of the same command); that plus the tuned
     * options; and, when a JDK 25 is given (-Dtdkg.bench.jdk25=JAVA_HOME), JDK 25 plain and with its AOT cache
     * (JEP 483/514/515, also made by a training run).
     */
    private List<Variant> variants(String command, Path data) {
        List<Variant> out = new ArrayList<>();
        out.add(new Variant("plain", null, List.of()));
        if (launcher.jar() != null && Files.isExecutable(o.repo().resolve(LAUNCHER))) {
            Variant script = new Variant(LAUNCHER, LAUNCHER, List.of());
            // its first run makes the class archive it uses from then on (at exit): not timed
            Path log = logs.resolve("training.log");
            if (command.equals("build")) {
                Proc.run(command(script, "build", "--data", data.toAbsolutePath().toString(), "--out",
                        dir.resolve("kg-training").toString()), o.repo(), log, Duration.ofMinutes(10));
            } else {
                startServe(script, data, List.of("--cache", dir.resolve("serve-cache-training").toString()),
                        Duration.ofMinutes(10)).terminate(Duration.ofMinutes(2));
            }
            out.add(script);
        }
        Path jsa = o.work().resolve(command + ".jsa");
        if (!Files.exists(jsa)) {
            train(command, data, null, List.of("-XX:ArchiveClassesAtExit=" + jsa, "-Xlog:cds=off"));
        }
        if (Files.exists(jsa)) {
            out.add(new Variant("cds", null, List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off")));
            List<String> tuned = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off"));
            tuned.addAll(o.tuned());
            out.add(new Variant("tuned", null, tuned));
        }
        String jdk25 = System.getProperty("tdkg.bench.jdk25");
        if (jdk25 != null && Files.isExecutable(Path.of(jdk25, "bin", "java"))) {
            String java = Path.of(jdk25, "bin", "java").toString();
            out.add(new Variant("jdk25", java, List.of()));
            Path aot = o.work().resolve(command + ".aot");
            if (!Files.exists(aot)) {
                train(command, data, java, List.of("-XX:AOTCacheOutput=" + aot, "-Xlog:aot=off", "-Xlog:cds=off"));
            }
            Path config = Path.of(aot + ".config");
            if (!Files.exists(aot) && Files.exists(config)) {
                // a JVM ended by a signal records its configuration but does not assemble the cache: do it here
                Proc.run(launcher.cli(java, List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + config,
                        "-XX:AOTCache=" + aot, "-Xlog:aot=off", "-Xlog:cds=off")), o.repo(), logs.resolve("training.log"),
                        Duration.ofMinutes(10));
            }
            if (Files.exists(aot)) {
                out.add(new Variant("jdk25-aot", java, List.of("-XX:AOTCache=" + aot, "-Xlog:aot=off",
                        "-Xlog:cds=off")));
                List<String> tuned = new ArrayList<>(List.of("-XX:AOTCache=" + aot, "-Xlog:aot=off", "-Xlog:cds=off"));
                tuned.addAll(o.tuned());
                out.add(new Variant("jdk25-aot-tuned", java, tuned));
            }
        }
        return out;
    }

    private static final String LAUNCHER = "bin/tdkg";

    /** The command line of a variant: {@code java} with its options and the jar, or the bin/tdkg launcher. */
    private List<String> command(Variant v, String... args) {
        if (LAUNCHER.equals(v.java())) {
            List<String> cmd = new ArrayList<>(List.of("env", "TDKG_JAR=" + launcher.jar().toAbsolutePath(),
                    o.repo().resolve(LAUNCHER).toString()));
            cmd.addAll(List.of(args));
            return cmd;
        }
        return launcher.cli(v.java(), v.jvm(), args);
    }

    /** A training run of {@code command} that writes a class archive or AOT cache at exit. */
    private void train(String command, Path data, String java, List<String> jvm) {
        Path log = logs.resolve("training.log");
        if (command.equals("build")) {
            Proc.run(launcher.cli(java, jvm, "build", "--data", data.toAbsolutePath().toString(), "--out",
                    dir.resolve("kg-training").toString()), o.repo(), log, Duration.ofMinutes(10));
        } else {
            int port = Launcher.freePort();
            Proc p = Proc.start(launcher.cli(java, jvm, "serve", "--data", data.toAbsolutePath().toString(),
                    "--port", Integer.toString(port), "--cache", dir.resolve("serve-cache-training").toString()),
                    o.repo(), log);
            try {
                firstAnswer(p, port, "/kg/sparql", Duration.ofMinutes(10));
                // a few of the named queries, so their classes are in the archive too
                HttpEngine http = new HttpEngine("http://127.0.0.1:" + port + "/kg/sparql", Duration.ofSeconds(30));
                for (QueryMix.Entry e : mix.entries()) {
                    try {
                        http.fetch(e.sparql());
                    } catch (Exception ex) {
                        // training only
                    }
                }
            } finally {
                p.terminate(Duration.ofMinutes(5));
            }
        }
    }

    // ---- servers

    /** Polls the endpoint with the first named query until it answers; returns ms since the process started. */
    private double firstAnswer(Proc p, int port, String path, Duration timeout) {
        HttpEngine http = new HttpEngine("http://127.0.0.1:" + port + path, Duration.ofSeconds(30));
        String q = mix.isEmpty() ? "SELECT * WHERE { ?s ?p ?o } LIMIT 1" : mix.entries().get(0).sparql();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && p.alive()) {
            try {
                http.fetch(q);
                return (System.nanoTime() - p.startNanos()) / 1e6;
            } catch (IOException e) {
                sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("no answer from port " + port + " (see logs in " + logs + ")");
    }

    /** A running HTTP engine: its endpoint, its process id, and how to stop it. */
    private record Running(String engine, HttpEngine http, long pid, AutoCloseable stop, Proc worker) {
        Running(String engine, HttpEngine http, long pid, AutoCloseable stop) {
            this(engine, http, pid, stop, null);
        }
    }

    /**
     * Starts every HTTP engine (measuring its cold start), keeps them all up, checks every query on each,
     * then times each engine in turn on the queries every engine answered ("common", for the ratios) and on
     * all the queries it answered ("full", when that is more).
     */
    private void httpStage(List<Path> data, Path nq, Path tdb2, long quads) throws Exception {
        List<Running> up = new ArrayList<>();
        try {
            if (o.has("virtuoso")) {
                Running v = virtuoso(nq, quads);
                if (v != null) {
                    up.add(v);
                }
                save();
            }
            if (o.has("fuseki-mem")) {
                if (size > o.maxMemorySize() || data.size() > 1) {
                    runner.skip(size, "tdkg serve (memory)", data.size() > 1 ? "the corpus is in batches"
                            : "above --max-memory-size " + o.maxMemorySize());
                } else {
                    up.add(serveMemory(data.get(0)));
                }
                save();
            }
            if (o.has("fuseki-mem-nocache") && size <= o.maxMemorySize() && data.size() == 1) {
                Proc p = startServe(new Variant("plain", null, List.of()), data.get(0), List.of("--answer-cache", "0",
                        "--cache", dir.resolve("serve-cache").toString(), "--timeout", "30"),
                        Duration.ofMinutes(size <= 10 ? 5 : 60));
                up.add(new Running("fuseki-mem-nocache", new HttpEngine(p.endpoint(), Duration.ofSeconds(60)),
                        p.pid(), p));
                save();
            }
            if ((o.has("fuseki-tdb2") || o.has("fuseki-tdb2-cache")) && Files.isDirectory(tdb2)) {
                Running t = serveWorker("fuseki-tdb2", "serve-tdb2", "2g", List.of(), "--dir", tdb2.toString());
                if (o.has("fuseki-tdb2")) {
                    up.add(t);
                }
                if (o.has("fuseki-tdb2-cache")) {
                    up.add(cached("fuseki-tdb2-cache", t, !o.has("fuseki-tdb2")));
                }
                save();
            }
            if ((o.has("fuseki-nq") || o.has("fuseki-nq-cache")) && size <= o.maxMemorySize()) {
                Running t = serveWorker("fuseki-nq", "serve-nq", o.heap(), o.tuned(), "--nq", nq.toString());
                if (o.has("fuseki-nq")) {
                    up.add(t);
                }
                if (o.has("fuseki-nq-cache")) {
                    up.add(cached("fuseki-nq-cache", t, !o.has("fuseki-nq")));
                }
                save();
            }
            JsonObject http = obj(r, "http");
            Set<String> common = null;
            Set<String> union = new LinkedHashSet<>();
            Map<String, MixRunner> runners = new LinkedHashMap<>();
            Map<String, Set<String>> answered = new LinkedHashMap<>();
            Map<String, Long> reference = null;
            for (Running e : up) {
                MixRunner m = new MixRunner(e.http());
                runners.put(e.engine(), m);
                MixRunner.Check check = m.check(mix);
                obj(http, e.engine()).put("check", Json.check(check));
                Set<String> ok = new LinkedHashSet<>(check.rows().keySet());
                answered.put(e.engine(), ok);
                union.addAll(ok);
                if (common == null) {
                    common = new LinkedHashSet<>(ok);
                    reference = check.rows();
                } else {
                    common.retainAll(ok);
                    agreeing(common, reference, check.rows());
                }
            }
            if (common == null) {
                return;
            }
            r.put("httpCommon", Json.array(common));
            runner.progress("  timing " + runners.keySet() + " over HTTP, interleaved, on " + common.size() + " queries");
            interleavedHttp(http, runners, mix.only(common), "common");
            if (union.size() > common.size()) {
                Map<String, MixRunner> all = new LinkedHashMap<>();
                final Set<String> u = union;
                runners.forEach((e, m) -> {
                    if (answered.get(e).containsAll(u)) {
                        all.put(e, m);
                    }
                });
                runner.progress("  timing " + all.keySet() + " over HTTP, interleaved, on all " + union.size()
                        + " queries");
                interleavedHttp(http, all, mix.only(union), "full");
            }
            for (Running e : up) {
                JsonObject h = obj(http, e.engine());
                h.put("rssMiB", Memory.rssMiB(e.pid()));
                h.put("peakRssMiB", Memory.peakRssMiB(e.pid()));
            }
            save();
        } finally {
            for (Running e : up) {
                try {
                    e.stop().close();
                } catch (Exception ex) {
                    runner.progress("  could not stop " + e.engine() + ": " + ex);
                }
            }
        }
        for (Running e : up) {
            Proc p = e.worker();
            if (p != null && p.lines().stream().anyMatch(l -> l.startsWith(Json.RESULT))) {
                JsonObject w = BenchRunner.workerResult(p, logs.resolve(e.engine() + ".log"));
                obj(obj(r, "http"), e.engine()).put("peakHeapMiB", w.get("peakHeapMiB"));
            }
        }
    }

    /** The cached endpoint (/kgc) of a bench server; it stops the server only when it is the only user. */
    private Running cached(String engine, Running server, boolean owns) {
        String url = server.http().endpoint().replace("/kg/sparql", "/kgc/sparql");
        return new Running(engine, new HttpEngine(url, Duration.ofSeconds(60)), server.pid(),
                owns ? server.stop() : () -> { }, null);
    }

    /** tdkg serve, plain and tuned, cold start measured each time; the last plain one stays up. */
    private Running serveMemory(Path data) throws Exception {
        JsonObject s = obj(obj(r, "serve"), "fuseki-mem");
        int n = size == 1 ? Math.max(1, o.repeat()) : 1;
        Duration timeout = Duration.ofMinutes(size <= 10 ? 5 : 60);
        List<Variant> vs = variants("serve", data);
        Path cache = dir.resolve("serve-cache");
        CorpusGenerator.deleteTree(cache);
        startServe(vs.get(0), data, List.of("--cache", cache.toString()), timeout).close(); // keeps the snapshot
        Running keep = null;
        for (int k = vs.size() - 1; k >= 0; k--) {
            Variant v = vs.get(k);
            JsonArray runs = new JsonArray();
            JsonArray validating = new JsonArray();
            for (int i = 0; i <= n; i++) {
                boolean first = i == 0;
                int port = Launcher.freePort();
                List<String> extra = first ? List.of("--timeout", "30", "--no-cache")
                        : List.of("--timeout", "30", "--cache", cache.toString());
                Proc p = Proc.start(serveCommand(v, data, port, extra), o.repo(), logs.resolve(JAR_LOG));
                boolean kept = false;
                try {
                    JsonObject run = Json.obj();
                    Json.put(run, "firstAnswerMs", firstAnswer(p, port, "/kg/sparql", timeout));
                    Json.put(run, "cpuMs", p.cpuMillis());
                    run.put("rssMiB", Memory.rssMiB(p.pid()));
                    Json.put(run, "loadAverage", Memory.loadAverage());
                    (first ? validating : runs).add(run);
                    if (k == 0 && i == n) {
                        keep = new Running("fuseki-mem", new HttpEngine("http://127.0.0.1:" + port + "/kg/sparql",
                                Duration.ofSeconds(60)), p.pid(), p);
                        kept = true;
                    }
                } finally {
                    if (!kept) {
                        p.close();
                    }
                }
            }
            JsonObject vr = Json.obj();
            vr.put("jvm", Json.array(v.describe()));
            vr.put("runs", runs);
            vr.put("validating", validating);
            s.put(v.name(), vr);
            save();
        }
        return keep;
    }

    /**
     * The command line of {@code tdkg serve} over {@code data} on {@code port} in variant {@code v}, answers
     * uncut (as Virtuoso's ResultSetMaxRows), with {@code extra} options.
     */
    private List<String> serveCommand(Variant v, Path data, int port, List<String> extra) {
        List<String> args = new ArrayList<>(List.of("serve", "--data", data.toAbsolutePath().toString(), "--port",
                Integer.toString(port), "--max-rows", "1000000"));
        args.addAll(extra);
        return command(v, args.toArray(String[]::new));
    }

    /** Starts tdkg serve and waits for its first answer; the caller closes it. */
    private Proc startServe(Variant v, Path data, List<String> extra, Duration timeout) {
        int port = Launcher.freePort();
        Proc p = Proc.start(serveCommand(v, data, port, extra), o.repo(), logs.resolve(JAR_LOG));
        try {
            firstAnswer(p, port, "/kg/sparql", timeout);
            p.endpoint("http://127.0.0.1:" + port + "/kg/sparql");
            return p;
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    /** A bench worker serving SPARQL (over TDB2, or over the N-Quads in memory); cold start measured. */
    private Running serveWorker(String engine, String task, String heap, List<String> jvm, String... args)
            throws Exception {
        int port = Launcher.freePort();
        Path log = logs.resolve(engine + ".log");
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("--port", Integer.toString(port)));
        List<String> cmd = launcher.worker(heap, task, a.toArray(String[]::new));
        if (jvm.stream().anyMatch(x -> x.matches("-XX:\\+Use\\w+GC"))) {
            cmd.remove("-XX:+UseParallelGC");
        }
        cmd.addAll(1, jvm);
        Proc p = Proc.start(cmd, o.repo(), log);
        try {
            JsonObject s = obj(obj(r, "serve"), engine);
            Json.put(s, "firstAnswerMs", firstAnswer(p, port, "/kg/sparql", Duration.ofMinutes(10)));
            s.put("jvm", Json.array(cmd.subList(1, cmd.indexOf("-cp"))));
            return new Running(engine, new HttpEngine("http://127.0.0.1:" + port + "/kg/sparql",
                    Duration.ofSeconds(60)), p.pid(), () -> {
                        p.closeInput();
                        if (p.waitFor(Duration.ofSeconds(30)) < 0) {
                            p.close();
                        }
                    }, p);
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    private void tdb2Load(Path nq, Path tdb2) {
        Path log = logs.resolve("tdb2-load.log");
        Proc p = Proc.run(launcher.worker(o.heap(), "tdb2-load", "--nq", nq.toString(), "--dir", tdb2.toString(),
                "--loader", System.getProperty("tdkg.bench.tdb2Loader", "phased")), o.repo(), log,
                Duration.ofMinutes(20L + size / 10));
        obj(r, "stores").put("tdb2", BenchRunner.workerResult(p, log));
    }

    private Running virtuoso(Path nq, long quads) {
        Path script = o.repo().resolve("bench/virtuoso.sh");
        String why = VirtuosoPeer.unavailable(script);
        if (why != null) {
            runner.skip(size, "virtuoso", why);
            return null;
        }
        long buffers = size >= 1000 ? 510_000 : 170_000;
        VirtuosoPeer v = new VirtuosoPeer(script, dir.resolve("virtuoso"), logs.resolve("virtuoso.log"),
                Launcher.freePort(), Launcher.freePort(), buffers);
        try {
            JsonObject st = obj(obj(r, "stores"), "virtuoso");
            Json.put(st, "startMs", v.start());
            double ms = v.load(nq, Duration.ofMinutes(20L + size / 5));
            Json.put(st, "loadMs", ms);
            Json.put(st, "quadsPerSecond", quads / (ms / 1000));
            st.put("buffers", buffers);
            return new Running("virtuoso", new HttpEngine(v.endpoint(), Duration.ofSeconds(60)), v.pid(), v);
        } catch (RuntimeException e) {
            v.close();
            throw e;
        }
    }

    /** Keeps only the queries on which {@code rows} gives the same count as the reference engine. */
    private static void agreeing(Set<String> common, Map<String, Long> reference, Map<String, Long> rows) {
        common.removeIf(q -> !java.util.Objects.equals(reference.get(q), rows.get(q)));
    }

    /** Latency (one client, requests interleaved across engines) and throughput (slices in rotation). */
    private void interleavedHttp(JsonObject http, Map<String, MixRunner> engines, QueryMix q, String key) {
        Duration warm = BenchRunner.seconds(o.warmup());
        Duration dur = BenchRunner.seconds(o.duration() * engines.size());
        Map<String, MixRunner.Result> lat = Interleaved.latency(engines, q, warm, dur);
        Map<String, MixRunner.Result> thr = Interleaved.throughput(engines, q, o.clients(),
                BenchRunner.seconds(Math.min(2, o.duration())), BenchRunner.seconds(o.duration()));
        for (String e : engines.keySet()) {
            JsonObject p = obj(obj(http, e), key);
            p.put("queries", Json.array(q.names()));
            p.put("latency", Json.mix(lat.get(e)));
            p.put("throughput", Json.mix(thr.get(e)));
            Json.put(p, "loadAverage", Memory.loadAverage());
        }
    }

    // ---- in process

    /**
     * Starts one worker per in-process engine (one after another: each loads, checks every query, then
     * waits), then times each on the queries all answered ("common") and on its own answered set ("full").
     */
    private void inprocStage(Path nq, Path tdb2) throws Exception {
        List<String> engines = new ArrayList<>();
        if (o.has("rdf4j-mem")) {
            if (!Rdf4jEngine.available()) {
                runner.skip(size, "rdf4j-mem", "RDF4J is not on the classpath (bench/run.sh adds it)");
            } else if (size > o.maxMemorySize()) {
                runner.skip(size, "rdf4j-mem", "above --max-memory-size " + o.maxMemorySize());
            } else {
                engines.add("rdf4j-mem");
            }
        }
        if (o.has("jena-mem")) {
            if (size > o.maxMemorySize()) {
                runner.skip(size, "jena-mem", "above --max-memory-size " + o.maxMemorySize());
            } else {
                engines.add("jena-mem");
            }
        }
        if (o.has("jena-tdb2") && Files.isDirectory(tdb2)) {
            engines.add("jena-tdb2");
        }
        JsonObject in = obj(r, "inproc");
        List<Proc> procs = new ArrayList<>();
        List<String> started = new ArrayList<>();
        Set<String> common = null;
        try {
            Map<String, Long> reference = null;
            for (String e : engines) {
                Path log = logs.resolve(e + ".log");
                Proc p = Proc.start(launcher.worker(o.heap(), "inproc", "--engine", e, "--source",
                        (e.equals("jena-tdb2") ? tdb2 : nq).toString(), "--queries", o.queries().toString()),
                        o.repo(), log);
                procs.add(p);
                String line = p.awaitLine(l -> l.startsWith("@check "), Duration.ofMinutes(30L + size / 5));
                if (line == null) {
                    p.close();
                    procs.remove(p);
                    obj(r, "errors").put("in-process " + e, "no answer check (see " + log + ")");
                    continue;
                }
                started.add(e);
                JsonObject check = Json.parse(line.substring("@check ".length()));
                obj(in, e).put("check", check);
                Set<String> ok = new LinkedHashSet<>(obj(check, "rows").keys());
                Map<String, Long> rows = new LinkedHashMap<>();
                ok.forEach(q -> rows.put(q, (long) Json.num(obj(check, "rows"), q)));
                if (common == null) {
                    common = ok;
                    reference = rows;
                } else {
                    common.retainAll(ok);
                    agreeing(common, reference, rows);
                }
            }
            if (common == null) {
                return;
            }
            r.put("inprocCommon", Json.array(common));
            Set<String> union = new LinkedHashSet<>();
            Map<String, Set<String>> answered = new LinkedHashMap<>();
            for (String e : started) {
                Set<String> ok = new LinkedHashSet<>(obj(obj(obj(in, e), "check"), "rows").keys());
                answered.put(e, ok);
                union.addAll(ok);
            }
            runner.progress("  timing " + started + " in process, in rotating slices, on " + common.size() + " queries");
            slices(in, started, procs, common, "common");
            if (union.size() > common.size()) {
                List<String> all = new ArrayList<>();
                List<Proc> allProcs = new ArrayList<>();
                for (int i = 0; i < started.size(); i++) {
                    if (answered.get(started.get(i)).containsAll(union)) {
                        all.add(started.get(i));
                        allProcs.add(procs.get(i));
                    }
                }
                slices(in, all, allProcs, union, "full");
            }
            for (int i = 0; i < procs.size(); i++) {
                String e = started.get(i);
                Proc p = procs.get(i);
                p.closeInput();
                p.waitFor(Duration.ofMinutes(2));
                JsonObject w = BenchRunner.workerResult(p, logs.resolve(e + ".log"));
                for (String k : w.keys()) {
                    obj(in, e).put(k, w.get(k));
                }
            }
            save();
        } finally {
            procs.forEach(Proc::close);
        }
    }

    /** A warm-up pass on each worker, then timed slices of 2 s in rotation until each has had its time. */
    private void slices(JsonObject in, List<String> engines, List<Proc> procs, Set<String> queries, String key) {
        Map<String, List<MixRunner.Result>> parts = new LinkedHashMap<>();
        for (int i = 0; i < engines.size(); i++) {
            pass(procs.get(i), o.warmup(), queries);
            parts.put(engines.get(i), new ArrayList<>());
        }
        double slice = Math.min(2, o.duration());
        int rounds = (int) Math.max(1, Math.round(o.duration() / slice));
        for (int k = 0; k < rounds; k++) {
            for (int i = 0; i < engines.size(); i++) {
                parts.get(engines.get(i)).add(Json.mixFromRaw(pass(procs.get(i), slice, queries)));
            }
        }
        for (String e : engines) {
            JsonObject p = obj(obj(in, e), key);
            p.put("queries", Json.array(queries));
            p.put("latency", Json.mix(MixRunner.Result.merge(parts.get(e))));
            Json.put(p, "loadAverage", Memory.loadAverage());
        }
    }

    private int passes;

    /** One timed pass on a worker: {@code pass ID SECONDS q1,q2,...}; returns its result (with raw samples). */
    private JsonObject pass(Proc p, double seconds, Set<String> queries) {
        String id = "p" + (++passes);
        String prefix = "@pass " + id + " ";
        p.send("pass " + id + " " + seconds + " " + String.join(",", queries));
        String line = p.awaitLine(l -> l.startsWith(prefix), Duration.ofMinutes(10).plusSeconds((long) seconds * 3));
        if (line == null) {
            throw new IllegalStateException("no timed pass from the worker");
        }
        return Json.parse(line.substring(prefix.length()));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
