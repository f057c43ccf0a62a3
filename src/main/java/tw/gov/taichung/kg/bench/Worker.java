package tw.gov.taichung.kg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.TDB2Factory;
import tw.gov.taichung.kg.serve.Exposure;
import tw.gov.taichung.kg.serve.Server;

/**
 * One measurement in its own JVM, so that its time, heap and resident set are its own. The runner starts
 * {@code java -Xmx.. -cp CLASSPATH tw.gov.taichung.kg.bench.Worker TASK --key value ...}; the worker prints
 * one {@code @result {json}} line.
 * <ul>
 * <li>{@code phases --data DIR [--data DIR2 ...] [--nq OUT.nq] [--dumps DIR] [--repeat N]}: the staged build</li>
 * <li>{@code inproc --engine jena-mem|jena-tdb2|rdf4j-mem --source NQ|DIR --queries DIR ...}: load, check, then
 * timed passes on request (see {@link #inproc})</li>
 * <li>{@code tdb2-load --nq NQ --dir DIR [--loader phased|parallel|sequential]}: bulk load into a new TDB2 database</li>
 * <li>{@code serve-tdb2 --dir DIR --port P}: Fuseki (read-only, loopback, SERVICE off) over TDB2 until stdin closes</li>
 * <li>{@code serve-nq --nq NQ --port P}: the same over the N-Quads parsed into plain in-memory graphs</li>
 * </ul>
 */
public final class Worker {
    private Worker() {
    }

