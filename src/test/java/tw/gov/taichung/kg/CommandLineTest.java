package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.gov.taichung.kg.cli.Main;

/** The command line as a user runs it: exit codes, messages on stderr, atomic and deterministic output. */
class CommandLineTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /**
     * The lines of {@code err} that the command printed: without log lines of other threads (servers of other
     * tests, which write to the same System.err, e.g. "[Scanner-1-1] WARN ...") and their stack traces.
     */
    static java.util.List<String> ownLines(String err) {
        java.util.List<String> out = new java.util.ArrayList<>();
        boolean inLog = false;
        for (String line : err.lines().toList()) {
            if (line.startsWith("[") && line.contains("] ")) {
                inLog = true;
                continue;
            }
            if (inLog && (line.startsWith("\t") || line.startsWith("java.") || line.startsWith("Caused by")
                    || line.startsWith("org."))) {
                continue;
            }
            inLog = false;
            out.add(line);
        }
        return out;
    }

    private Path copyOfData() throws IOException {
        Path d = tmp.resolve("data");
        try (Stream<Path> s = Files.walk(Path.of("data"))) {
            for (Path p : s.toList()) {
                Path dest = d.resolve(Path.of("data").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return d;
    }

    @Test
    void validateConformsOnTheCorpus() {
        Run r = run("validate");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("conforms: "), r.out());
    }

    @Test
    void validateNamesFileAndLineOfAnImpossibleDate() throws IOException {
        Path d = copyOfData();
        Path f = d.resolve("reports/2016-singapore-world-cities-summit.yaml");
        String yaml = Files.readString(f);
        int line = yaml.substring(0, yaml.indexOf("date: ROC 105-07-09\n    trip:")).split("\n", -1).length;
        Files.writeString(f, yaml.replace("date: ROC 105-07-09\n    trip:", "date: ROC 105-02-30\n    trip:"));
        Run r = run("validate", "--data", d.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(d.resolve("reports/2016-singapore-world-cities-summit.yaml") + ":" + line + ":11: BAD_DATE "
                + "'ROC 105-02-30' is not a real date"), r.err());
    }

    @Test
    void validateNamesFileAndLineOfAQuoteNotInTheReport() throws IOException {
        Path d = copyOfData();
        Path f = d.resolve("reports/2016-singapore-world-cities-summit.yaml");
        Files.writeString(f, Files.readString(f).replace("quote: (三)搭乘長榮航空班機返回臺灣", "quote: (三)搭乘華航班機返回臺灣"));
        Run r = run("validate", "--data", d.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().matches("(?s).*2016-singapore-world-cities-summit\\.yaml:\\d+:12: QUOTE_NOT_FOUND the quote "
                + "'\\(三\\)搭乘華航班機返回臺灣' does not occur in the report text.*"), r.err());
    }

    @Test
    void unreadableInputExitsThree() {
        Run r = run("validate", "--data", tmp.resolve("nowhere").toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("MISSING_FOLDER"), r.err());
    }

    @Test
    void usageErrorExitsTwo() {
        assertEquals(2, run("validate", "--no-such-option").code());
        assertEquals(2, run().code());
    }

    @Test
    void buildWritesNothingOnBadInput() throws IOException {
        Path d = copyOfData();
        Files.writeString(d.resolve("registry/broken.yaml"), "people: [");
        Path out = tmp.resolve("kg");
        Run r = run("build", "--data", d.toString(), "--out", out.toString());
        assertEquals(3, r.code());
        assertFalse(Files.exists(out));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.count(), "no temporary folder is left behind");
        }
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, run("build", "--out", a.toString()).code());
        assertEquals(0, run("build", "--out", b.toString()).code());
        for (String f : new String[] {"kg.nq", "kg.trig"}) {
            assertTrue(Files.size(a.resolve(f)) > 100_000, f);
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void queryPrintsAnAlignedTable() {
        Run r = run("query", "delegation");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("| person:chang-kuang-yao | 張光瑤 | 副市長 | 臺中市政府       |"), r.out());
        assertTrue(r.out().endsWith("2 rows\n"), r.out());
    }

    @Test
    void unknownQueryIsAUsageError() {
        Run r = run("query", "no-such-query");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no query named 'no-such-query'"));
    }
}
