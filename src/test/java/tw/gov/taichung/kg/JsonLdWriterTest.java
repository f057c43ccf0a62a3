package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import tw.gov.taichung.kg.export.Exporter;
import tw.gov.taichung.kg.export.Exporter.Format;
import tw.gov.taichung.kg.export.JsonLdWriter;
import tw.gov.taichung.kg.export.NTriples;
import tw.gov.taichung.kg.model.Iris;

/**
 * The streaming JSON-LD writer gives exactly what a JSON-LD processor (Titanium, as Jena uses it) gives
 * when it turns the same RDF into JSON-LD and compacts it against the published context.
 */
class JsonLdWriterTest {
    @Test
    void theWholeDumpIsWhatTitaniumCompactsItTo() throws Exception {
        DatasetGraph published = ExportFormatsTest.published();
        QuadsToJsonld rdf = engine();
        Map<String, String> tags = new HashMap<>();
        List<Quad> quads = new java.util.ArrayList<>(published.stream().filter(q -> !q.isDefaultGraph()).toList());
        quads.sort(java.util.Comparator.comparing(q -> NTriples.term(q.getGraph()) + " " + key(q.asTriple())));
        quads.forEach(q -> add(rdf, q.getSubject(), q.getPredicate(), q.getObject(), q.getGraph().getURI(), tags));
        same(titanium(rdf, tags), ours(out -> Exporter.write(published, Format.JSONLD, Iris.defaults(), out)));
    }

    @Test
    void oneGraphAndOneNodeAsTitaniumCompactsThem() throws Exception {
        Graph many = GraphFactory.createDefaultGraph();
        Graph one = GraphFactory.createDefaultGraph();
        ExportFormatsTest.published().find().forEachRemaining(q -> {
            if (q.getSubject().getURI().contains("/id/person/chang-kuang-yao")) {
                one.add(q.asTriple());
            }
            if (q.getSubject().getURI().contains("/id/person/")) {
                many.add(q.asTriple());
            }
        });
        for (Graph g : List.of(one, many)) {
            QuadsToJsonld rdf = engine();
            Map<String, String> tags = new HashMap<>();
            g.find().toList().stream().sorted(java.util.Comparator.comparing(JsonLdWriterTest::key))
                    .forEach(t -> add(rdf, t.getSubject(), t.getPredicate(), t.getObject(), null, tags));
            same(titanium(rdf, tags), ours(out -> Exporter.write(g, Format.JSONLD, Iris.defaults(), out)));
        }
    }

    @Test
    void compactIrisAsJsonLdChoosesThem() {
        String tdo = "https://taichung-diplomacy.example/ontology#";
        assertEquals("tdo:Trip", compact(tdo + "Trip", true));
        assertEquals("tdo", compact(tdo, true), "a prefix's own IRI is its term, for properties and types");
        assertEquals(tdo, compact(tdo, false), "... but not for node identifiers");
        assertEquals("https://example.org/x", compact("https://example.org/x", false));
        assertEquals("concept:pledge-status/kept", compact("https://taichung-diplomacy.example/ontology/concept/"
                + "pledge-status/kept", false));
    }

    private static String key(org.apache.jena.graph.Triple t) {
        return NTriples.term(t.getSubject()) + " " + NTriples.term(t.getPredicate()) + " "
                + NTriples.term(t.getObject());
    }

    private static void same(JsonValue expected, JsonValue actual) {
        if (!expected.equals(actual)) {
            String e = expected.toString();
            String a = actual.toString();
            int i = 0;
            while (i < Math.min(e.length(), a.length()) && e.charAt(i) == a.charAt(i)) {
                i++;
            }
            int from = Math.max(0, i - 200);
            assertEquals(e.substring(from, Math.min(e.length(), i + 200)), a.substring(from, Math.min(a.length(),
                    i + 200)), "first difference at character " + i);
        }
    }

    private static String compact(String iri, boolean vocab) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Graph g = GraphFactory.createDefaultGraph();
        Node n = NodeFactory.createURI(iri);
        Node s = NodeFactory.createURI("https://example.org/s");
        g.add(s, vocab ? n : NodeFactory.createURI("https://example.org/p"), vocab ? s : n);
        Exporter.write(g, Format.JSONLD, Iris.defaults(), out);
        JsonObject o = Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readObject();
        if (vocab) {
            return o.keySet().stream().filter(k -> !k.startsWith("@")).findFirst().orElseThrow();
        }
        return o.getJsonObject("https://example.org/p").getString("@id");
    }

    private interface Writer {
        void write(java.io.OutputStream out) throws Exception;
    }

    private static JsonValue ours(Writer w) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(out);
        return Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readValue();
    }

    private static QuadsToJsonld engine() {
        return JsonLd.fromRdf().mode(JsonLdVersion.V1_1).ordered(true).useNativeTypes(false).useRdfType(false);
    }

    private static void add(QuadsToJsonld rdf, Node s, Node p, Node o, String graph, Map<String, String> tags) {
        try {
            if (o.isLiteral()) {
                String lang = o.getLiteralLanguage();
                if (!lang.isEmpty()) {
                    tags.put(lang.toLowerCase(Locale.ROOT), lang);
                }
                rdf.quad(s.getURI(), p.getURI(), o.getLiteralLexicalForm(), o.getLiteralDatatypeURI(),
                        lang.isEmpty() ? null : lang, null, graph);
            } else {
                rdf.quad(s.getURI(), p.getURI(), o.getURI(), null, null, null, graph);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonValue titanium(QuadsToJsonld rdf, Map<String, String> tags) throws Exception {
        JsonArray expanded = rdf.toJsonLd();
        JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(JsonLdWriter.context()))
                .ordered(true).get();
        JsonObjectBuilder out = Json.createObjectBuilder().add("@context", JsonLdWriter.contextUrl(Iris.defaults()));
        compacted.forEach((k, v) -> {
            if (!k.equals("@context")) {
                out.add(k, restoreTags(v, tags));
            }
        });
        return out.build();
    }

    private static JsonValue restoreTags(JsonValue v, Map<String, String> tags) {
        if (v instanceof JsonObject o) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            o.forEach((k, x) -> b.add(k, k.equals("@language") && x instanceof JsonString s
                    ? Json.createValue(tags.getOrDefault(s.getString().toLowerCase(Locale.ROOT), s.getString()))
                    : restoreTags(x, tags)));
            return b.build();
        }
        if (v instanceof JsonArray a) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            a.forEach(x -> b.add(restoreTags(x, tags)));
            return b.build();
        }
        return v;
    }
}
