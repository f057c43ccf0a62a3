package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tw.gov.taichung.kg.export.Exporter;
import tw.gov.taichung.kg.export.Exporter.Format;
import tw.gov.taichung.kg.export.Publication;
import tw.gov.taichung.kg.model.Iris;

/** Every dump format parses back to the same data, byte-identically on every run, sorted, without blank nodes. */
class ExportFormatsTest {
    private static DatasetGraph published;
    private static final Map<Format, byte[]> WRITTEN = new EnumMap<>(Format.class);

    static synchronized DatasetGraph published() {
        if (published == null) {
            published = Publication.publish(TestCorpus.result().dataset(), Iris.defaults());
        }
        return published;
    }

    static synchronized byte[] written(Format f) {
        return WRITTEN.computeIfAbsent(f, x -> write(published(), x));
    }

    static byte[] write(DatasetGraph d, Format f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(d, f, Iris.defaults(), out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void everyFormatParsesBackToTheSameData(Format f) {
        DatasetGraph back = Rdf.parse(written(f), f.lang);
        if (f.quads()) {
            assertEquals(Rdf.quads(published()), Rdf.quads(back), f + " keeps every quad in its named graph");
            assertTrue(IsoMatcher.isomorphic(published(), back), f + " is isomorphic");
        } else {
            Graph union = Rdf.union(published());
            assertEquals(union.size(), back.getDefaultGraph().size(), f + " holds each distinct triple once");
            assertTrue(union.isIsomorphicWith(back.getDefaultGraph()), f + " is the union of the named graphs");
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void writingTwiceGivesTheSameBytes(Format f) {
        assertArrayEquals(written(f), write(Publication.publish(TestCorpus.result().dataset(), Iris.defaults()), f));
    }

    @Test
    void lineFormatsAreSortedAndHaveNoBlankNodes() {
        for (Format f : List.of(Format.NT, Format.NQ)) {
            List<String> lines = Arrays.asList(new String(written(f), StandardCharsets.UTF_8).split("\n"));
            List<String> sorted = new ArrayList<>(lines);
            sorted.sort(null);
            assertEquals(sorted, lines, f + " lines are sorted");
            assertTrue(lines.stream().noneMatch(l -> l.startsWith("_:") || l.contains(" _:")), f + " has blank nodes");
        }
    }

    @Test
    void theDumpsHoldTheDescriptionGraph() {
        String nq = new String(written(Format.NQ), StandardCharsets.UTF_8);
        assertTrue(nq.contains("<https://taichung-diplomacy.example/.well-known/void#dataset> "
                + "<http://rdfs.org/ns/void#sparqlEndpoint> <https://taichung-diplomacy.example/kg/sparql> "
                + "<https://taichung-diplomacy.example/graph/void> .\n"));
    }

    @Test
    void jsonLdRefersToThePublishedContextAndKeepsLanguageTags() {
        String json = new String(written(Format.JSONLD), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n    \"@context\": \"https://taichung-diplomacy.example/context.jsonld\",\n"),
                json.substring(0, 200));
        assertTrue(json.contains("\"@language\": \"zh-Hant\""));
        assertFalse(json.contains("\"zh-hant\""), "language tags keep their case");
        assertTrue(json.contains("\"@value\": \"張光瑤\""));
    }

    @Test
    void turtleGroupsTheStatementsOfOneSubject() {
        String ttl = new String(written(Format.TTL), StandardCharsets.UTF_8);
        int at = ttl.indexOf("\n<https://taichung-diplomacy.example/id/person/chang-kuang-yao>\n");
        assertTrue(at > 0);
        String block = ttl.substring(at, ttl.indexOf(" .\n", at));
        assertTrue(block.contains("skos:prefLabel") && block.contains("\"張光瑤\"@zh-Hant")
                && block.contains("tdo:travelledOn"), block);
        assertEquals(-1, ttl.indexOf("\n<https://taichung-diplomacy.example/id/person/chang-kuang-yao>\n", at + 1),
                "one block per subject");
    }

    /** Escapes, line breaks, datatypes, a query-string IRI and a character outside the BMP, in every format. */
    @ParameterizedTest
    @EnumSource(Format.class)
    void awkwardTermsSurviveEveryFormat(Format f) {
        Node s = Rdf.iri("id/org/a-b");
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(s, Rdf.term("http://www.w3.org/2000/01/rdf-schema#", "label"),
                Rdf.str("a < b & c > d \"q\" 'q'\r\n\ttab ]]> 𠀀")));
        g.add(Triple.create(s, Rdf.term("http://www.w3.org/2000/01/rdf-schema#", "label"), Rdf.zh("臺中")));
        g.add(Triple.create(s, Rdf.term("https://schema.org/", "url"),
                NodeFactory.createURI("https://example.org/x?a=1&b=<2>".replace("<", "%3C").replace(">", "%3E"))));
        g.add(Triple.create(s, Rdf.term("https://schema.org/", "value"),
                NodeFactory.createLiteralDT("12.50", XSDDatatype.XSDdecimal)));
        g.add(Triple.create(s, Rdf.term("http://example.org/other/", "prop"),
                NodeFactory.createLiteralDT("2016-07", XSDDatatype.XSDgYearMonth)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(g, f, Iris.defaults(), out);
        DatasetGraph back = Rdf.parse(out.toByteArray(), f.lang);
        Graph got = Rdf.union(back);
        assertTrue(g.isIsomorphicWith(got), f + ":\n" + out.toString(StandardCharsets.UTF_8));
    }
}
