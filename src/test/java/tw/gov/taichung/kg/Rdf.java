package tw.gov.taichung.kg;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import tw.gov.taichung.kg.export.JsonLdWriter;
import tw.gov.taichung.kg.model.Vocab;

/** Test helpers: parse any format back (JSON-LD with a context loader), compare, build terms. */
final class Rdf {
    static final String BASE = Vocab.SITE;

    private Rdf() {
    }

    /** Parses with the JSON-LD context taken from the code, not the network. */
    static DatasetGraph parse(byte[] body, Lang lang) {
        return parse(body, lang, url -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JsonLdWriter.writeContext(out);
            return out.toByteArray();
        });
    }

    /** Parses; a JSON-LD context URL is fetched with {@code fetch} (null: not found). */
    static DatasetGraph parse(byte[] body, Lang lang, Function<String, byte[]> fetch) {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, o) -> {
            byte[] doc = fetch.apply(url.toString());
            if (doc == null) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "cannot load " + url);
            }
            return JsonDocument.of(new ByteArrayInputStream(doc));
        });
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).context(context).parse(d);
        return d;
    }

    /** The quads of the named graphs. */
    static Set<Quad> quads(DatasetGraph d) {
        Set<Quad> out = new HashSet<>();
        d.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                out.add(q);
            }
        });
        return out;
    }

    /** Every triple of every graph, default graph included. */
    static Graph union(DatasetGraph d) {
        Graph g = GraphFactory.createDefaultGraph();
        d.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri.startsWith("http") ? iri : BASE + iri);
    }

    static Node zh(String text) {
        return NodeFactory.createLiteralLang(text, "zh-Hant");
    }

    static Node str(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node tdo(String local) {
        return Vocab.tdo(local);
    }

    static Node term(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }
}
