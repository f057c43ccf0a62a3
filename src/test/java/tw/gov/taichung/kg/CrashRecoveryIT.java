package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tw.gov.taichung.kg.model.Problem;
import tw.gov.taichung.kg.validate.Validator;

/**
 * {@code serve --tdb2 DIR} survives kill -9. The server runs as a separate JVM; a client sends numbered
 * updates one after another, and the process is killed (SIGKILL, {@link Process#destroyForcibly()}) while an
 * update is in flight. After each restart on the same folder: every acknowledged update is there in full,
 * the one in flight is there in full or not at all, no update is there in part, the counter that each update
 * moves agrees with them, and the data loaded at the start is untouched. At the end the database, opened
 * directly, still passes SHACL validation. Three kills; bounded in count and time.
 */
class CrashRecoveryIT {
    private static final String T = "urn:tdkg:crash:";
    /** Triples per update: large enough that a kill often lands while one is being written. */
    private static final int PARTS = 200;
    private static final int ROUNDS = 3;
    private static final Pattern SERVING = Pattern.compile("http://[^/]+:(\\d+)/kg/sparql");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(
            "curator:crash-test".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path tmp;

    /** A running server process, its port, and everything it printed on stderr. */
    record Served(Process process, int port, StringBuffer log) {
        String root() {
            return "http://127.0.0.1:" + port;
        }
    }

    Served serve(Path db) throws Exception {
        Path passwords = tmp.resolve("passwords");
        if (!Files.exists(passwords)) {
            Files.writeString(passwords, "curator: crash-test\n");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                "tw.gov.taichung.kg.cli.Main", "serve", "--data", Path.of("data").toAbsolutePath().toString(),
                "--tdb2", db.toString(), "--port", "0", "--timeout", "60", "--allow-update", "--password-file",
                passwords.toString());
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        StringBuffer log = new StringBuffer();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    log.append(line).append('\n');
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
            port.completeExceptionally(new IllegalStateException("the server stopped before serving:\n" + log));
        });
        reader.setDaemon(true);
        reader.start();
        return new Served(p, port.get(300, TimeUnit.SECONDS), log);
    }

    static HttpResponse<String> post(String url, String type, String body, boolean auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", type).header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth) {
            b.header("Authorization", AUTH);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The rows of a SELECT as CSV lines, without the header. */
    static List<String> select(Served s, String sparql) throws Exception {
        HttpResponse<String> r = post(s.root() + "/kg/sparql", "application/sparql-query", sparql, false);
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().skip(1).map(String::strip).toList();
    }

    /** Update {@code i}: {@value #PARTS} triples about write i, and the counter moved to i, in one request. */
    static String write(int i) {
        StringBuilder sb = new StringBuilder("PREFIX t: <" + T + ">\n"
                + "DELETE { GRAPH t:log { t:counter t:value ?old } }\n"
                + "INSERT { GRAPH t:log { t:counter t:value " + i + " .\n");
        for (int j = 0; j < PARTS; j++) {
            sb.append("  t:w").append(i).append(" t:part \"").append(i).append('-').append(j).append("\" .\n");
        }
        return sb.append("} }\nWHERE { OPTIONAL { GRAPH t:log { t:counter t:value ?old } } }\n").toString();
    }

    /** For each write found, how many of its triples are there. */
    static TreeMap<Integer, Integer> partsPresent(Served s) throws Exception {
        TreeMap<Integer, Integer> out = new TreeMap<>();
        for (String l : select(s, "PREFIX t: <" + T + ">\nSELECT ?w (COUNT(?x) AS ?n) WHERE { GRAPH t:log { "
                + "?w t:part ?x } } GROUP BY ?w")) {
            String[] f = l.split(",");
            out.put(Integer.parseInt(f[0].substring((T + "w").length())), Integer.parseInt(f[1]));
        }
        return out;
    }

    /**
     * Checks the database after a restart against what the client knows: {@code acked} writes must be there in
     * full, {@code unsure} ones (in flight at the kill) in full or not at all, others not at all.
     */
    static void check(Served s, TreeSet<Integer> acked, TreeSet<Integer> unsure, long baseQuads) throws Exception {
        TreeMap<Integer, Integer> present = partsPresent(s);
        for (var e : present.entrySet()) {
            assertEquals(PARTS, e.getValue(), "write " + e.getKey() + " is there only in part");
            assertTrue(acked.contains(e.getKey()) || unsure.contains(e.getKey()),
                    "write " + e.getKey() + " was never sent");
        }
        for (int i : acked) {
            assertTrue(present.containsKey(i), "acknowledged write " + i + " is lost");
        }
        List<String> counter = select(s, "PREFIX t: <" + T + ">\nSELECT ?v WHERE { GRAPH t:log { t:counter t:value ?v } }");
        assertEquals(present.isEmpty() ? List.of() : List.of(present.lastKey().toString()), counter,
                "the counter is the last write, once");
        unsure.removeIf(i -> !present.containsKey(i));
        acked.addAll(unsure);
        unsure.clear();
        assertEquals(List.of(Long.toString(baseQuads)), select(s, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(?g != <" + T + "log>) }"), "the loaded data is untouched");
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void everyAcknowledgedWriteSurvivesKillDashNine() throws Exception {
        Path db = tmp.resolve("db");
        long baseQuads = ExportFormatsTest.published().stream().count();
        Random random = new Random(20260722L);
        TreeSet<Integer> acked = new TreeSet<>();
        TreeSet<Integer> unsure = new TreeSet<>();
        AtomicInteger next = new AtomicInteger(1);
        StringBuilder story = new StringBuilder();
        for (int round = 1; round <= ROUNDS; round++) {
            Served s = serve(db);
            check(s, acked, unsure, baseQuads);
            int target = 10 + random.nextInt(30);
            int pause = random.nextInt(15);
            AtomicInteger acksThisRound = new AtomicInteger();
            Thread killer = new Thread(() -> {
                try {
                    while (acksThisRound.get() < target) {
                        Thread.sleep(1);
                    }
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                s.process().destroyForcibly();
            });
            killer.start();
            while (s.process().isAlive()) {
                int i = next.getAndIncrement();
                unsure.add(i);
                HttpResponse<String> r;
                try {
                    r = post(s.root() + "/kg/update", "application/sparql-update", write(i), true);
                } catch (IOException killed) {
                    break;
                }
                assertEquals(204, r.statusCode(), r.body());
                unsure.remove(i);
                acked.add(i);
                acksThisRound.incrementAndGet();
            }
            killer.join();
            assertTrue(s.process().waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, s.process().exitValue(), "killed by SIGKILL");
            story.append("round ").append(round).append(": kill after ").append(target).append(" acknowledged + ")
                    .append(pause).append(" ms; in flight: ").append(unsure).append('\n');
        }
        Served last = serve(db);
        try {
            check(last, acked, unsure, baseQuads);
        } finally {
            last.process().destroy();
            last.process().waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(acked.size() >= ROUNDS * 10, story.toString());
        System.err.println("kill -9 test:\n" + story + acked.size() + " writes present after " + ROUNDS + " kills");

        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        try {
            List<Problem> problems = Txn.calculateRead(dsg, () -> Validator.standard().validate(dsg, new HashMap<>()));
            assertEquals(List.of(), problems, "the database still validates");
            long parts = Txn.calculateRead(dsg, () -> (long) dsg.getGraph(
                    org.apache.jena.graph.NodeFactory.createURI(T + "log")).size());
            assertEquals((long) acked.size() * PARTS + 1, parts, "each write in full, one counter");
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aKillDuringTheFirstLoadLeavesNothingHalfLoaded() throws Exception {
        Path db = tmp.resolve("db-first-load");
        long baseQuads = ExportFormatsTest.published().stream().count();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                "tw.gov.taichung.kg.cli.Main", "serve", "--data", Path.of("data").toAbsolutePath().toString(),
                "--tdb2", db.toString(), "--port", "0").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (!Files.exists(db.resolve("Data-0001")) && System.nanoTime() < deadline && p.isAlive()) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the server stopped on its own");
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        try (var files = Files.list(db)) {
            assertFalse(files.toList().isEmpty(), "the database folder was made before the kill");
        }
        Served s = serve(db);
        try {
            assertTrue(s.log().toString().contains("loading the graph into a new TDB2 database"), s.log().toString());
            assertEquals(List.of(Long.toString(baseQuads)), select(s, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { "
                    + "?s ?p ?o } }"), "the restart loads the data again, in full");
        } finally {
            s.process().destroy();
            s.process().waitFor(30, TimeUnit.SECONDS);
        }
    }

}
