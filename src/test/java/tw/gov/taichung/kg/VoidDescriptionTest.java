package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;
import tw.gov.taichung.kg.export.Publication;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.load.SourceBundle;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Vocab;

/** The VoID and DCAT description: licence, endpoint, dumps, subsets per report, and counts that match the data. */
class VoidDescriptionTest {
    private static final String B = Rdf.BASE;
    private static final Node DATASET = Rdf.iri(".well-known/void#dataset");

    private static Graph description() {
        return ExportFormatsTest.published().getGraph(Publication.voidGraph(Iris.defaults()));
    }

    private static List<String> objects(Graph g, Node s, String p) {
        return g.find(s, Vocab.uri(p), Node.ANY).mapWith(t -> t.getObject().isURI() ? t.getObject().getURI()
                : t.getObject().getLiteralLexicalForm()).toList().stream().sorted().toList();
    }

    /** One number from a SPARQL query over the published dataset, as a string. */
    private static String count(String select) {
        DatasetGraph d = ExportFormatsTest.published();
        try (QueryExecution qe = QueryExecutionFactory.create(select, DatasetFactory.wrap(d))) {
            return qe.execSelect().next().getLiteral("n").getLexicalForm();
        }
    }

    @Test
    void describesLicenceEndpointDumpsAndUriSpace() {
        Graph g = description();
        assertEquals(List.of(Vocab.VOID + "Dataset", Vocab.DCAT + "Dataset"), objects(g, DATASET, Vocab.RDF + "type"));
        assertEquals(List.of("https://creativecommons.org/licenses/by/4.0/"), objects(g, DATASET, Vocab.DCT + "license"));
        assertEquals(List.of(B + "kg/sparql"), objects(g, DATASET, Vocab.VOID + "sparqlEndpoint"));
        assertEquals(List.of(B + "id/"), objects(g, DATASET, Vocab.VOID + "uriSpace"));
        assertEquals(List.of(B + "dumps/kg.jsonld", B + "dumps/kg.nq", B + "dumps/kg.nt", B + "dumps/kg.rdf",
                B + "dumps/kg.trig", B + "dumps/kg.ttl"), objects(g, DATASET, Vocab.VOID + "dataDump"));
        assertEquals(objects(g, DATASET, Vocab.VOID + "dataDump"), objects(g, DATASET, Vocab.DCAT + "distribution"));
        assertEquals(List.of("https://www.iana.org/assignments/media-types/application/n-quads"),
                objects(g, Rdf.iri("dumps/kg.nq"), Vocab.DCAT + "mediaType"));
        assertEquals(List.of(B + ".well-known/void#dataset"),
                objects(g, Rdf.iri("kg/sparql"), Vocab.DCAT + "servesDataset"));
        assertEquals(List.of("Taichung Diplomacy Knowledge Graph", "臺中市城市外交知識圖譜"),
                objects(g, DATASET, Vocab.DCT + "title"));
    }

    @Test
    void oneSubsetPerNamedGraphEachReportWithItsSource() {
        Graph g = description();
        assertEquals(List.of(B + "graph/ontology", B + "graph/registry",
                B + "graph/report/2016-singapore-world-cities-summit", B + "graph/report/2017-france-toulouse-paris",
                B + "graph/report/2018-council-report-trips-2015-2018", B + "graph/report/2024-usa-sister-cities",
                B + "graph/report/2026-usa-council-report"), objects(g, DATASET, Vocab.VOID + "subset"));
        assertEquals(List.of(B + "id/report/2016-singapore-world-cities-summit"),
                objects(g, Rdf.iri("graph/report/2016-singapore-world-cities-summit"), Vocab.DCT + "source"));
        assertEquals(5, objects(g, DATASET, Vocab.DCT + "source").size());
        assertEquals(List.of(B + "texts/2016-singapore-world-cities-summit.txt"),
                objects(g, Rdf.iri("id/report/2016-singapore-world-cities-summit"), Vocab.SCHEMA + "encoding"));
    }

    @Test
    void countsMatchTheData() {
        Graph g = description();
        String content = "GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + B + "graph/void>)";
        assertEquals(List.of(count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { " + content + " } }")),
                objects(g, DATASET, Vocab.VOID + "triples"));
        assertEquals(List.of(count("SELECT (COUNT(DISTINCT ?p) AS ?n) { " + content + " }")),
                objects(g, DATASET, Vocab.VOID + "properties"));
        assertEquals(List.of(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a <" + Vocab.TDO + "Trip> } }")),
                objects(g, Rdf.iri(".well-known/void#class-tdo-Trip"), Vocab.VOID + "entities"));
        assertEquals(List.of(count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?o { GRAPH ?g { ?s <" + Vocab.TDO
                + "attestedBy> ?o } } }")), objects(g, Rdf.iri(".well-known/void#property-tdo-attestedBy"),
                Vocab.VOID + "triples"));
        assertEquals(List.of(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + B
                + "graph/report/2016-singapore-world-cities-summit> { ?s ?p ?o } }")),
                objects(g, Rdf.iri("graph/report/2016-singapore-world-cities-summit"), Vocab.VOID + "triples"));
    }

    @Test
    void exampleResourcesAreEntitiesOfTheData() {
        Graph g = description();
        List<String> examples = objects(g, DATASET, Vocab.VOID + "exampleResource");
        assertEquals(10, examples.size(), examples.toString());
        DatasetGraph d = ExportFormatsTest.published();
        for (String e : examples) {
            assertTrue(e.startsWith(B + "id/"), e);
            assertTrue(d.contains(Node.ANY, Vocab.uri(e), Vocab.TYPE, Node.ANY), e + " is typed in the data");
        }
        assertTrue(examples.stream().anyMatch(e -> e.startsWith(B + "id/person/")));
        assertTrue(examples.stream().anyMatch(e -> e.startsWith(B + "id/trip/")));
        assertTrue(examples.stream().anyMatch(e -> e.startsWith(B + "id/quote/")));
    }

    @Test
    void publishingTwiceGivesTheSameDataset() {
        DatasetGraph once = ExportFormatsTest.published();
        assertEquals(Rdf.quads(once), Rdf.quads(Publication.publish(once, Iris.defaults())));
    }

    @Test
    void everyUrlFollowsTheConfiguredBase() throws IOException {
        Iris other = new Iris("https://data.example.org/tdkg/");
        DatasetGraph loaded = KnowledgeGraph.load(SourceBundle.read(Path.of("data")), other).dataset();
        Graph g = Publication.publish(loaded, other).getGraph(Publication.voidGraph(other));
        Node ds = Vocab.uri("https://data.example.org/tdkg/.well-known/void#dataset");
        assertEquals(List.of("https://data.example.org/tdkg/kg/sparql"), objects(g, ds, Vocab.VOID + "sparqlEndpoint"));
        assertEquals(List.of("https://data.example.org/tdkg/id/"), objects(g, ds, Vocab.VOID + "uriSpace"));
        assertTrue(objects(g, ds, Vocab.VOID + "dataDump").contains("https://data.example.org/tdkg/dumps/kg.ttl"));
        assertTrue(objects(g, ds, Vocab.VOID + "subset").contains("https://data.example.org/tdkg/graph/registry"));
        assertFalse(ModelFactory.createModelForGraph(g).listStatements().toList().toString()
                .contains(B + "id/"), "no IRI of the default base is left");
    }
}
