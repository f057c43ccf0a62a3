package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.query.QueryLibrary;
import tw.gov.taichung.kg.serve.Exposure;
import tw.gov.taichung.kg.serve.Server;

/** Open to every client, over HTTP: the questions API, CORS on reads (never on updates), the service description. */
class OpenAccessIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FusekiServer server;
    private static FusekiServer writable;
    private static String root;

    @BeforeAll
    static void start() throws IOException {
        server = Server.start(TestCorpus.served(), new Server.Options(0, 10_000));
        root = "http://localhost:" + server.getPort() + "/";
        Path pw = Files.createTempFile("tdkg-pw", ".txt");
        Files.writeString(pw, "curator: secret\n");
        writable = Server.start(org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem(),
                new Server.Options(0, 10_000, Iris.defaults(), null, Exposure.defaults().withUpdates(pw)));
    }

    @AfterAll
    static void stop() {
        server.stop();
        writable.stop();
    }

    static HttpResponse<String> send(HttpRequest.Builder req) {
        try {
            return HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b);
    }

    @Test
    void listsEveryQuestionWithItsParametersAndDefaults() {
        HttpResponse<String> r = get("api/questions", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        var questions = JSON.parse(r.body()).get("questions").getAsArray();
        assertEquals(QueryLibrary.bundled().all().size(), questions.size());
        JsonObject delegation = questions.stream().map(v -> v.getAsObject())
                .filter(o -> o.getString("name").equals("delegation")).findFirst().orElseThrow();
        assertEquals("出國代表團成員", delegation.getString("title_zh"));
        assertEquals("2016-07-singapore-wcs", delegation.get("parameters").getAsObject().getString("trip"));
    }

    @Test
    void answersAQuestionAsCsvWithTheSameRowsAsTheCommandLine() {
        HttpResponse<String> r = get("api/questions/delegation?trip=2016-07-singapore-wcs&format=csv", null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/csv; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("person,name,role,organisation\r\n"
                + "https://taichung-diplomacy.example/id/person/chang-kuang-yao,張光瑤,副市長,臺中市政府\r\n"
                + "https://taichung-diplomacy.example/id/person/chen-wen-cheng,陳文政,股長,臺中市政府秘書處\r\n", r.body());
    }

    @Test
    void negotiatesTheResultsFormatAndDefaultsToJson() {
        HttpResponse<String> json = get("api/questions/delegation", null);
        assertEquals("application/sparql-results+json; charset=utf-8", json.headers().firstValue("Content-Type").orElse(""));
        assertEquals(2, JSON.parse(json.body()).get("results").getAsObject().get("bindings").getAsArray().size());
        HttpResponse<String> tsv = get("api/questions/delegation", "text/tab-separated-values");
        assertTrue(tsv.body().startsWith("?person\t?name\t?role\t?organisation\n"), tsv.body());
        HttpResponse<String> xml = get("api/questions/delegation?format=xml", null);
        assertTrue(xml.body().contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">"), xml.body());
    }

    @Test
    void refusesUnknownQuestionsParametersAndFormatsWithASentence() {
        HttpResponse<String> q = get("api/questions/no-such-question", null);
        assertEquals(404, q.statusCode());
        assertEquals("there is no question named 'no-such-question'; GET /api/questions lists them\n", q.body());
        HttpResponse<String> p = get("api/questions/delegation?person=x", null);
        assertEquals(400, p.statusCode());
        assertEquals("query 'delegation' has no parameter 'person'; its parameters are trip = 2016-07-singapore-wcs\n",
                p.body());
        assertEquals(406, get("api/questions/delegation?format=yaml", null).statusCode());
        assertEquals(400, get("api/questions/delegation?trip=a&trip=b", null).statusCode());
    }

    @Test
    void readsAreOpenToEveryOriginAndPreflightIsAnswered() {
        HttpResponse<String> pre = send(HttpRequest.newBuilder(URI.create(root + "kg/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://yasgui.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type"));
        assertEquals(204, pre.statusCode());
        assertEquals("*", pre.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Content-Type"));
        HttpResponse<String> q = send(HttpRequest.newBuilder(URI.create(root + "kg/sparql?query="
                + java.net.URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).header("Origin", "https://yasgui.example"));
        assertEquals(200, q.statusCode());
        assertEquals("*", q.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        for (String path : new String[] {"api/questions", ".well-known/void", "context.jsonld"}) {
            assertEquals("*", get(path, null).headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
        }
    }

    @Test
    void updatesGetNoCorsHeadersNorPreflight() {
        String w = "http://localhost:" + writable.getPort() + "/kg/update";
        HttpResponse<String> pre = send(HttpRequest.newBuilder(URI.create(w))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST"));
        assertNull(pre.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(pre.statusCode() != 204 || pre.headers().firstValue("Access-Control-Allow-Methods").isEmpty());
    }

    @Test
    void theEndpointWithoutAQueryDescribesItself() {
        HttpResponse<String> r = get("kg/sparql", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
                .lang(Lang.TURTLE).parse(g);
        var service = NodeFactory.createURI(root + "kg/sparql");
        String sd = "http://www.w3.org/ns/sparql-service-description#";
        assertTrue(g.contains(service, NodeFactory.createURI(sd + "endpoint"), service));
        assertTrue(g.contains(service, NodeFactory.createURI(sd + "supportedLanguage"),
                NodeFactory.createURI(sd + "SPARQL11Query")));
        assertEquals(7, g.find(null, NodeFactory.createURI(sd + "name"), null).toList().size(),
                "one named graph per report (5), the registry and the ontology");
        HttpResponse<String> page = get("kg/sparql", "text/html");
        assertTrue(page.body().contains("href=\"../editor\""), page.body());
    }

    @Test
    void crawlersGetASitemapOfEveryEntityPageAndRobotsRules() {
        HttpResponse<String> robots = get("robots.txt", null);
        assertEquals("User-agent: *\nDisallow: /kg/\nAllow: /\nSitemap: https://taichung-diplomacy.example/sitemap.xml\n",
                robots.body());
        String xml = get("sitemap.xml", null).body();
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"), xml);
        assertTrue(xml.contains("<url><loc>https://taichung-diplomacy.example/id/org/nvidia</loc></url>\n"));
        assertTrue(xml.contains("<url><loc>https://taichung-diplomacy.example/id/trip/2017-06-france</loc></url>\n"));
        assertTrue(!xml.contains("/id/quote/") && !xml.contains("/id/membership/"), "only entity pages");
    }

    @Test
    void documentsCarryAnETagAndAnswer304WhenItMatches() {
        HttpResponse<String> first = get("id/org/nvidia", "text/turtle");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(tag.matches("\"[0-9a-f]{32}\""), tag);
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(root + "id/org/nvidia"))
                .header("Accept", "text/turtle").header("If-None-Match", tag));
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> other = send(HttpRequest.newBuilder(URI.create(root + "id/org/nvidia"))
                .header("Accept", "application/n-triples").header("If-None-Match", tag));
        assertEquals(200, other.statusCode(), "another format is another answer");
        assertTrue(!tag.equals(other.headers().firstValue("ETag").orElse("")));
    }

    @Test
    void answersAreGzippedWhenAskedAndLinkToTheirOtherFormats() throws IOException {
        HttpResponse<byte[]> gz;
        try {
            gz = HTTP.send(HttpRequest.newBuilder(URI.create(root + "id/org/nvidia")).header("Accept", "text/turtle")
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
        String unzipped = new String(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        HttpResponse<String> plain = get("id/org/nvidia", "text/turtle");
        assertEquals(plain.body(), unzipped);
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        String link = plain.headers().firstValue("Link").orElse("");
        assertTrue(link.contains("<https://taichung-diplomacy.example/id/org/nvidia>; rel=\"alternate\"; type=\"application/ld+json\""),
                link);
        assertTrue(link.contains("type=\"application/n-quads\"") && link.contains("type=\"text/html\""), link);
    }

    @Test
    void quadFormatsPutEveryStatementInTheDefaultGraphToo() {
        String nq = get("id/org/nvidia", "application/n-quads").body();
        var ds = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.create().source(new ByteArrayInputStream(nq.getBytes(StandardCharsets.UTF_8))).lang(Lang.NQUADS).parse(ds);
        var named = new java.util.HashSet<org.apache.jena.graph.Triple>();
        ds.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                named.add(q.asTriple());
            }
        });
        var dflt = new java.util.HashSet<>(ds.getDefaultGraph().find().toList());
        assertTrue(!named.isEmpty(), "the report graphs stay");
        assertEquals(named, dflt, "the default graph holds every statement of the report graphs");
    }
}
