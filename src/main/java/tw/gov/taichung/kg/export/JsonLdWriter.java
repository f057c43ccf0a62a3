package tw.gov.taichung.kg.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.Quad;
import tw.gov.taichung.kg.model.Iris;

/**
 * JSON-LD that refers to one published context, {@code {base}context.jsonld}, instead of repeating it.
 * Jena's own JSON-LD writer can only inline a context made from the prefixes, so this class drives the
 * same engine Jena uses (Titanium): RDF to expanded JSON-LD in sorted order, compaction against the
 * context, then the context object is replaced by its URL. Output is deterministic: sorted input,
 * {@code ordered} processing, pretty-printed with sorted keys. Language tags keep the case of the data
 * ({@code zh-Hant}), which JSON-LD processing would otherwise lowercase.
 */
public final class JsonLdWriter {
    /** The file name of the context, in the dump folder and at the root of the site. */
    public static final String CONTEXT_FILE = "context.jsonld";
    private static final Map<String, ?> PRETTY = Map.of(JsonGenerator.PRETTY_PRINTING, true);

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
        write(context(), out);
    }

    /** Writes sorted quads (named graphs) as JSON-LD with the published context. */
    static void writeQuads(List<Quad> sorted, Iris iris, OutputStream out) {
        QuadsToJsonld rdf = engine();
        Map<String, String> tags = new HashMap<>();
        for (Quad q : sorted) {
            add(rdf, q.getSubject(), q.getPredicate(), q.getObject(), q.getGraph().getURI(), tags);
        }
        write(compact(rdf, iris, tags), out);
    }

    /** Writes sorted triples (one graph) as JSON-LD with the published context. */
    static void writeTriples(List<Triple> sorted, Iris iris, OutputStream out) {
        QuadsToJsonld rdf = engine();
        Map<String, String> tags = new HashMap<>();
        for (Triple t : sorted) {
            add(rdf, t.getSubject(), t.getPredicate(), t.getObject(), null, tags);
        }
        write(compact(rdf, iris, tags), out);
    }

    private static QuadsToJsonld engine() {
        return JsonLd.fromRdf().mode(JsonLdVersion.V1_1).ordered(true).useNativeTypes(false).useRdfType(false);
    }

    private static void add(QuadsToJsonld rdf, Node s, Node p, Node o, String graph, Map<String, String> tags) {
        if (!s.isURI() || !o.isURI() && !o.isLiteral()) {
            throw new IllegalArgumentException("blank nodes are not published: " + s + " " + p + " " + o);
        }
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
        } catch (RdfConsumerException e) {
            throw new JenaException("JSON-LD: " + e.getMessage(), e);
        }
    }

    private static JsonObject compact(QuadsToJsonld rdf, Iris iris, Map<String, String> tags) {
        try {
            JsonArray expanded = rdf.toJsonLd();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded),
                    JsonDocument.of(context())).ordered(true).get();
            JsonObjectBuilder out = Json.createObjectBuilder().add("@context", contextUrl(iris));
            compacted.forEach((k, v) -> {
                if (!k.equals("@context")) {
                    out.add(k, restoreTags(v, tags));
                }
            });
            return out.build();
        } catch (JsonLdError e) {
            throw new JenaException("JSON-LD: " + e.getMessage(), e);
        }
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

    private static void write(JsonObject json, OutputStream out) {
        Json.createWriterFactory(PRETTY).createWriter(new NonClosing(out)).write(json);
        try {
            out.write('\n');
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Keeps the JSON writer from closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
