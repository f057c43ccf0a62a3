package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tw.gov.taichung.kg.query.NamedQuery;
import tw.gov.taichung.kg.query.QueryLibrary;
import tw.gov.taichung.kg.query.QueryRunner;
import tw.gov.taichung.kg.serve.Server;

/**
 * Every named query in queries/ has an exact, hand-checked answer on the real corpus: the table
 * {@code tdkg query NAME} prints, kept in src/test/resources/query-answers/NAME.txt. Each query is run
 * in-process, over HTTP against the real embedded Fuseki, and through the command line, and all three
 * must give that answer. A few queries are also checked with other parameter values (NAME@key=value.txt).
 * Run with -Dgolden.update=true to rewrite the answer files after a deliberate change, then review the
 * diff against the report texts before committing.
 */
class QueryAnswersIT {
    static final Path QUERIES = Path.of("queries");
    static final Path ANSWERS = Path.of("src/test/resources/query-answers");

    /** Extra answers with non-default parameters: file stem -> (query, parameters). */
    static final Map<String, Map.Entry<String, Map<String, String>>> EXTRA = new TreeMap<>(Map.of(
            "people-met@person=huang-kuo-jung", Map.entry("people-met", Map.of("person", "huang-kuo-jung")),
            "trip-itinerary@trip=2017-11-mongolia", Map.entry("trip-itinerary", Map.of("trip", "2017-11-mongolia")),
            "pledges-by-status@status=in-the-works", Map.entry("pledges-by-status", Map.of("status", "in-the-works")),
            "agreements@type=friendship-city-agreement",
            Map.entry("agreements", Map.of("type", "friendship-city-agreement")),
            "fact-sources@fact=pledge:2016-04-sbf-bilateral-forum",
            Map.entry("fact-sources", Map.of("fact", "pledge:2016-04-sbf-bilateral-forum")),
            "partner-visits@asof=2026-12-31", Map.entry("partner-visits", Map.of("asof", "2026-12-31")),
            "person-posts@person=todd-gloria", Map.entry("person-posts", Map.of("person", "todd-gloria"))));

    private static FusekiServer server;
    private static String endpoint;

    @BeforeAll
    static void start() {
        server = Server.start(TestCorpus.served(), new Server.Options(0, 10_000));
        endpoint = "http://localhost:" + server.getPort() + "/kg/sparql";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static Stream<String> names() throws IOException {
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    static Stream<String> extras() {
        return EXTRA.keySet().stream();
    }

    private static NamedQuery query(String name) {
        NamedQuery q = QueryLibrary.bundled().get(name);
        assertTrue(q != null, "queries/" + name + ".rq is not bundled; rebuild");
        return q;
    }

    /** The in-process answer, compared with (or, with -Dgolden.update=true, written to) the answer file. */
    private static QueryRunner.Table checkAnswer(String stem, String sparql) throws IOException {
        QueryRunner.Table table = TestCorpus.runner().select(sparql);
        String actual = table.render();
        Path file = ANSWERS.resolve(stem + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(ANSWERS);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), "missing answer file " + file + " (run once with -Dgolden.update=true, "
                + "then check it by hand against the report texts)");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "answer of " + stem);
        return table;
    }

    private static QueryRunner.Table overHttp(String sparql) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(sparql).build()) {
            return TestCorpus.runner().table(qe.execSelect());
        }
    }

    @Test
    void theLibraryHasAtLeast25QueriesAllBundled() throws IOException {
        List<String> names = names().toList();
        assertTrue(names.size() >= 25, "only " + names.size() + " queries");
        assertEquals(names, List.copyOf(QueryLibrary.bundled().all().keySet()));
    }

    @Test
    void everyAnswerFileBelongsToAQuery() throws IOException {
        List<String> stems = new ArrayList<>(names().toList());
        stems.addAll(EXTRA.keySet());
        try (Stream<Path> s = Files.list(ANSWERS)) {
            for (Path p : s.toList()) {
                String stem = p.getFileName().toString().replaceAll("\\.txt$", "");
                assertTrue(stems.contains(stem), "answer file with no query: " + p);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void headerNamesTitlesDescriptionAndEveryParameter(String name) {
        NamedQuery q = query(name);
        assertNotEquals(name, q.titleZh(), "no '# title: zh | en' in " + name);
        assertNotEquals(q.titleZh(), q.titleEn(), "the title needs both zh-Hant and en: " + name);
        assertTrue(q.titleZh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "the first title is Chinese: " + name);
        assertFalse(q.description().isBlank(), "no '# description:' in " + name);
        assertEquals(q.params().keySet(), q.references(), "declared parameters (# param:) and $references of " + name);
        assertTrue(q.text().contains("ORDER BY"), name + " must order its answer");
        assertFalse(q.text().matches("(?s).*lang\\(\\?\\w+\\)\\s*=.*"), name + ": compare tags with langMatches()");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void exactAnswerInProcessAndOverHttp(String name) throws IOException {
        String sparql = query(name).render(Map.of());
        QueryRunner.Table local = checkAnswer(name, sparql);
        QueryRunner.Table remote = overHttp(sparql);
        assertEquals(local.vars(), remote.vars(), name + ": columns over HTTP");
        assertEquals(local.rows(), remote.rows(), name + ": rows over HTTP");
        assertEquals(local.rows(), TestCorpus.runner().select(sparql).rows(), name + ": a second run differs");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void sameAnswerThroughTheCommandLine(String name) throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("query", name);
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(ANSWERS.resolve(name + ".txt"), StandardCharsets.UTF_8), r.out());
    }

    /** A base other than the default, as a user serving on their own machine would choose. */
    static final String OTHER_BASE = "http://localhost:3030/";

    static Stream<String> stems() throws IOException {
        return Stream.concat(names(), extras());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stems")
    void sameAnswerUnderAnotherBase(String stem) throws IOException {
        Map.Entry<String, Map<String, String>> c = EXTRA.getOrDefault(stem, Map.entry(stem, Map.of()));
        String sparql = query(c.getKey()).render(c.getValue());
        assertEquals(Files.readString(ANSWERS.resolve(stem + ".txt"), StandardCharsets.UTF_8),
                TestCorpus.runnerAt(OTHER_BASE).select(sparql).render(), stem + " under the base " + OTHER_BASE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void namesNoInstanceIriOfOneBase(String name) {
        assertFalse(java.util.regex.Pattern.compile("https?://[^>\\s\"]*/(id|graph)/").matcher(query(name).text()).find(),
                name + " names an IRI under /id/ or /graph/ of one base; find entities by dct:identifier instead");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extras")
    void exactAnswerWithOtherParameters(String stem) throws IOException {
        Map.Entry<String, Map<String, String>> c = EXTRA.get(stem);
        String sparql = query(c.getKey()).render(c.getValue());
        QueryRunner.Table local = checkAnswer(stem, sparql);
        assertEquals(local.rows(), overHttp(sparql).rows(), stem + ": rows over HTTP");
        List<String> args = new ArrayList<>(List.of("query", c.getKey()));
        c.getValue().forEach((k, v) -> args.addAll(List.of("--param", k + "=" + v)));
        CommandLineTest.Run r = CommandLineTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertEquals(local.render(), r.out());
    }
}
