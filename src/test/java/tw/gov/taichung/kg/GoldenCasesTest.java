package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.load.LoadResult;
import tw.gov.taichung.kg.load.SourceBundle;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Problem;
import tw.gov.taichung.kg.validate.Validator;

/**
 * One directory per bad-input case under src/test/resources/cases: the files that differ from
 * {@code _base} and {@code expected.txt}, the exact problems (file:line:column: CODE message).
 * Run with -Dgolden.update=true to rewrite the expected files after a deliberate change.
 */
class GoldenCasesTest {
    static final Path CASES = Path.of("src/test/resources/cases");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("_")).sorted().toList().stream();
        }
    }

    /** The problems for a case: loader problems, or SHACL problems when loading found none. */
    static List<String> problems(Path caseDir) throws IOException {
        Path tmp = Files.createTempDirectory("tdkg-case-");
        copy(CASES.resolve("_base"), tmp);
        copy(caseDir, tmp);
        generate(caseDir.resolve("GENERATE"), tmp);
        SourceBundle bundle = SourceBundle.read(tmp);
        LoadResult r = KnowledgeGraph.load(bundle, Iris.defaults());
        List<Problem> ps = r.problems().isEmpty() ? Validator.standard().validate(r.dataset(), r.origins())
                : r.problems();
        return ps.stream().map(Problem::toString).toList();
    }

    /** Writes the large files a case names in GENERATE ("path codePoints" per line), too big to keep in git. */
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

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = from.relativize(p).toString();
                if (rel.equals("expected.txt") || rel.equals("GENERATE")) {
                    continue;
                }
                Path dest = to.resolve(rel);
                Files.createDirectories(dest.getParent());
                Files.copy(p, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void baseFixtureIsClean() throws IOException {
        assertEquals(List.of(), problems(CASES.resolve("_base")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblems(String name) throws IOException {
        Path dir = CASES.resolve(name);
        List<String> actual = problems(dir);
        Path expectedFile = dir.resolve("expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expectedFile), "missing " + expectedFile);
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        assertTrue(!expected.isEmpty(), "a bad-input case must expect at least one problem");
        assertEquals(expected, actual);
    }
}
