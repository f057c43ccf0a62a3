package tw.gov.taichung.kg.scaffold;

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

/**
 * {@code tdkg scaffold} as a user runs it, and the steps of docs/adding-a-report.md: put the text in
 * data/reports/, scaffold, review (fill the TODOs), validate.
 */
class ScaffoldCommandTest {
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

    /** A copy of data/ with one more report text, as after step 1 of the guide. */
    private Path dataWithNewReport(String name) throws IOException {
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
        Files.copy(SyntheticReportsTest.DIR.resolve("day-headings.txt"), d.resolve("reports/" + name));
        return d;
    }

    @Test
    void theGuidesStepsScaffoldReviewValidate() throws IOException {
        Path d = dataWithNewReport("2025-09-osaka-expo.txt");
        Path text = d.resolve("reports/2025-09-osaka-expo.txt");
        Path yaml = d.resolve("reports/2025-09-osaka-expo.yaml");

        Run s = run("scaffold", text.toString(), "--data", d.toString());
        assertEquals(0, s.code(), s.err());
        assertTrue(s.err().contains("wrote " + yaml + ": 1 trip, 2 members (1 linked), 7 events, 2 posts"), s.err());
        assertTrue(s.err().contains("UNMATCHED_PERSON") && s.err().contains("王大同"), s.err());
        String draft = Files.readString(yaml);
        assertTrue(draft.startsWith("# DRAFT fact file scaffolded by `tdkg scaffold` from reports/2025-09-osaka-expo.txt"));
        assertTrue(draft.contains("  id: 2025-09-osaka-expo\n"), "the report id is the file's name");

        Run before = run("validate", "--data", d.toString());
        assertEquals(1, before.code(), "a draft with TODOs does not validate");
        assertTrue(before.err().contains(yaml + ":") && before.err().contains("TODO"), before.err());

        DraftValidatesTest.Filled filled = DraftValidatesTest.fill(draft);
        Files.writeString(yaml, filled.yaml());
        Files.writeString(d.resolve("registry/2025-osaka.yaml"), filled.registry());
        Run after = run("validate", "--data", d.toString());
        assertEquals(0, after.code(), after.err());
    }

    @Test
    void neverOverwritesWithoutForce() throws IOException {
        Path d = dataWithNewReport("2025-09-osaka-expo.txt");
        Path text = d.resolve("reports/2025-09-osaka-expo.txt");
        Path yaml = d.resolve("reports/2025-09-osaka-expo.yaml");
        Files.writeString(yaml, "# curated by hand\n");
        Run r = run("scaffold", text.toString(), "--data", d.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(yaml + ": EXISTS"), r.err());
        assertEquals("# curated by hand\n", Files.readString(yaml));
        Run f = run("scaffold", text.toString(), "--data", d.toString(), "--force");
        assertEquals(0, f.code(), f.err());
        assertTrue(Files.readString(yaml).startsWith("# DRAFT"));
        try (Stream<Path> s = Files.list(yaml.getParent())) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void printsWithOutDashAndRejectsBadInput() throws IOException {
        Path d = dataWithNewReport("2025-09-osaka-expo.txt");
        Path text = d.resolve("reports/2025-09-osaka-expo.txt");
        Run p = run("scaffold", text.toString(), "--data", d.toString(), "--out", "-");
        assertEquals(0, p.code(), p.err());
        assertTrue(p.out().startsWith("# DRAFT"));
        assertFalse(Files.exists(d.resolve("reports/2025-09-osaka-expo.yaml")));

        assertEquals(3, run("scaffold", d.resolve("reports/missing.txt").toString(), "--data", d.toString()).code());
        Path latin1 = d.resolve("reports/latin1.txt");
        Files.write(latin1, new byte[] {(byte) 0xe9, 't', 'e'});
        Run bad = run("scaffold", latin1.toString(), "--data", d.toString());
        assertEquals(3, bad.code());
        assertTrue(bad.err().contains("ENCODING"), bad.err());
        assertEquals(2, run("scaffold", d.resolve("reports/2025.yaml").toString()).code());
        assertEquals(2, run("scaffold").code(), "the text is required");
    }
}
