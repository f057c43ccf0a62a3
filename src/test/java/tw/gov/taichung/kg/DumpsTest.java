package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.gov.taichung.kg.cli.Main;
import tw.gov.taichung.kg.export.Dumps;

/** {@code tdkg build} writes every dump and checksums, byte-identically twice; {@code tdkg export} agrees. */
class DumpsTest {
    @TempDir
    Path tmp;

    record Run(int code, byte[] out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toByteArray(), err.toString(java.nio.charset.StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void twoBuildsWriteTheSameBytesInEveryFormat() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Run ra = run("build", "--out", a.toString());
        assertEquals(0, ra.code(), ra.err());
        assertEquals(0, run("build", "--out", b.toString()).code());
        assertEquals(List.of(".tdkg-build", "SHA256SUMS", "context.jsonld", "kg.jsonld", "kg.nq", "kg.nt", "kg.rdf", "kg.trig",
                "kg.ttl", "void.ttl"), list(a));
        for (String f : Dumps.files()) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        for (String f : List.of("kg.nq", "kg.trig", "kg.ttl", "kg.nt", "kg.jsonld", "kg.rdf")) {
            assertTrue(Files.size(a.resolve(f)) > 1_000_000, f + " is " + Files.size(a.resolve(f)) + " bytes");
        }
        for (String line : Files.readAllLines(a.resolve("SHA256SUMS"))) {
            String hex = line.substring(0, 64);
            String file = line.substring(66);
            assertEquals(hex, HexFormat.of().formatHex(Dumps.sha256().digest(Files.readAllBytes(a.resolve(file)))),
                    file);
        }
        assertEquals(8, Files.readAllLines(a.resolve("SHA256SUMS")).size());
        assertTrue(ra.err().contains("kg.jsonld="), ra.err());

        Run ttl = run("export", "--format", "ttl");
        assertEquals(0, ttl.code(), ttl.err());
        assertArrayEquals(Files.readAllBytes(a.resolve("kg.ttl")), ttl.out(), "export to stdout = the built kg.ttl");
        Path rdf = tmp.resolve("out/kg.rdf");
        Run toFile = run("export", "--format", "RDF", "--out", rdf.toString());
        assertEquals(0, toFile.code(), toFile.err());
        assertArrayEquals(Files.readAllBytes(a.resolve("kg.rdf")), Files.readAllBytes(rdf));
        assertEquals(List.of("kg.rdf"), list(rdf.getParent()), "no temporary file is left behind");
    }

    @Test
    void exportNeedsAKnownFormat() {
        Run r = run("export", "--format", "n3");
        assertEquals(2, r.code());
        assertEquals("--format must be one of nq, trig, ttl, nt, jsonld, rdf, not 'n3'\n", r.err());
        assertEquals(0, r.out().length);
        assertEquals(2, run("export").code());
    }

    @Test
    void exportWritesNothingOnBadInput() throws IOException {
        Path out = tmp.resolve("kg.ttl");
        Run r = run("export", "--format", "ttl", "--data", tmp.resolve("nowhere").toString(), "--out", out.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("MISSING_FOLDER"), r.err());
        assertEquals(List.of(), list(tmp));
    }
}