    public static void main(String[] argv) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Memory.startSampling();
        Args a = new Args(argv, 1);
        JsonObject out = switch (argv[0]) {
            case "phases" -> phases(a);
            case "inproc" -> inproc(a);
            case "tdb2-load" -> tdb2Load(a);
            case "serve-tdb2" -> serveTdb2(a);
            case "serve-nq" -> serveNq(a);
            default -> throw new IllegalArgumentException("unknown task " + argv[0]);
        };
        out.put("peakHeapMiB", Memory.peakHeapMiB());
        out.put("peakRssMiB", Memory.selfPeakRssMiB());
        System.out.println(Json.line(out));
        System.out.flush();
        System.exit(0);
    }

    private static JsonObject phases(Args a) throws Exception {
        List<Path> dirs = a.all("data").stream().map(Path::of).toList();
        Path nq = a.get("nq", null) == null ? null : Path.of(a.get("nq"));
        Path dumps = a.get("dumps", null) == null ? null : Path.of(a.get("dumps"));
        int repeat = a.integer("repeat", 1);
        JsonObject o = Json.obj();
        org.apache.jena.atlas.json.JsonArray runs = new org.apache.jena.atlas.json.JsonArray();
        for (int i = 0; i < repeat; i++) {
            runs.add(BuildPhases.run(dirs, i == 0 ? nq : null, dumps, true));
        }
        o.put("runs", runs);
        return o;
    }

    /**
     * Loads the store, answers every query once and prints {@code @check {json}}; then, for each stdin line
     * {@code pass ID SECONDS q1,q2,...}, times those queries for that long (one thread, in turn) and prints
     * {@code @pass ID {json}} with the raw samples; ends at end of input.
     */
    private static JsonObject inproc(Args a) throws Exception {
        String engine = a.get("engine");
        Path source = Path.of(a.get("source"));
        QueryMix mix = QueryMix.load(Path.of(a.get("queries")));
        long max = a.integer("max", 1_000_000);
        JsonObject o = Json.obj();
        o.put("engine", engine);
        long t0 = System.nanoTime();
        QueryEngine e = switch (engine) {
            case "jena-mem" -> JenaEngine.memory(source);
            case "jena-tdb2" -> JenaEngine.tdb2(source);
            case "rdf4j-mem" -> Rdf4jEngine.memory(source);
            default -> throw new IllegalArgumentException("unknown engine " + engine);
        };
        Json.put(o, "loadMs", (System.nanoTime() - t0) / 1e6);
        o.put("liveHeapAfterLoadMiB", Memory.liveHeapMiB());
        try (e) {
            MixRunner runner = new MixRunner(e);
            System.out.println("@check " + org.apache.jena.atlas.json.JSON.toStringFlat(Json.check(runner.check(mix))));
            System.out.flush();
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                    java.nio.charset.StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                String[] parts = line.strip().split(" ", 4);
                if (parts.length < 3 || !parts[0].equals("pass")) {
                    continue;
                }
                QueryMix q = mix.only(parts.length == 4 ? java.util.Set.of(parts[3].split(",")) : java.util.Set.of());
                Duration d = Duration.ofMillis((long) (Double.parseDouble(parts[2]) * 1000));
                JsonObject pass = Json.mixWithRaw(runner.latency(q, Duration.ZERO, d, max));
                System.out.println("@pass " + parts[1] + " " + org.apache.jena.atlas.json.JSON.toStringFlat(pass));
                System.out.flush();
            }
        }
        return o;
    }

    /** Fuseki over the N-Quads parsed into plain in-memory graphs: a prototype of serving the build's dump. */
    private static JsonObject serveNq(Args a) throws IOException {
        long t0 = System.nanoTime();
        DatasetGraph loaded = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        org.apache.jena.riot.RDFParser.source(Path.of(a.get("nq"))).lang(org.apache.jena.riot.Lang.NQUADS).parse(loaded);
        DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        loaded.find().forEachRemaining(q -> {
            dsg.add(q);
            dsg.getDefaultGraph().add(q.asTriple());
        });
        return serve(dsg, a, t0);
    }

    private static JsonObject tdb2Load(Args a) throws IOException {
        Path nq = Path.of(a.get("nq"));
        Path dir = Path.of(a.get("dir"));
        String kind = a.get("loader", "phased");
        if (Files.exists(dir)) {
            CorpusGenerator.deleteTree(dir);
        }
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        MonitorOutput quiet = (fmt, args) -> { };
        DataLoader loader = switch (kind) {
            case "parallel" -> LoaderFactory.parallelLoader(dsg, quiet);
            case "sequential" -> LoaderFactory.sequentialLoader(dsg, quiet);
            case "basic" -> LoaderFactory.basicLoader(dsg, quiet);
            default -> LoaderFactory.phasedLoader(dsg, quiet);
        };
        long t0 = System.nanoTime();
        loader.startBulk();
        try {
            loader.load(nq.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        long quads = loader.countQuads() + loader.countTriples();
        dsg.close();
        JsonObject o = Json.obj();
        o.put("loader", kind);
        o.put("quads", quads);
        Json.put(o, "loadMs", ms);
        Json.put(o, "quadsPerSecond", quads / (ms / 1000));
        o.put("diskMiB", du(dir) >> 20);
        return o;
    }

    private static JsonObject serveTdb2(Args a) throws IOException {
        long t0 = System.nanoTime();
        return serve(JenaEngine.openTdb2(Path.of(a.get("dir"))), a, t0);
    }

    /** Fuseki with serve's SPARQL settings: read-only /kg, loopback only, SERVICE off, a query timeout. */
    private static JsonObject serve(DatasetGraph dsg, Args a, long t0) throws IOException {
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        ARQ.getContext().set(ARQ.queryTimeout, a.get("timeout-ms", "30000"));
        // /kg as serve has it, without kept answers; /kgc the same endpoint with them (serve's default)
        long timeout = Long.parseLong(a.get("timeout-ms", "30000"));
        FusekiServer.Builder b = FusekiServer.create().port(a.integer("port", 0)).loopback(true).enablePing(true);
        // no row cap, so that answers at every size can be compared with the peer's
        Exposure e = Exposure.defaults().withMaxRows(Integer.MAX_VALUE - 1);
        Server.addQueryEndpoint(b, "/kg", dsg, timeout, e.withAnswerCache(0));
        Server.addQueryEndpoint(b, "/kgc", dsg, timeout, e);
        FusekiServer server = b.build();
        server.start();
        System.out.println("@ready " + server.getPort() + " " + (System.nanoTime() - t0) / 1_000_000);
        System.out.flush();
        InputStream in = System.in;
        while (in.read() >= 0) {
            // serve until the runner closes stdin
        }
        server.stop();
        dsg.close();
        return Json.obj();
    }

    static long du(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
