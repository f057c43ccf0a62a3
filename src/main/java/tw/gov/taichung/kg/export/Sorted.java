package tw.gov.taichung.kg.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The sorted views of one dataset that the writers need, each made once and shared (safely between threads),
 * so that writing all six dump files sorts three times instead of six and formats every term once.
 */
final class Sorted {
    private final DatasetGraph dsg;
    private final Map<Node, String> terms = new ConcurrentHashMap<>();
    private List<Quad> byGraph;
    private List<String> lines;
    private List<Triple> union;

    Sorted(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    String nt(Node n) {
        String s = terms.get(n);
        if (s == null) {
            s = NTriples.term(n);
            terms.put(n, s);
        }
        return s;
    }

    String key(Triple t) {
        return Sorting.key(t, this::nt);
    }

    /** The quads of the named graphs by graph, subject, predicate, object (TriG, JSON-LD). */
    synchronized List<Quad> byGraph() {
        if (byGraph == null) {
            byGraph = sortBy(named(), q -> nt(q.getGraph()) + " " + key(q.asTriple()));
        }
        return byGraph;
    }

    /** The N-Quads lines of the named graphs, sorted. */
    synchronized List<String> lines() {
        if (lines == null) {
            List<String> out = new ArrayList<>();
            for (Quad q : named()) {
                out.add(key(q.asTriple()) + " " + nt(q.getGraph()) + " .");
            }
            out.sort(null);
            lines = out;
        }
        return lines;
    }

    /** The distinct triples of the union of the named graphs, by subject, predicate, object. */
    synchronized List<Triple> union() {
        if (union == null) {
            Map<String, Triple> byKey = new TreeMap<>();
            for (Quad q : named()) {
                byKey.putIfAbsent(key(q.asTriple()), q.asTriple());
            }
            union = new ArrayList<>(byKey.values());
        }
        return union;
    }

    private List<Quad> named() {
        List<Quad> quads = new ArrayList<>();
        dsg.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                quads.add(q);
            }
        });
        return quads;
    }

    static <T> List<T> sortBy(List<T> items, Function<T, String> key) {
        record Keyed<T>(String key, T item) {
        }
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (T t : items) {
            keyed.add(new Keyed<>(key.apply(t), t));
        }
        keyed.sort((a, b) -> a.key().compareTo(b.key()));
        List<T> out = new ArrayList<>(keyed.size());
        keyed.forEach(k -> out.add(k.item()));
        return out;
    }
}
