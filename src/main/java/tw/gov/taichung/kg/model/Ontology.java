package tw.gov.taichung.kg.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The ontology and SKOS concept schemes, bundled as classpath resources under {@code /ontology}. */
public final class Ontology {
    private static final List<String> FILES = List.of("/ontology/tdkg.ttl", "/ontology/concepts.ttl");

    private Ontology() {
    }

    /** A fresh graph holding the ontology and the concept schemes. */
    public static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String f : FILES) {
            readResource(f, g);
        }
        return g;
    }

    /** Parses a Turtle classpath resource into the given graph. */
    public static void readResource(String path, Graph into) {
        try (InputStream in = Ontology.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " (is the jar built?)");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
