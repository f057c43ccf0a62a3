package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.gov.taichung.kg.ServerSafetyIT.ask;
import static tw.gov.taichung.kg.ServerSafetyIT.post;
import static tw.gov.taichung.kg.ServerSafetyIT.query;
import static tw.gov.taichung.kg.ServerSafetyIT.raw;
import static tw.gov.taichung.kg.ServerSafetyIT.send;
import static tw.gov.taichung.kg.ServerSafetyIT.update;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.serve.Exposure;
import tw.gov.taichung.kg.serve.Server;
import tw.gov.taichung.kg.serve.Store;

/**
 * The hostile requests of issue 18 (items 6 and 7), over real HTTP on port 0: each gets a clean refusal with
 * its exact status and sentence, and the server goes on answering others.
 */
@Timeout(120)
class HostileClientIT {
    private static final String TSV = "text/tab-separated-values";
    private static final long ANSWER_BYTES = 20_000;
    /** The regular expression of the issue: 30 letters and a backtracking pattern with a back-reference. */
    private static final String EVIL = "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(a*)*\\\\1b\"";

    @TempDir
    static Path tmp;
    private static FusekiServer readOnly;
    private static FusekiServer writable;
    private static String ro;
    private static String rw;

    @BeforeAll
    static void start() throws IOException {
        Exposure limits = Exposure.defaults().withMaxAnswerBytes(ANSWER_BYTES).withAnswerCache(0);
        readOnly = Server.start(KnowledgeGraph.withUnionDefault(ExportFormatsTest.published()),
                new Server.Options(0, 1_000, Iris.defaults(), Path.of("data/reports"), limits));
        ro = "http://127.0.0.1:" + readOnly.getPort();
        Path passwords = tmp.resolve("passwords");
        Files.writeString(passwords, "curator: s3cret-curator\n");
        writable = Server.start(Store.inMemory(ExportFormatsTest.published()),
                new Server.Options(0, 1_000, Iris.defaults(), null, limits.withUpdates(passwords)));
        rw = "http://127.0.0.1:" + writable.getPort();
    }

