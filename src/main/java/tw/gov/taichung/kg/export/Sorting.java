package tw.gov.taichung.kg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Sorted views of a dataset, the basis of every deterministic writer. Terms are ordered by their
 * N-Triples form, so all statements about one subject (and, for quads, one graph) are contiguous.
 */
final class Sorting {
    private Sorting() {
    }

    static String nt(Node n) {
        return NTriples.term(n);
    }

    /** The quads of the named graphs (the default graph is left out), by graph, subject, predicate, object. */
    static List<Quad> namedQuads(DatasetGraph dsg) {
        List<Quad> quads = new ArrayList<>();
        dsg.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                quads.add(q);
            }
        });
        return sortBy(quads, q -> nt(q.getGraph()) + " " + nt(q.getSubject()) + " " + nt(q.getPredicate()) + " "
                + nt(q.getObject()));
    }

    /** The distinct triples of the union of the named graphs, by subject, predicate, object. */
    static List<Triple> unionTriples(DatasetGraph dsg) {
        Map<String, Triple> byKey = new TreeMap<>();
        dsg.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                byKey.putIfAbsent(key(q.asTriple()), q.asTriple());
            }
        });
        return new ArrayList<>(byKey.values());
    }

    /** The triples of one graph, by subject, predicate, object. */
    static List<Triple> triples(Graph g) {
        return sortBy(g.find().toList(), Sorting::key);
    }

    static String key(Triple t) {
        return nt(t.getSubject()) + " " + nt(t.getPredicate()) + " " + nt(t.getObject());
    }

    /** The standard prefixes, by prefix name. */
    static Map<String, String> prefixes() {
        Map<String, String> out = new LinkedHashMap<>();
        new TreeMap<>(Vocab.prefixes().getNsPrefixMap()).forEach(out::put);
        return out;
    }

    static <T> List<T> sortBy(List<T> items, Function<T, String> key) {
        record Keyed<T>(String key, T item) {
        }
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (T t : items) {
            keyed.add(new Keyed<>(key.apply(t), t));
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        List<T> out = new ArrayList<>(keyed.size());
        keyed.forEach(k -> out.add(k.item()));
        return out;
    }
}
