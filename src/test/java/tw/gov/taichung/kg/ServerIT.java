package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tw.gov.taichung.kg.query.QueryLibrary;
import tw.gov.taichung.kg.serve.Server;

/** Starts the real embedded Fuseki on a free port and asks questions over HTTP. */
class ServerIT {
    private static FusekiServer server;
    private static String endpoint;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = Server.start(TestCorpus.served(), new Server.Options(0, 10_000));
        endpoint = "http://localhost:" + server.getPort() + "/kg/sparql";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static List<String> select(String sparql, String... vars) {
        List<String> out = new ArrayList<>();
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(sparql).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                List<String> cells = new ArrayList<>();
                for (String v : vars) {
                    cells.add(s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.getResource(v).getURI());
                }
                out.add(String.join(" | ", cells));
            }
        }
        return out;
    }

    @Test
    void theDelegationOf2016OverHttp() {
        String q = QueryLibrary.bundled().get("delegation").render(Map.of());
        assertEquals(List.of("張光瑤 | 副市長", "陳文政 | 股長"), select(q, "name", "role"));
    }

    @Test
    void theEventsOfTenthJuly2016OverHttp() {
        String q = QueryLibrary.bundled().get("events-on-day").render(Map.of("day", "2016-07-10"));
        List<String> rows = select(q, "event");
        assertEquals(13, rows.size());
        assertEquals("https://taichung-diplomacy.example/id/event/2016-07-10-dassault-systemes", rows.get(1));
    }

    @Test
    void eachReportIsANamedGraph() {
        List<String> graphs = select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", "g");
        assertTrue(graphs.contains("https://taichung-diplomacy.example/graph/report/2016-singapore-world-cities-summit"));
        assertTrue(graphs.contains("https://taichung-diplomacy.example/graph/registry"));
        assertTrue(graphs.contains("https://taichung-diplomacy.example/graph/ontology"));
    }

    @Test
    void updatesAreRefused() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/kg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build();
        int status = HTTP.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(status == 404 || status == 405, "update must be refused, got " + status);
        assertEquals(List.of("0"), select("SELECT (COUNT(*) AS ?n) WHERE { <urn:a> ?p ?o }", "n"));
    }

    @Test
    void serviceQueriesAreRefused() throws Exception {
        String q = "SELECT * WHERE { SERVICE <http://localhost:" + server.getPort() + "/kg/sparql> { ?s ?p ?o } } LIMIT 1";
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).GET().build();
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400, "SERVICE must be refused, got " + r.statusCode() + " " + r.body());
    }
}