    @AfterAll
    static void stop() {
        readOnly.stop();
        writable.stop();
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    // --- item 7: the query endpoint ---

    @Test
    void aBacktrackingRegexStopsAtTheTimeout() {
        for (String q : new String[] {"ASK { FILTER(REGEX(" + EVIL + ")) }",
            "SELECT (REGEX(?x, \"(a*)*\\\\1b\") AS ?m) WHERE { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" AS ?x) }",
            "SELECT (REPLACE(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(a*)*\\\\1b\", \"x\") AS ?r) {}"}) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = query(ro, q, TSV);
            long ms = millis(t0);
            assertEquals(503, r.statusCode(), q + "\n" + r.body());
            assertEquals("Query timed out", r.body().strip());
            assertTrue(ms < 6_000, q + " answered after " + ms + " ms with a 1 s timeout");
        }
        assertEquals("true", query(ro, "SELECT (REGEX(\"Taichung\", \"^tai\", \"i\") AS ?m) {}", "text/csv").body()
                .lines().skip(1).findFirst().orElse(""), "an ordinary regex still works");
        assertEquals("Taipei", query(ro, "SELECT (REPLACE(\"Taichung\", \"chung\", \"pei\") AS ?m) {}", "text/csv")
                .body().lines().skip(1).findFirst().orElse(""));
    }

    @Test
    void queriesTooDeepOrTooLongAreA400WithASentence() {
        StringBuilder unions = new StringBuilder("SELECT * WHERE { { ?s ?p ?o }");
        for (int i = 1; i < 3100; i++) {
            unions.append(" UNION { ?s ?p ").append(i).append(" }");
        }
        HttpResponse<String> r = send(post(ro + "/kg/sparql", "application/sparql-query", unions.append(" }").toString()));
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("the request has 3099 UNION, OPTIONAL and MINUS clauses; at most 512 are accepted", r.body().strip());
        String nested = "SELECT * WHERE { FILTER(" + "(".repeat(5000) + "1" + ")".repeat(5000) + ") }";
        HttpResponse<String> deep = query(ro, nested, TSV);
        assertEquals(400, deep.statusCode(), deep.body());
        assertEquals("the request nests brackets 5002 deep; at most 64 are accepted", deep.body().strip());
        String inString = "ASK { FILTER(\"" + "{(".repeat(100) + " UNION\" != \"\") }";
        assertEquals(200, query(ro, inString, TSV).statusCode(), "brackets and keywords in strings do not count");
    }

    @Test
    void answersAreCutAtTheByteCap() {
        HttpResponse<String> r = query(ro, "SELECT * WHERE { ?s ?p ?o }", TSV);
        assertEquals(200, r.statusCode());
        assertEquals("true", r.headers().firstValue("X-Result-Truncated").orElse(null));
        assertEquals(Long.toString(ANSWER_BYTES), r.headers().firstValue("X-Result-Byte-Limit").orElse(null));
        int bytes = r.body().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= ANSWER_BYTES * 2 && bytes > ANSWER_BYTES / 4, bytes + " bytes");
        assertTrue(r.body().endsWith("\n"), "cut between rows");
        HttpResponse<String> graph = query(ro, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples");
        assertEquals(200, graph.statusCode());
        assertEquals("true", graph.headers().firstValue("X-Result-Truncated").orElse(null));
        assertTrue(graph.body().length() <= ANSWER_BYTES * 2, graph.body().length() + " characters");
        StringBuilder optionals = new StringBuilder("SELECT * WHERE { ?s0 ?p0 ?o0 ");
        for (int i = 1; i <= 40; i++) {
            optionals.append("OPTIONAL { ?s").append(i).append(" ?p").append(i).append(" ?o").append(i - 1).append(" ");
        }
        optionals.append("}".repeat(40)).append(" }");
        HttpResponse<String> wide = query(ro, optionals.toString(), TSV);
        assertTrue(wide.statusCode() == 200 || wide.statusCode() == 503, wide.statusCode() + " " + wide.body());
        assertTrue(wide.body().length() <= ANSWER_BYTES * 4, wide.body().length() + " characters");
    }

    @Test
    void traceIsOff() throws IOException {
        String response = raw(readOnly.getPort(), "TRACE / HTTP/1.1\r\nHost: localhost\r\nX-Secret: s3cret\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 405 "), response);
        assertTrue(response.contains("405 Method Not Allowed: TRACE is turned off"), response);
        assertFalse(response.contains("s3cret"), "no header is echoed");
    }

    @Test
    void aMalformedAuthorizationOrAnUnknownCharsetIsA400() {
        String sentence = "400 Bad Request: the Authorization header is not valid Basic credentials (base64 of user:password)";
        for (String root : new String[] {ro, rw}) {
            for (String path : new String[] {"/kg/sparql", "/kg/update"}) {
                HttpResponse<String> r = send(post(root + path, "application/sparql-query", "ASK {}")
                        .header("Authorization", "Basic %%%%"));
                assertEquals(400, r.statusCode(), root + path + " " + r.body());
                assertEquals(sentence, r.body().strip());
            }
        }
        HttpResponse<String> cs = send(post(ro + "/kg/sparql", "application/sparql-query; charset=no-such-charset",
                "ASK {}"));
        assertEquals(400, cs.statusCode(), cs.body());
        assertEquals("400 Bad Request: the character set 'no-such-charset' in Content-Type is not known; send UTF-8",
                cs.body().strip());
        HttpResponse<String> illegal = send(post(ro + "/kg/sparql", "application/x-www-form-urlencoded; charset=@@",
                "query=ASK%7B%7D"));
        assertEquals(400, illegal.statusCode(), illegal.body());
    }

    @Test
    void everyHtmlPageHasACspAndNosniff() {
        for (String path : new String[] {"/", "/id/person/chang-kuang-yao", "/timeline", "/no-such-page"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(ro + path)).header("Accept", "text/html"));
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'"),
                    path + " " + r.headers().map());
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
    }

    @Test
    void slowSendersAreDroppedAndOthersAnswered() throws Exception {
        List<Socket> slow = new ArrayList<>();
        long t0 = System.nanoTime();
        try {
            for (int i = 0; i < 16; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), readOnly.getPort());
                s.setSoTimeout(15_000);
                s.getOutputStream().write(("POST /kg/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                        + "application/sparql-query\r\nContent-Length: 100\r\n\r\nA").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            assertEquals("yes", ask(ro, "?s ?p ?o"), "others are answered meanwhile");
            for (Socket s : slow) {
                String answer = readAll(s.getInputStream());
                assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 408 "), answer);
                assertFalse(answer.contains("Exception"), answer);
            }
            long ms = millis(t0);
            assertTrue(ms < 12_000, "dropped after " + ms + " ms");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    private static String readAll(InputStream in) throws IOException {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the slow sender was not dropped", e);
        } catch (IOException e) {
            return ""; // reset: dropped
        }
    }

    // --- item 6: the update endpoint ---

    @Test
    void loadIsRefusedAndNoUrlIsFetched() throws IOException {
        String sentence = "LOAD is turned off: the server reads no file and fetches no URL for a client; send the "
                + "data itself (INSERT DATA, or PUT it to /kg/data)";
        HttpResponse<String> file = update(rw, "LOAD <file:///etc/passwd> INTO GRAPH <urn:tdkg-test:passwd>", "curator",
                "s3cret-curator");
        assertEquals(400, file.statusCode(), file.body());
        assertEquals(sentence, file.body().strip());
        try (ServerSocket target = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            target.setSoTimeout(500);
            HttpResponse<String> url = update(rw, "LOAD SILENT <http://127.0.0.1:" + target.getLocalPort() + "/x.ttl>",
                    "curator", "s3cret-curator");
            assertEquals(400, url.statusCode(), url.body());
            assertEquals(sentence, url.body().strip());
            try (Socket s = target.accept()) {
                throw new AssertionError("the server fetched the URL");
            } catch (SocketTimeoutException expected) {
                // nobody came
            }
        }
        assertEquals("no", ask(rw, "GRAPH <urn:tdkg-test:passwd> { ?s ?p ?o }"));
    }

    @Test
    void aCrossSiteWriteIsRefused() {
        String insert = "INSERT DATA { GRAPH <urn:tdkg-test:csrf> { <urn:tdkg-test:s> <urn:tdkg-test:p> 1 } }";
        HttpResponse<String> r = send(post(rw + "/kg/update", "application/x-www-form-urlencoded", "update="
                + java.net.URLEncoder.encode(insert, StandardCharsets.UTF_8)).header("Origin", "https://evil.example")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "curator:s3cret-curator".getBytes(StandardCharsets.UTF_8))));
        assertEquals(403, r.statusCode(), r.body());
        assertEquals("403 Forbidden: a write from another site (Origin: https://evil.example) is refused; send updates "
                + "from this server's pages or from a client that is not a browser", r.body().strip());
        assertEquals("no", ask(rw, "GRAPH <urn:tdkg-test:csrf> { ?s ?p ?o }"));
        HttpResponse<String> same = send(post(rw + "/kg/update", "application/sparql-update", insert)
                .header("Origin", rw).header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("curator:s3cret-curator".getBytes(StandardCharsets.UTF_8))));
        assertEquals(204, same.statusCode(), same.body());
    }

    @Test
    void anUpdatePastTheTimeoutIsUndoneAndReleasesTheLock() {
        long t0 = System.nanoTime();
        HttpResponse<String> r = update(rw, "INSERT { GRAPH <urn:tdkg-test:slow> { ?a <urn:tdkg-test:p> ?c } } "
                + "WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "curator", "s3cret-curator");
        long ms = millis(t0);
        assertEquals(503, r.statusCode(), r.body());
        assertEquals("Update timed out after 1000 ms; nothing was changed", r.body().strip());
        assertTrue(ms < 8_000, "answered after " + ms + " ms");
        HttpResponse<String> regex = update(rw, "INSERT { GRAPH <urn:tdkg-test:slow> { <urn:tdkg-test:s> <urn:tdkg-test:p> 1 } } "
                + "WHERE { FILTER(REGEX(" + EVIL + ")) }", "curator", "s3cret-curator");
        assertEquals(503, regex.statusCode(), regex.body());
        assertEquals("no", ask(rw, "GRAPH <urn:tdkg-test:slow> { ?s ?p ?o }"), "nothing of either was applied");
        assertEquals(204, update(rw, "INSERT DATA { GRAPH <urn:tdkg-test:after> { <urn:tdkg-test:s> <urn:tdkg-test:p> 1 } }",
                "curator", "s3cret-curator").statusCode(), "the write lock is free again");
    }

    @Test
    void failedLoginsAreSlowed() throws InterruptedException {
        // No timed assertion: a 429 is only required of a retry that provably came inside the wait (the machine may be
        // slow enough for the wait to pass first), and the waits are only required to end.
        String insert = "INSERT DATA { GRAPH <urn:tdkg-test:guess> { <urn:tdkg-test:s> <urn:tdkg-test:p> 1 } }";
        long failed = System.nanoTime();
        assertEquals(401, update(rw, insert, "curator", "guess-1").statusCode());
        HttpResponse<String> again = update(rw, insert, "curator", "guess-2");
        if ((System.nanoTime() - failed) / 1_000_000 < 100) {
            assertEquals(429, again.statusCode(), again.body());
        }
        if (again.statusCode() == 429) {
            assertTrue(again.body().startsWith("429 Too Many Requests: 1 failed login in a row from this address; try "
                    + "again in "), again.body());
            assertEquals("1", again.headers().firstValue("Retry-After").orElse(null));
        }
        Thread.sleep(5_100);
        assertEquals(204, update(rw, insert, "curator", "s3cret-curator").statusCode(), "the wait ends");
        assertEquals(401, update(rw, insert, "curator", "guess-4").statusCode(), "a success clears the count");
        Thread.sleep(5_100);
        assertEquals(204, update(rw, insert, "curator", "s3cret-curator").statusCode());
    }

}
