package tw.gov.taichung.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short run of the harness on the real corpus: the staged build, TDB2 load, Fuseki over TDB2 over HTTP and
 * RDF4J in process, each in its own JVM, timed for a fraction of a second each. It checks that the
 * harness works and that the engines agree, never how fast anything is.
 */
class BenchSmokeTest {
    @TempDir
    Path tmp;

    @Test
    void shortRunMeasuresEveryStageAndTheEnginesAgree() throws Exception {
        BenchOptions o = new BenchOptions(List.of(1), tmp.resolve("work"), Path.of("data").toAbsolutePath(),
                Path.of("queries").toAbsolutePath(), tmp.resolve("results.json"), tmp.resolve("report.md"),
                Path.of("").toAbsolutePath(), null, Set.of("fuseki-tdb2", "rdf4j-mem"), 0.1, 0.3, 2, 1,
                "1g", 0, 0, 1, List.of(), false, false);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        JsonObject res = new BenchRunner(o, new PrintStream(log, true, StandardCharsets.UTF_8)).run();
        String text = log.toString(StandardCharsets.UTF_8);
        JsonObject x1 = res.get("sizes").getAsObject().get("1").getAsObject();
        assertTrue(!x1.hasKey("errors"), () -> "no step fails: " + x1.get("errors") + "\n" + text);
        JsonObject phases = x1.get("phases").getAsObject();
        assertEquals(0, (int) Json.num(phases, "problems"));
        assertTrue(Json.num(phases, "quads") > 30_000, "the real corpus has over 30,000 quads");
        assertTrue(Json.num(phases, "shaclMs") > 0);
        assertTrue(Json.num(x1.get("stores").getAsObject().get("tdb2").getAsObject(), "quads")
                == Json.num(phases, "quads"), "TDB2 holds every quad");
        long delegation = rows(x1, "http", "fuseki-tdb2", "delegation");
        assertEquals(2, delegation, "the 2016 Singapore delegation has two named members");
        assertEquals(delegation, rows(x1, "inproc", "rdf4j-mem", "delegation"));
        for (String e : List.of("rdf4j-mem")) {
            JsonObject w = x1.get("inproc").getAsObject().get(e).getAsObject();
            assertTrue(w.get("common").getAsObject().get("latency").getAsObject().get("requests").getAsNumber()
                    .value().longValue() > 0, e + " was timed");
        }
        String md = Files.readString(o.report());
        assertTrue(md.contains("### How the build grows"), md);
        assertTrue(md.contains("| x1 | fuseki-tdb2 |"), md);
        assertTrue(Files.exists(o.results()));
    }

    private static long rows(JsonObject size, String kind, String engine, String query) {
        JsonObject check = size.get(kind).getAsObject().get(engine).getAsObject().get("check").getAsObject();
        return check.get("rows").getAsObject().get(query).getAsNumber().value().longValue();
    }
}
