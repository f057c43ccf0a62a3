package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.serve.Exposure;
import tw.gov.taichung.kg.serve.Server;
import tw.gov.taichung.kg.serve.Store;

/**
 * The server's defaults as a hostile client meets them, over real HTTP: no write endpoint at all unless
 * updates are turned on, and then basic auth on the update endpoints only; SERVICE refused (422); a query past
 * the timeout refused (503); a malformed query answered 400 with the parser's message; answers capped at
 * a row limit with a header saying so; request bodies and query strings bounded (413, 414, 411); no path
 * traversal; loopback unless a host is given.
 */
@Timeout(120)
class ServerSafetyIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int MAX_ROWS = 100;
    private static final long MAX_QUERY_BYTES = 8 * 1024;
    private static final long MAX_UPDATE_BYTES = 64 * 1024;
    private static final String TSV = "text/tab-separated-values";
    /** A query that cannot finish within the one-second timeout: a three-way cross product of the data. */
    private static final String SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @TempDir
    static Path tmp;
    private static FusekiServer readOnly;
    private static FusekiServer writable;
    private static String ro;
    private static String rw;

    @BeforeAll
    static void start() throws IOException {
        Exposure limits = Exposure.defaults().withMaxRows(MAX_ROWS).withMaxBytes(MAX_QUERY_BYTES, MAX_UPDATE_BYTES);
        readOnly = Server.start(KnowledgeGraph.withUnionDefault(ExportFormatsTest.published()),
                new Server.Options(0, 1_000, Iris.defaults(), Path.of("data/reports"), limits));
        ro = "http://127.0.0.1:" + readOnly.getPort();
        Path passwords = tmp.resolve("passwords");
        Files.writeString(passwords, "curator: s3cret-curator\n");
        writable = Server.start(Store.inMemory(ExportFormatsTest.published()),
                new Server.Options(0, 10_000, Iris.defaults(), null, limits.withUpdates(passwords)));
        rw = "http://127.0.0.1:" + writable.getPort();
    }

    @AfterAll
    static void stop() {
        readOnly.stop();
        writable.stop();
    }

    static HttpResponse<String> send(HttpRequest.Builder req) {
        try {
            return HTTP.send(req.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder post(String url, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static HttpResponse<String> query(String root, String sparql, String accept) {
        return send(post(root + "/kg/sparql", "application/sparql-query", sparql).header("Accept", accept));
    }

    static HttpResponse<String> update(String root, String sparql, String user, String password) {
        HttpRequest.Builder req = post(root + "/kg/update", "application/sparql-update", sparql);
        if (user != null) {
            req.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return send(req);
    }

    /** The number of rows in a TSV answer (no value holds a raw line break in TSV). */
    static int rows(HttpResponse<String> r) {
        return (int) r.body().lines().count() - 1;
    }

    static String ask(String root, String pattern) {
        return query(root, "ASK { " + pattern + " }", "text/plain").body().strip();
    }

    // --- read-only by default ---

    @Test
    void withoutAllowUpdateThereIsNoWriteEndpoint() {
        String insert = "INSERT DATA { GRAPH <urn:tdkg-test:g> { <urn:tdkg-test:s> <urn:tdkg-test:p> <urn:tdkg-test:o> } }";
        assertEquals(404, update(ro, insert, null, null).statusCode(), "no /kg/update at all");
        assertEquals(404, update(ro, insert, "curator", "s3cret-curator").statusCode(), "not even with credentials");
        HttpResponse<String> viaDataset = send(post(ro + "/kg", "application/sparql-update", insert));
        assertEquals(400, viaDataset.statusCode());
        assertTrue(viaDataset.body().contains("No operation for request"), viaDataset.body());
        HttpResponse<String> form = send(post(ro + "/kg/sparql", "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8)));
        assertEquals(400, form.statusCode(), form.body());
        assertEquals(404, send(post(ro + "/kg/data?graph=urn:tdkg-test:g", "text/turtle", "<urn:tdkg-test:s> <urn:tdkg-test:p> <urn:tdkg-test:o> ."))
                .statusCode());
        assertEquals(405, send(HttpRequest.newBuilder(URI.create(ro + "/kg?graph=urn:tdkg-test:g"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:tdkg-test:s> <urn:tdkg-test:p> <urn:tdkg-test:o> ."))).statusCode());
        assertEquals(405, send(HttpRequest.newBuilder(URI.create(ro + "/kg?default")).DELETE()).statusCode());
        assertEquals("no", ask(ro, "GRAPH ?g { <urn:tdkg-test:s> ?p ?o }"), "nothing was written");
        assertEquals("yes", ask(ro, "?s ?p ?o"), "and nothing was deleted");
    }

    @Test
    void noAdminModule() {
        for (String path : new String[] {"/$/datasets", "/$/server", "/$/backup/kg", "/$/compact/kg"}) {
            assertEquals(404, send(HttpRequest.newBuilder(URI.create(ro + path)).GET()).statusCode(), path);
        }
    }

    @Test
    void serviceQueriesAreRefusedWith422() {
        HttpResponse<String> r = query(ro, "SELECT * WHERE { SERVICE <" + ro + "/kg/sparql> { ?s ?p ?o } } LIMIT 1",
                TSV);
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE execution disabled"), r.body());
    }

    @Test
    void aQueryPastTheTimeoutIsRefusedWith503() {
        long t0 = System.nanoTime();
        HttpResponse<String> r = query(ro, SLOW, TSV);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertEquals("Query timed out", r.body().strip());
        assertTrue(millis < 15_000, "refused after " + millis + " ms with a 1 s timeout");
        assertEquals(200, query(ro, "ASK { ?s ?p ?o }", TSV).statusCode(), "the server still answers");
    }

    @Test
    void aMalformedQueryIsA400WithTheParsersMessage() {
        HttpResponse<String> r = query(ro, "SELECT ?s WHERE { ?s ?p }", TSV);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().startsWith("Parse error:"), r.body());
        assertTrue(r.body().contains("line 1, column"), r.body());
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(ro + "/kg/sparql?query="
                + URLEncoder.encode("SELEC * {}", StandardCharsets.UTF_8))).GET());
        assertEquals(400, get.statusCode());
        assertTrue(get.body().contains("Lexical error at line 1, column 6"), get.body());
    }

    @Test
    void answersAreCutAtTheRowCapAndSaySo() {
        HttpResponse<String> all = query(ro, "SELECT * WHERE { ?s ?p ?o }", TSV);
        assertEquals(200, all.statusCode());
        assertEquals(MAX_ROWS, rows(all));
        assertEquals("true", all.headers().firstValue("X-Result-Truncated").orElse(null));
        assertEquals(Integer.toString(MAX_ROWS), all.headers().firstValue("X-Result-Row-Limit").orElse(null));

        HttpResponse<String> exact = query(ro, "SELECT * WHERE { ?s ?p ?o } LIMIT " + MAX_ROWS, TSV);
        assertEquals(MAX_ROWS, rows(exact));
        assertNull(exact.headers().firstValue("X-Result-Truncated").orElse(null), "exactly the cap is not cut");

        HttpResponse<String> few = query(ro, "SELECT ?g WHERE { GRAPH ?g { } }", TSV);
        assertEquals(8, rows(few), few.body());
        assertNull(few.headers().firstValue("X-Result-Truncated").orElse(null));

        HttpResponse<String> graph = query(ro, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples");
        assertEquals(200, graph.statusCode());
        assertEquals(MAX_ROWS, graph.body().lines().count());
        assertEquals("true", graph.headers().firstValue("X-Result-Truncated").orElse(null));
    }

    // --- bounded requests ---

    @Test
    void aBodyOverTheLimitIsA413() {
        String big = "ASK { ?s ?p ?o } #" + "x".repeat((int) MAX_QUERY_BYTES);
        HttpResponse<String> r = query(ro, big, TSV);
        assertEquals(413, r.statusCode());
        assertEquals("413 Content Too Large: the request body is " + (big.length()) + " bytes; this endpoint "
                + "accepts at most " + MAX_QUERY_BYTES + " bytes", r.body().strip());
        HttpResponse<String> form = send(post(ro + "/kg/sparql", "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(big, StandardCharsets.UTF_8)));
        assertEquals(413, form.statusCode());
    }

    @Test
    void aChunkedBodyIsCountedAsItArrives() {
        String big = "ASK { ?s ?p ?o } #" + "x".repeat((int) MAX_QUERY_BYTES);
        assertEquals(413, send(chunked(ro + "/kg/sparql", "application/sparql-query", big)).statusCode());
        HttpResponse<String> small = send(chunked(ro + "/kg/sparql", "application/sparql-query", "ASK { ?s ?p ?o }")
                .header("Accept", "text/plain"));
        assertEquals(200, small.statusCode(), small.body());
        assertEquals("yes", small.body().strip());
        assertEquals(411, send(chunked(ro + "/kg/sparql", "application/x-www-form-urlencoded", "query=ASK%7B%7D"))
                .statusCode(), "a form must say its length");
    }

    static HttpRequest.Builder chunked(String url, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
    }

    @Test
    void aQueryStringOverTheLimitIsA414() {
        String q = URLEncoder.encode("ASK { ?s ?p ?o } #" + "x".repeat((int) MAX_QUERY_BYTES), StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(ro + "/kg/sparql?query=" + q)).GET());
        assertEquals(414, r.statusCode());
        assertTrue(r.body().startsWith("414 URI Too Long: the query string is "), r.body());
    }

    // --- no path traversal ---

    @ParameterizedTest
    @ValueSource(strings = {"/texts/../pom.xml", "/texts/..%2f..%2fpom.xml", "/texts/%2e%2e/%2e%2e/pom.xml",
        "/texts/%2e%2e%2f%2e%2e%2fpom.xml", "/texts/..%5c..%5cpom.xml", "/texts/%252e%252e%252fpom.xml",
        "/texts/..;/..;/pom.xml", "/texts/2016-singapore-world-cities-summit.txt%00.yaml", "/texts//etc/passwd",
        "/dumps/../../pom.xml", "/dumps/..%2f..%2fpom.xml", "/dumps/%2e%2e/%2e%2e/etc/passwd",
        "/dumps/kg.nq/../../pom.xml", "/assets/../../pom.xml", "/assets/..%2f..%2fpom.xml",
        "/id/../../../etc/passwd", "/context.jsonld/../pom.xml", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
        "/texts/%C0%AE%C0%AE/pom.xml"})
    void noPathTraversal(String rawPath) throws IOException {
        String response = raw(readOnly.getPort(), "GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        int status = Integer.parseInt(response.substring(9, 12));
        assertTrue(status == 400 || status == 404, rawPath + " gave " + response.lines().findFirst().orElse(""));
        assertFalse(response.contains("<project"), rawPath);
        assertFalse(response.contains("root:"), rawPath);
    }

    /** Sends bytes exactly as given (no client-side normalising of the path) and reads the whole answer. */
    static String raw(int port, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // --- loopback unless --host ---

    @Test
    void listensOnLoopbackOnlyByDefault() throws IOException {
        String host = ((ServerConnector) readOnly.getJettyServer().getConnectors()[0]).getHost();
        assertTrue(InetAddress.getByName(host).isLoopbackAddress(), "bound to " + host);
        InetAddress other = nonLoopbackAddress();
        assumeTrue(other != null, "this machine has no non-loopback address to try");
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(other, readOnly.getPort()), 2_000);
            throw new AssertionError("reachable on " + other);
        } catch (ConnectException expected) {
            // refused: nothing listens there
        }
    }

    @Test
    void hostBindsToTheGivenAddress() throws IOException {
        InetAddress other = nonLoopbackAddress();
        assumeTrue(other != null, "this machine has no non-loopback address to bind to");
        FusekiServer s = Server.start(KnowledgeGraph.withUnionDefault(ExportFormatsTest.published()),
                new Server.Options(0, 10_000, Iris.defaults(), null, Exposure.defaults().withHost(other.getHostAddress())));
        try {
            HttpResponse<String> r = query("http://" + other.getHostAddress() + ":" + s.getPort(), "ASK { ?s ?p ?o }",
                    "text/plain");
            assertEquals(200, r.statusCode());
        } finally {
            s.stop();
        }
    }

    static InetAddress nonLoopbackAddress() throws IOException {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp() || ni.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof Inet4Address) {
                    return a;
                }
            }
        }
        return null;
    }

    // --- updates only when turned on, and only with credentials ---

    @Test
    void anAnonymousUpdateIsA401() {
        HttpResponse<String> r = update(rw, "INSERT DATA { GRAPH <urn:tdkg-test:anon> { <urn:tdkg-test:s> <urn:tdkg-test:p> 1 } }", null, null);
        assertEquals(401, r.statusCode());
        assertEquals("Basic realm=\"tdkg update\"", r.headers().firstValue("WWW-Authenticate").orElse(null));
        assertEquals(401, update(rw, "INSERT DATA { GRAPH <urn:tdkg-test:anon> { <urn:tdkg-test:s> <urn:tdkg-test:p> 2 } }", "curator",
                "wrong").statusCode());
        pause(150); // failed logins are slowed: the next try from this address waits 100 ms (HostileClientIT)
        assertEquals(401, update(rw, "INSERT DATA { GRAPH <urn:tdkg-test:anon> { <urn:tdkg-test:s> <urn:tdkg-test:p> 3 } }", "nobody",
                "s3cret-curator").statusCode());
        pause(250);
        assertEquals(401, send(HttpRequest.newBuilder(URI.create(rw + "/kg/data?graph=urn:tdkg-test:anon"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:tdkg-test:s> <urn:tdkg-test:p> 4 ."))).statusCode());
        assertEquals("no", ask(rw, "GRAPH <urn:tdkg-test:anon> { ?s ?p ?o }"));
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anAuthenticatedUpdateIsAppliedAndReadsStayAnonymous() {
        HttpResponse<String> r = update(rw, "INSERT DATA { GRAPH <urn:tdkg-test:curated> { <urn:tdkg-test:s> <urn:tdkg-test:p> \"ok\" } }",
                "curator", "s3cret-curator");
        assertEquals(204, r.statusCode(), r.body());
        assertEquals("yes", ask(rw, "GRAPH <urn:tdkg-test:curated> { <urn:tdkg-test:s> <urn:tdkg-test:p> \"ok\" }"));
        assertEquals("yes", ask(rw, "<urn:tdkg-test:s> <urn:tdkg-test:p> \"ok\""), "the default graph is the union of the graphs");
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(rw + "/kg/data?graph=urn:tdkg-test:put"))
                .header("Content-Type", "text/turtle")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "curator:s3cret-curator".getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:tdkg-test:a> <urn:tdkg-test:b> <urn:tdkg-test:c> ."));
        assertEquals(201, send(put).statusCode());
        assertEquals("yes", ask(rw, "GRAPH <urn:tdkg-test:put> { <urn:tdkg-test:a> <urn:tdkg-test:b> <urn:tdkg-test:c> }"));
    }

    @Test
    void updatesHaveTheirOwnSizeLimit() {
        String big = "INSERT DATA { GRAPH <urn:tdkg-test:big> { <urn:tdkg-test:s> <urn:tdkg-test:p> \"" + "x".repeat((int) MAX_UPDATE_BYTES)
                + "\" } }";
        assertEquals(413, update(rw, big, "curator", "s3cret-curator").statusCode());
        String medium = "INSERT DATA { GRAPH <urn:tdkg-test:medium> { <urn:tdkg-test:s> <urn:tdkg-test:p> \""
                + "x".repeat((int) MAX_QUERY_BYTES * 2) + "\" } }";
        assertEquals(204, update(rw, medium, "curator", "s3cret-curator").statusCode(),
                "an update may be larger than a query");
    }

    @Test
    void aHugeBodyIsRefusedBeforeItIsSent() throws IOException {
        long huge = 20L * 1024 * 1024;
        String head = "POST /kg/update HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-update\r\n"
                + "Content-Length: " + huge + "\r\nExpect: 100-continue\r\nConnection: close\r\n";
        assertTrue(raw(writable.getPort(), head + "\r\n").startsWith("HTTP/1.1 401 "), "anonymous: refused first");
        String response = raw(writable.getPort(), head + "Authorization: Basic " + Base64.getEncoder().encodeToString(
                "curator:s3cret-curator".getBytes(StandardCharsets.UTF_8)) + "\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 413 "), response);
        assertTrue(response.contains("413 Content Too Large: the request body is " + huge + " bytes; this endpoint "
                + "accepts at most " + MAX_UPDATE_BYTES + " bytes"), response);
    }
}
