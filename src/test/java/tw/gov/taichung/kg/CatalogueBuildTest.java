package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the bad-input catalogue through the command line, as a curator meets it: {@code tdkg build}
 * prints every expected problem in one run (file, line, column, rule code, sentence), exits non-zero (3 when
 * a file cannot be read at all, 1 otherwise), and writes nothing: no output folder, no temporary folder
 * left behind.
 */
class CatalogueBuildTest {
    private static final Path CASES = GoldenCasesTest.CASES;
    private static final Set<String> UNREADABLE = Set.of("MISSING_FOLDER", "ENCODING", "YAML_SYNTAX", "FILE_TOO_LARGE",
            "EMPTY_FILE", "TEXT_MISSING", "UNREADABLE", "NOT_A_FILE", "OUTSIDE_DATA");

    @TempDir
    Path tmp;

    static Stream<String> cases() throws IOException {
        return GoldenCasesTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildReportsEveryProblemExitsNonZeroAndWritesNothing(String name) throws IOException {
        Path data = tmp.resolve("data");
        copy(CASES.resolve("_base"), data);
        copy(CASES.resolve(name), data);
        generate(CASES.resolve(name).resolve("GENERATE"), data);
        Path outParent = Files.createDirectories(tmp.resolve("out"));
        Path out = outParent.resolve("kg");

        CommandLineTest.Run r = CommandLineTest.run("build", "--data", data.toString(), "--out", out.toString());

        List<String> expected = Files.readAllLines(CASES.resolve(name).resolve("expected.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList();
        List<String> printed = r.err().lines().toList();
        for (String line : expected) {
            String withPath = data.resolve(line.substring(0, line.indexOf(':'))) + line.substring(line.indexOf(':'));
            assertTrue(printed.contains(withPath), "missing from stderr: " + withPath + "\n" + r.err());
        }
        assertTrue(r.err().contains(expected.size() + " problem" + (expected.size() == 1 ? "" : "s")
                + " found; nothing written."), r.err());
        boolean unreadable = expected.stream().anyMatch(l -> UNREADABLE.contains(l.split(" ")[1]));
        assertEquals(unreadable ? 3 : 1, r.code(), r.err());
        try (Stream<Path> s = Files.list(outParent)) {
            assertEquals(List.of(), s.toList(), "nothing is written, not even a temporary folder");
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = from.relativize(p).toString();
                if (rel.equals("expected.txt") || rel.equals("GENERATE")) {
                    continue;
                }
                Path dest = to.resolve(rel);
                Files.createDirectories(dest.getParent());
                Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** As in {@link GoldenCasesTest}: large files named in GENERATE ("path codePoints" per line). */
    private static void generate(Path spec, Path to) throws IOException {
        if (!Files.exists(spec)) {
            return;
        }
        for (String line : Files.readAllLines(spec)) {
            String[] f = line.strip().split("\\s+");
            StringBuilder sb = new StringBuilder("people:\n");
            for (int i = 0; sb.length() < Integer.parseInt(f[1]); i++) {
                sb.append("  - {id: p").append(i).append(", zh: 人物").append(i).append("}\n");
            }
            Path dest = to.resolve(f[0]);
            Files.createDirectories(dest.getParent());
            Files.writeString(dest, sb, StandardCharsets.UTF_8);
        }
    }
}
