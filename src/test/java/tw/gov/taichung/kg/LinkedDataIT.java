package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tw.gov.taichung.kg.export.Dumps;
import tw.gov.taichung.kg.export.Exporter;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.load.SourceBundle;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Vocab;
import tw.gov.taichung.kg.serve.Server;

/**
 * The linked-data front of the real server, over HTTP: dereferencing with content negotiation, 404 and
 * 406, the VoID description, the dumps and the report texts. The client maps the base IRI onto the
 * server, as a reverse proxy in front of it would.
 */
class LinkedDataIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String B = Rdf.BASE;
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Node PERSON = Rdf.iri("id/person/chang-kuang-yao");
    private static final Node TRIP = Rdf.iri("id/trip/2016-07-singapore-wcs");
    private static final Node QUOTE = Rdf.iri("id/quote/2016-singapore-world-cities-summit-593-622");
    private static final Node REPORT = Rdf.iri("id/report/2016-singapore-world-cities-summit");
    private static FusekiServer server;
    private static String root;

    @BeforeAll
    static void start() {
        server = Server.start(KnowledgeGraph.withUnionDefault(ExportFormatsTest.published()),
                new Server.Options(0, 10_000, Iris.defaults(), Path.of("data/reports")));
        root = "http://localhost:" + server.getPort() + "/";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** GET an IRI of the dataset (or a site path) with an Accept header (null: none). */
    static HttpResponse<byte[]> get(String iriOrPath, String accept) {
        String url = iriOrPath.startsWith(B) ? root + iriOrPath.substring(B.length())
                : iriOrPath.startsWith("http") ? iriOrPath : root + iriOrPath;
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            req.header("Accept", accept);
        }
        try {
            return HTTP.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fetches and parses a description; JSON-LD contexts are fetched from the server too. */
    static DatasetGraph fetch(String iri, String mediaType) {
        HttpResponse<byte[]> r = get(iri, mediaType);
        assertEquals(200, r.statusCode(), iri + " as " + mediaType);
        assertEquals(mediaType + "; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        return Rdf.parse(r.body(), lang, url -> {
            HttpResponse<byte[]> c = get(url, "application/ld+json");
            return c.statusCode() == 200 ? c.body() : null;
        });
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static Node one(Graph g, Node s, Node p) {
        List<Triple> found = g.find(s, p, Node.ANY).toList();
        assertEquals(1, found.size(), s + " " + p + ": " + found);
        return found.get(0).getObject();
    }

    @Test
    void turtleDescriptionOfChangKuangYao() {
        Graph g = Rdf.union(fetch(PERSON.getURI(), "text/turtle"));
        assertTrue(g.contains(PERSON, Vocab.PREF_LABEL, Rdf.zh("張光瑤")), "his zh-Hant label");
        assertTrue(g.contains(PERSON, Rdf.tdo("travelledOn"), TRIP), "outgoing link to the 2016 Singapore trip");
        assertTrue(g.contains(PERSON, Rdf.tdo("travelledOn"), Rdf.iri("id/trip/2017-06-france")));
        assertTrue(g.contains(TRIP, Rdf.tdo("delegationMember"), PERSON), "incoming statement");
        assertTrue(g.contains(TRIP, Rdf.tdo("leader"), PERSON), "incoming statement");
        assertTrue(g.contains(TRIP, Vocab.PREF_LABEL, Rdf.zh("臺中市政府組團赴新加坡參加「2016世界城市峰會」")),
                "the label of a linked resource");
        assertTrue(g.contains(TRIP, Rdf.tdo("attestedBy"), QUOTE), "provenance of the linked fact");
        assertTrue(g.contains(TRIP, Vocab.uri(Vocab.PROV + "wasDerivedFrom"), REPORT));
        assertEquals(Rdf.str("並由張光瑤副市長率團出席由新加坡政府主辦之「世界城市峰會」"),
                one(g, Vocab.uri(QUOTE.getURI() + "#text"), Vocab.uri(Vocab.OA + "exact")));
        assertEquals(REPORT, one(g, QUOTE, Vocab.uri(Vocab.OA + "hasSource")));
        assertEquals(Rdf.iri("texts/2016-singapore-world-cities-summit.txt"),
                one(g, REPORT, Vocab.schema("encoding")));
    }

    @Test
    void theDescriptionIsPartOfThePublishedData() {
        Graph all = Rdf.union(ExportFormatsTest.published());
        DatasetGraph d = fetch(PERSON.getURI(), "application/n-quads");
        Graph g = Rdf.union(d);
        assertTrue(g.size() > 100, "size " + g.size());
        g.find().forEachRemaining(t -> assertTrue(all.contains(t), t.toString()));
        for (Quad q : Rdf.quads(d)) {
            assertTrue(ExportFormatsTest.published().contains(q), q.toString());
        }
    }

    @Test
    void trigKeepsTheReportOfEachStatement() {
        DatasetGraph d = fetch(PERSON.getURI(), "application/trig");
        assertTrue(d.contains(Rdf.iri("graph/report/2016-singapore-world-cities-summit"), PERSON,
                Rdf.tdo("travelledOn"), TRIP));
        assertTrue(d.contains(Rdf.iri("graph/registry"), PERSON, Vocab.PREF_LABEL, Rdf.zh("張光瑤")));
        assertFalse(d.contains(Rdf.iri("graph/registry"), PERSON, Rdf.tdo("travelledOn"), TRIP));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/ld+json", "application/n-triples", "application/rdf+xml", "application/trig",
            "application/n-quads"})
    void everyFormatGivesTheSameDescription(String mediaType) {
        Graph turtle = Rdf.union(fetch(TRIP.getURI(), "text/turtle"));
        Graph other = Rdf.union(fetch(TRIP.getURI(), mediaType));
        assertTrue(turtle.isIsomorphicWith(other), mediaType);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "text/turtle | text/turtle",
        "application/ld+json | application/ld+json",
        "application/n-triples | application/n-triples",
        "application/rdf+xml | application/rdf+xml",
        "application/trig | application/trig",
        "application/n-quads | application/n-quads",
        "text/html | text/html",
        "none | text/turtle",
        "*/* | text/turtle",
        "text/* | text/turtle",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html",
        "application/rdf+xml;q=0.5, application/n-triples | application/n-triples",
        "image/png, application/ld+json;q=0.1 | application/ld+json"})
    void contentNegotiation(String accept, String expected) {
        HttpResponse<byte[]> r = get(PERSON.getURI(), accept);
        assertEquals(200, r.statusCode());
        assertEquals(expected, r.headers().firstValue("Content-Type").orElse("").replaceAll(" *;.*", ""));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/png", "application/xml", "text/plain", "application/json"})
    void unsupportedTypesGet406(String accept) {
        HttpResponse<byte[]> r = get(PERSON.getURI(), accept);
        assertEquals(406, r.statusCode());
        assertEquals("406 Not Acceptable: this resource is available as text/turtle, application/ld+json, "
                + "application/n-triples, application/rdf+xml, application/trig, application/n-quads, text/html\n",
                text(r));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id/person/nobody", "id/nokind/chang-kuang-yao", "id/person/chang-kuang-yao/more",
        "id/", "graph/report/nobody", "ontology/concept/event-type/nothing", "ontologies", "texts/nobody.txt",
        "texts/2016-singapore-world-cities-summit.yaml", "dumps/nothing.nq"})
    void unknownIrisGet404(String path) {
        HttpResponse<byte[]> r = get(path, null);
        assertEquals(404, r.statusCode(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"texts/../pom.xml", "texts/%2e%2e/pom.xml", "dumps/../pom.xml", "id/../pom.xml"})
    void pathTraversalFindsNothing(String path) {
        HttpResponse<byte[]> r = get(path, null);
        assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " gave " + r.statusCode());
        assertFalse(text(r).contains("<project"), path);
    }

    @Test
    void unknownIriGets404WhateverTheAcceptHeader() {
        HttpResponse<byte[]> r = get("id/person/nobody", "image/png");
        assertEquals(404, r.statusCode());
        assertEquals("404 Not Found: nothing is known about " + B + "id/person/nobody\n", text(r));
    }

    @Test
    void browsersGetAnEscapedHtmlPage() {
        HttpResponse<byte[]> r = get(PERSON.getURI(), BROWSER);
        String html = text(r);
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse("")
                .replace(";charset", "; charset"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<h1>張光瑤 · Chang Kuang-yao</h1>"), html);
        assertTrue(html.contains("<a href=\"../../id/trip/2016-07-singapore-wcs\">"), "relative link to the trip");
        assertTrue(html.contains("Deputy Mayor Chang&#39;s speech"), "apostrophes are escaped");
        String trip = text(get(TRIP.getURI(), "text/html"));
        assertTrue(trip.contains("<mark>並由張光瑤副市長率團出席由新加坡政府主辦之「世界城市峰會」</mark>"), "the quoted passage");
        assertTrue(trip.contains("<a href=\"../../texts/2016-singapore-world-cities-summit.txt\">characters 593–622"
                + " of the text</a>"), "a link into the report text");
    }

    /**
     * A linked-data client starts from the VoID description, fetches every example resource in every
     * format, follows a trip to a delegation member, and a quote to its report and into the report text.
     */
    @Test
    void followYourNoseFromTheVoidDescription() {
        Graph v = Rdf.union(fetch(B + ".well-known/void", "text/turtle"));
        Node ds = Rdf.iri(".well-known/void#dataset");
        assertEquals(Rdf.iri("kg/sparql"), one(v, ds, Vocab.uri(Vocab.VOID + "sparqlEndpoint")));
        List<Node> examples = v.find(ds, Vocab.uri(Vocab.VOID + "exampleResource"), Node.ANY)
                .mapWith(Triple::getObject).toList();
        Node trip = null;
        for (Node e : examples) {
            Graph turtle = Rdf.union(fetch(e.getURI(), "text/turtle"));
            for (String type : List.of("application/ld+json", "application/n-triples", "application/rdf+xml")) {
                assertTrue(turtle.isIsomorphicWith(Rdf.union(fetch(e.getURI(), type))), e + " as " + type);
            }
            if (turtle.contains(e, Vocab.TYPE, Rdf.tdo("Trip"))) {
                trip = e;
            }
        }
        assertNotNull(trip, "an example trip");
        Graph t = Rdf.union(fetch(trip.getURI(), "application/ld+json"));
        Node member = t.find(trip, Rdf.tdo("delegationMember"), Node.ANY).next().getObject();
        Graph m = Rdf.union(fetch(member.getURI(), "application/rdf+xml"));
        assertTrue(m.contains(member, Vocab.TYPE, Rdf.term(Vocab.FOAF, "Person")), member.toString());
        assertTrue(m.contains(trip, Rdf.tdo("delegationMember"), member), "the way back");
        for (Triple a : t.find(trip, Rdf.tdo("attestedBy"), Node.ANY).toList()) {
            checkQuote(a.getObject());
        }
    }

    /** Follows a quote to its report and checks its selectors against the report text. */
    private static void checkQuote(Node quote) {
        Graph q = Rdf.union(fetch(quote.getURI(), "application/n-triples"));
        Node report = one(q, quote, Vocab.uri(Vocab.OA + "hasSource"));
        Graph r = Rdf.union(fetch(report.getURI(), "text/turtle"));
        assertTrue(r.contains(report, Vocab.TYPE, Rdf.tdo("Report")), report.toString());
        Node textUrl = one(r, report, Vocab.schema("encoding"));
        HttpResponse<byte[]> text = get(textUrl.getURI(), null);
        assertEquals(200, text.statusCode(), textUrl.toString());
        assertEquals("text/plain; charset=utf-8", text.headers().firstValue("Content-Type").orElse("")
                .replace(";charset", "; charset"));
        int[] cps = text(text).codePoints().toArray();
        Node exactSel = Vocab.uri(quote.getURI() + "#text");
        Node posSel = Vocab.uri(quote.getURI() + "#position");
        int start = Integer.parseInt(one(q, posSel, Vocab.uri(Vocab.OA + "start")).getLiteralLexicalForm());
        int end = Integer.parseInt(one(q, posSel, Vocab.uri(Vocab.OA + "end")).getLiteralLexicalForm());
        String exact = one(q, exactSel, Vocab.uri(Vocab.OA + "exact")).getLiteralLexicalForm();
        String prefix = one(q, exactSel, Vocab.uri(Vocab.OA + "prefix")).getLiteralLexicalForm();
        String suffix = one(q, exactSel, Vocab.uri(Vocab.OA + "suffix")).getLiteralLexicalForm();
        assertEquals(exact, new String(cps, start, end - start), quote + " at " + start + "-" + end);
        int p = prefix.codePointCount(0, prefix.length());
        int s = suffix.codePointCount(0, suffix.length());
        assertEquals(prefix, new String(cps, start - p, p));
        assertEquals(suffix, new String(cps, end, s));
    }

    @Test
    void theVoidDescriptionIsNegotiatedToo() {
        assertEquals(406, get(".well-known/void", "text/html").statusCode());
        Graph ttl = Rdf.union(fetch(B + ".well-known/void", "text/turtle"));
        Graph jsonld = Rdf.union(fetch(B + ".well-known/void", "application/ld+json"));
        assertTrue(ttl.isIsomorphicWith(jsonld));
        assertTrue(ttl.isIsomorphicWith(ExportFormatsTest.published().getGraph(Rdf.iri("graph/void"))));
    }

    @Test
    void dumpsAreServedWithTheirChecksums() {
        String sums = text(get("dumps/SHA256SUMS", null));
        List<String> lines = sums.lines().toList();
        assertEquals(Dumps.files().stream().filter(f -> !f.equals(Dumps.SUMS_FILE)).sorted().toList(),
                lines.stream().map(l -> l.substring(66)).toList());
        for (String line : lines) {
            HttpResponse<byte[]> f = get("dumps/" + line.substring(66), null);
            assertEquals(200, f.statusCode(), line);
            assertEquals(line.substring(0, 64), HexFormat.of().formatHex(Dumps.sha256().digest(f.body())), line);
            assertEquals("\"" + line.substring(0, 64) + "\"", f.headers().firstValue("ETag").orElse(""));
        }
        assertArrayEquals(ExportFormatsTest.written(Exporter.Format.TTL), get("dumps/kg.ttl", null).body(),
                "the served dump is the exported one");
        assertEquals("text/turtle", get("dumps/kg.ttl", null).headers().firstValue("Content-Type").orElse("")
                .replaceAll(" *;.*", ""));
        assertArrayEquals(get("dumps/context.jsonld", null).body(), get("context.jsonld", null).body());
        assertTrue(text(get("dumps/", null)).contains("<a href=\"kg.jsonld\">kg.jsonld</a>"));
    }

    @Test
    void theSameDataServesUnderAnotherBase() throws IOException {
        Iris other = new Iris("https://data.example.org/tdkg/");
        DatasetGraph loaded = KnowledgeGraph.load(SourceBundle.read(Path.of("data")), other).dataset();
        FusekiServer s2 = Server.start(KnowledgeGraph.withUnionDefault(loaded),
                new Server.Options(0, 10_000, other, Path.of("data/reports")));
        try {
            String r2 = "http://localhost:" + s2.getPort() + "/";
            HttpResponse<byte[]> r = get(r2 + "id/person/chang-kuang-yao", "application/n-triples");
            assertEquals(200, r.statusCode());
            Graph g = Rdf.union(Rdf.parse(r.body(), Lang.NTRIPLES));
            Node person = Vocab.uri("https://data.example.org/tdkg/id/person/chang-kuang-yao");
            assertTrue(g.contains(person, Vocab.PREF_LABEL, Rdf.zh("張光瑤")));
            assertTrue(g.contains(person, Rdf.tdo("travelledOn"),
                    Vocab.uri("https://data.example.org/tdkg/id/trip/2016-07-singapore-wcs")));
            assertFalse(text(r).contains(B + "id/"), "no IRI of the default base");
            assertEquals(200, get(r2 + "ontology", "text/turtle").statusCode(), "the ontology keeps its own IRIs");
            Graph v = Rdf.union(Rdf.parse(get(r2 + ".well-known/void", null).body(), Lang.TURTLE));
            assertEquals(Vocab.uri("https://data.example.org/tdkg/kg/sparql"),
                    one(v, Vocab.uri("https://data.example.org/tdkg/.well-known/void#dataset"),
                            Vocab.uri(Vocab.VOID + "sparqlEndpoint")));
        } finally {
            s2.stop();
        }
    }
}
