package tw.gov.taichung.kg.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Writes the dataset deterministically, so that two builds of the same data give byte-identical files:
 * every writer is fed statements sorted by their N-Triples form, and no blank node is ever written.
 *
 * <p>The quad formats (N-Quads, TriG, JSON-LD) keep one named graph per report, so a statement still
 * says which report asserted it. The triple formats (Turtle, N-Triples, RDF/XML) cannot name graphs;
 * they hold the union of the named graphs, each distinct triple once. Provenance survives the union,
 * because every fact also links to its report ({@code prov:wasDerivedFrom}) and to its quoted passage
 * ({@code tdo:attestedBy}). The default graph of the input is never written.
 */
public final class Exporter {
    private Exporter() {
    }

    /** The export formats, with their command-line name, file name under the output folder and language. */
    public enum Format {
        NQ("nq", "kg.nq", Lang.NQUADS), TRIG("trig", "kg.trig", Lang.TRIG), TTL("ttl", "kg.ttl", Lang.TURTLE),
        NT("nt", "kg.nt", Lang.NTRIPLES), JSONLD("jsonld", "kg.jsonld", Lang.JSONLD),
        RDF("rdf", "kg.rdf", Lang.RDFXML);

        /** The name on the command line ({@code --format ttl}). */
        public final String id;
        /** The file name in the dump folder ({@code kg.ttl}). */
        public final String fileName;
        /** The RDF language, for parsers and media types. */
        public final Lang lang;

        Format(String id, String fileName, Lang lang) {
            this.id = id;
            this.fileName = fileName;
            this.lang = lang;
        }

        /** True when the format keeps named graphs. */
        public boolean quads() {
            return this == NQ || this == TRIG || this == JSONLD;
        }

        /** The media type, e.g. {@code text/turtle}. */
        public String mediaType() {
            return lang.getHeaderString();
        }

        /** The format with this command-line name (case-insensitive), or null. */
        public static Format byId(String id) {
            return Arrays.stream(values()).filter(f -> f.id.equals(id.toLowerCase(Locale.ROOT))).findFirst()
                    .orElse(null);
        }
    }

    /** Writes the named graphs of {@code dsg}; JSON-LD refers to the context published under the default base. */
    public static void write(DatasetGraph dsg, Format format, OutputStream out) {
        write(dsg, format, Iris.defaults(), out);
    }

    /** Writes the named graphs of {@code dsg}; JSON-LD refers to the context published under {@code iris}. */
    public static void write(DatasetGraph dsg, Format format, Iris iris, OutputStream out) {
        write(new Sorted(dsg), format, iris, out);
    }

    static void write(Sorted sorted, Format format, Iris iris, OutputStream out) {
        switch (format) {
            case NQ -> lines(sorted.lines(), out);
            case TRIG -> stream(out, RDFFormat.TRIG_BLOCKS, s -> sorted.byGraph().forEach(s::quad));
            case JSONLD -> JsonLdWriter.writeQuads(sorted.byGraph(), iris, out);
            case TTL -> stream(out, RDFFormat.TURTLE_BLOCKS, s -> sorted.union().forEach(s::triple));
            case NT -> lines(sorted.union().stream().map(t -> sorted.key(t) + " .").toList(), out);
            case RDF -> RdfXmlWriter.write(sorted.union(), Sorting.prefixes(), out);
        }
    }

    /**
     * Writes one graph. Quad formats put it in the default graph (TriG, N-Quads) or write it as a plain
     * JSON-LD graph; the others write it as they would the union.
     */
    public static void write(Graph graph, Format format, Iris iris, OutputStream out) {
        List<Triple> triples = Sorting.triples(graph);
        switch (format) {
            case NQ, TRIG -> stream(out, format == Format.NQ ? RDFFormat.NQUADS : RDFFormat.TRIG_BLOCKS,
                    s -> triples.forEach(s::triple));
            default -> writeTriples(triples, format, iris, out);
        }
    }

    private static void writeTriples(List<Triple> triples, Format format, Iris iris, OutputStream out) {
        switch (format) {
            case TTL -> stream(out, RDFFormat.TURTLE_BLOCKS, s -> triples.forEach(s::triple));
            case NT -> lines(triples.stream().map(Sorting::key).map(k -> k + " .").toList(), out);
            case RDF -> RdfXmlWriter.write(triples, Sorting.prefixes(), out);
            case JSONLD -> JsonLdWriter.writeTriples(triples, iris, out);
            default -> throw new IllegalArgumentException("not a triple format: " + format);
        }
    }

    private static void stream(OutputStream out, RDFFormat format, java.util.function.Consumer<StreamRDF> body) {
        StreamRDF s = StreamRDFWriter.getWriterStream(out, format);
        s.start();
        Sorting.prefixes().forEach(s::prefix);
        body.accept(s);
        s.finish();
    }

    private static void lines(List<String> lines, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (String l : lines) {
            w.print(l);
            w.print('\n');
        }
        w.flush();
    }
}
