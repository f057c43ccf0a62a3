package tw.gov.taichung.kg.export;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import tw.gov.taichung.kg.model.Iris;

/**
 * JSON-LD that refers to one published context, {@code {base}context.jsonld}, instead of repeating it.
 * The context holds only prefixes, so compaction against it is simple enough to do while streaming:
 * one node object per subject, IRIs as compact IRIs where a prefix fits (the shortest, then the least, as
 * JSON-LD 1.1's IRI compaction chooses; property names and types also by an exact prefix match), single
 * values unwrapped, {@code rdf:type} as {@code @type}, plain strings as JSON strings, other literals as
 * value objects with their language (in the data's case, {@code zh-Hant}) or compacted datatype, properties
 * in the order of their full IRIs. This gives what compacting with a JSON-LD processor (Titanium, as Jena uses) gives, without
 * building the expanded document first, which made JSON-LD the slowest dump to write. Statements come
 * sorted and node objects are ordered by IRI, so the output is deterministic (and byte for byte what the
 * processor wrote with ordered output).
 */
public final class JsonLdWriter {
    /** The file name of the context, in the dump folder and at the root of the site. */
    public static final String CONTEXT_FILE = "context.jsonld";
    private static final Map<String, ?> PRETTY = Map.of(JsonGenerator.PRETTY_PRINTING, true);
    private static final String XSD_STRING = XSD.xstring.getURI();
    private static final String LANG_STRING = RDF.langString.getURI();

    private JsonLdWriter() {
    }

    /** Where the context is published for this base. */
    public static String contextUrl(Iris iris) {
        return iris.base() + CONTEXT_FILE;
    }

    /** The context: one term per standard prefix, sorted. */
    public static JsonObject context() {
        JsonObjectBuilder terms = Json.createObjectBuilder();
        Sorting.prefixes().forEach(terms::add);
        return Json.createObjectBuilder().add("@context", terms).build();
    }

    /** Writes the context document. */
    public static void writeContext(OutputStream out) {
        JsonGenerator g = generator(out);
        g.write(context());
        finish(g, out);
    }

    /** Writes quads sorted by graph, subject, predicate, object (named graphs) with the published context. */
    static void writeQuads(List<Quad> sorted, Iris iris, OutputStream out) {
        document(byIri(runs(sorted, Quad::getGraph), Quad::getGraph), JsonLdWriter::graphContents, iris, out);
    }

    /** Writes triples sorted by subject, predicate, object (one graph) with the published context. */
    static void writeTriples(List<Triple> sorted, Iris iris, OutputStream out) {
        document(byIri(runs(sorted, Triple::getSubject), Triple::getSubject), JsonLdWriter::nodeContents, iris, out);
    }

    /**
     * The top-level object: the context's URL, then the one object's members, or {@code @graph} with one
     * object per item when there are several (as compaction leaves a one-element top-level array).
     */
    private static <T> void document(List<List<T>> items, BiConsumer<JsonGenerator, List<T>> contents, Iris iris,
            OutputStream out) {
        JsonGenerator g = generator(out);
        g.writeStartObject();
        g.write("@context", contextUrl(iris));
        if (items.size() == 1) {
            contents.accept(g, items.get(0));
        } else {
            g.writeStartArray("@graph");
            for (List<T> item : items) {
                g.writeStartObject();
                contents.accept(g, item);
                g.writeEnd();
            }
            g.writeEnd();
        }
        g.writeEnd();
        finish(g, out);
    }

    private static void graphContents(JsonGenerator g, List<Quad> graph) {
        g.writeStartArray("@graph");
        for (List<Quad> node : byIri(runs(graph, Quad::getSubject), Quad::getSubject)) {
            g.writeStartObject();
            nodeContents(g, node.stream().map(Quad::asTriple).toList());
            g.writeEnd();
        }
        g.writeEnd();
        g.write("@id", iri(graph.get(0).getGraph(), false));
    }

