package tw.gov.taichung.kg.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Sorted views of a dataset, the basis of every deterministic writer. Terms are ordered by their
 * N-Triples form, so all statements about one subject (and, for quads, one graph) are contiguous.
 */
final class Sorting {
    private Sorting() {
    }

    /** The triples of one graph, by subject, predicate, object. */
    static List<Triple> triples(Graph g) {
        return Sorted.sortBy(g.find().toList(), Sorting::key);
    }

    /** A triple's sort key: its N-Triples terms, space-separated. */
    static String key(Triple t) {
        return key(t, NTriples::term);
    }

    /** The same, with the terms formatted by {@code nt} (which may keep them). */
    static String key(Triple t, Function<Node, String> nt) {
        return nt.apply(t.getSubject()) + " " + nt.apply(t.getPredicate()) + " " + nt.apply(t.getObject());
    }

    private static final Map<String, String> PREFIXES = sortedPrefixes();

    /** The standard prefixes, by prefix name (unmodifiable). */
    static Map<String, String> prefixes() {
        return PREFIXES;
    }

    private static Map<String, String> sortedPrefixes() {
        Map<String, String> out = new LinkedHashMap<>();
        new TreeMap<>(Vocab.prefixes().getNsPrefixMap()).forEach(out::put);
        return java.util.Collections.unmodifiableMap(out);
    }
}
