package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.query.QueryLibrary;
import tw.gov.taichung.kg.serve.Exposure;
import tw.gov.taichung.kg.serve.Server;
import tw.gov.taichung.kg.serve.Store;

/** Kept answers on the real server: the same bytes again, per query and Accept, never with updates on. */
class AnswerCacheIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CACHE = "X-Answer-Cache";
    @TempDir
    static Path tmp;
    private static FusekiServer cached;
    private static FusekiServer small;
    private static FusekiServer off;
    private static FusekiServer writable;

    @BeforeAll
    static void start() throws IOException {
        var served = KnowledgeGraph.withUnionDefault(ExportFormatsTest.published());
        cached = Server.start(served, new Server.Options(0, 10_000, Iris.defaults(), null,
                Exposure.defaults().withMaxRows(5)));
        small = Server.start(served, new Server.Options(0, 10_000, Iris.defaults(), null,
                Exposure.defaults().withAnswerCache(64 * 1024)));
        off = Server.start(served, new Server.Options(0, 10_000, Iris.defaults(), null,
                Exposure.defaults().withAnswerCache(0)));
        Path passwords = tmp.resolve("passwords");
        Files.writeString(passwords, "curator: s3cret-curator\n");
        writable = Server.start(Store.inMemory(ExportFormatsTest.published()), new Server.Options(0, 10_000,
                Iris.defaults(), null, Exposure.defaults().withUpdates(passwords)));
    }

    @AfterAll
    static void stop() {
        for (FusekiServer s : new FusekiServer[] {cached, small, off, writable}) {
            s.stop();
        }
    }

    private static HttpResponse<String> get(FusekiServer s, String query, String accept) throws Exception {
        String url = "http://127.0.0.1:" + s.getPort() + "/kg/sparql?query=" + URLEncoder.encode(query,
                StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postForm(FusekiServer s, String query, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.getPort() + "/kg/sparql"))
                .header("Accept", accept).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> cache(HttpResponse<?> r) {
        return r.headers().firstValue(CACHE);
    }

    @Test
    void aQueryAskedAgainIsAnsweredFromMemoryWithTheSameBytesAndHeaders() throws Exception {
        String q = QueryLibrary.bundled().get("delegation").render(Map.of()) + "\n# cache test 1";
        HttpResponse<String> first = get(cached, q, "text/csv");
        HttpResponse<String> again = get(cached, q, "text/csv");
        HttpResponse<String> posted = postForm(cached, q, "text/csv");
        assertEquals(200, first.statusCode());
        assertEquals(Optional.empty(), cache(first));
        assertEquals(Optional.of("hit"), cache(again));
        assertEquals(Optional.of("hit"), cache(posted), "a form POST of the same query is the same question");
        assertEquals(first.body(), again.body());
        assertEquals(first.body(), posted.body());
        assertTrue(first.body().contains("張光瑤"), first.body());
        assertEquals(first.headers().firstValue("Content-Type"), again.headers().firstValue("Content-Type"));
    }

    @Test
    void anotherAcceptHeaderIsAnotherAnswer() throws Exception {
        String q = "SELECT ?s WHERE { ?s a <https://taichung-diplomacy.example/ontology#Trip> } ORDER BY ?s LIMIT 2";
        get(cached, q, "text/csv");
        HttpResponse<String> json = get(cached, q, "application/sparql-results+json");
        assertEquals(Optional.empty(), cache(json));
        assertTrue(json.body().startsWith("{"), json.body());
        assertEquals(Optional.of("hit"), cache(get(cached, q, "application/sparql-results+json")));
    }

    @Test
    void aCutAnswerKeepsSayingItWasCut() throws Exception {
        String q = "SELECT ?s WHERE { ?s a <https://taichung-diplomacy.example/ontology#Event> } ORDER BY ?s";
        HttpResponse<String> first = get(cached, q, "text/csv");
        HttpResponse<String> again = get(cached, q, "text/csv");
        assertEquals(Optional.of("hit"), cache(again));
        assertEquals(first.headers().firstValue("X-Result-Truncated"), again.headers().firstValue("X-Result-Truncated"));
        assertTrue(again.headers().firstValue("X-Result-Truncated").isPresent());
        assertEquals(6, again.body().split("\r?\n").length, again.body());
    }

    @Test
    void failuresAreNotKept() throws Exception {
        String bad = "SELECT WHERE {";
        assertEquals(400, get(cached, bad, "text/csv").statusCode());
        HttpResponse<String> again = get(cached, bad, "text/csv");
        assertEquals(400, again.statusCode());
        assertEquals(Optional.empty(), cache(again));
    }

    @Test
    void theLeastRecentlyUsedGoFirstWithinTheBudget() throws Exception {
        String a = "SELECT ?s ?o WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?o } ORDER BY ?s ?o LIMIT 20";
        get(small, a, "text/csv");
        assertEquals(Optional.of("hit"), cache(get(small, a, "text/csv")));
        for (int i = 0; i < 40; i++) {
            get(small, a + " OFFSET " + (20 * (i + 1)), "text/csv");
        }
        assertEquals(Optional.empty(), cache(get(small, a, "text/csv")), "pushed out by newer answers");
        String big = "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 3000";
        get(small, big, "text/csv");
        assertEquals(Optional.empty(), cache(get(small, big, "text/csv")), "larger than a sixteenth of the budget");
    }

    @Test
    void offWhenTurnedOffAndWhenUpdatesAreOn() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        for (FusekiServer s : new FusekiServer[] {off, writable}) {
            get(s, q, "text/csv");
            assertEquals(Optional.empty(), cache(get(s, q, "text/csv")));
        }
    }
}