    private static void nodeContents(JsonGenerator g, List<Triple> node) {
        Node subject = node.get(0).getSubject();
        g.write("@id", iri(subject, false));
        List<String> types = new ArrayList<>();
        Map<String, List<Node>> properties = new TreeMap<>();
        for (Triple t : node) {
            if (t.getPredicate().equals(RDF.Nodes.type) && t.getObject().isURI()) {
                types.add(iri(t.getObject(), true));
            } else {
                properties.computeIfAbsent(t.getPredicate().getURI(), k -> new ArrayList<>()).add(t.getObject());
            }
        }
        if (types.size() == 1) {
            g.write("@type", types.get(0));
        } else if (!types.isEmpty()) {
            g.writeStartArray("@type");
            types.forEach(g::write);
            g.writeEnd();
        }
        properties.forEach((property, values) -> {
            String key = compact(property, true);
            if (values.size() == 1) {
                g.writeKey(key);
                value(g, values.get(0));
            } else {
                g.writeStartArray(key);
                values.forEach(v -> value(g, v));
                g.writeEnd();
            }
        });
    }

    private static void value(JsonGenerator g, Node o) {
        if (o.isURI()) {
            g.writeStartObject().write("@id", iri(o, false)).writeEnd();
            return;
        }
        if (!o.isLiteral()) {
            throw new IllegalArgumentException("blank nodes are not published: " + o);
        }
        String lang = o.getLiteralLanguage();
        String dt = o.getLiteralDatatypeURI();
        TextDirection dir = o.getLiteralBaseDirection();
        if (lang.isEmpty() && XSD_STRING.equals(dt)) {
            g.write(o.getLiteralLexicalForm());
            return;
        }
        g.writeStartObject();
        if (dir != null) {
            g.write("@direction", dir.direction());
        }
        if (!lang.isEmpty()) {
            g.write("@language", lang);
        } else if (!LANG_STRING.equals(dt)) {
            g.write("@type", compact(dt, true));
        }
        g.write("@value", o.getLiteralLexicalForm());
        g.writeEnd();
    }

    private static String iri(Node n, boolean vocab) {
        if (!n.isURI()) {
            throw new IllegalArgumentException("blank nodes are not published: " + n);
        }
        return compact(n.getURI(), vocab);
    }

    /** JSON-LD 1.1 IRI compaction against a context of prefixes only. */
    static String compact(String iri, boolean vocab) {
        String best = null;
        for (Map.Entry<String, String> p : Sorting.prefixes().entrySet()) {
            String ns = p.getValue();
            if (vocab && iri.equals(ns)) {
                return p.getKey();
            }
            if (iri.length() > ns.length() && iri.startsWith(ns) && !iri.startsWith("//", ns.length())) {
                String candidate = p.getKey() + ":" + iri.substring(ns.length());
                if (best == null || candidate.length() < best.length()
                        || candidate.length() == best.length() && candidate.compareTo(best) < 0) {
                    best = candidate;
                }
            }
        }
        return best != null ? best : iri;
    }

    private static <T> List<List<T>> runs(List<T> sorted, java.util.function.Function<T, Node> by) {
        List<List<T>> out = new ArrayList<>();
        List<T> current = null;
        Node key = null;
        for (T t : sorted) {
            Node k = by.apply(t);
            if (current == null || !k.equals(key)) {
                current = new ArrayList<>();
                out.add(current);
                key = k;
            }
            current.add(t);
        }
        return out;
    }

    /** Node objects in the order of their IRIs (as a JSON-LD processor orders them), not of N-Triples terms. */
    private static <T> List<List<T>> byIri(List<List<T>> runs, java.util.function.Function<T, Node> by) {
        runs.sort((a, b) -> by.apply(a.get(0)).getURI().compareTo(by.apply(b.get(0)).getURI()));
        return runs;
    }

    private static JsonGenerator generator(OutputStream out) {
        return Json.createGeneratorFactory(PRETTY).createGenerator(new NonClosing(out),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void finish(JsonGenerator g, OutputStream out) {
        g.close();
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the JSON generator from closing the caller's stream. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
