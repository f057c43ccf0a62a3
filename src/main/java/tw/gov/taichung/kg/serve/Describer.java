package tw.gov.taichung.kg.serve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Builds the description of one resource, as quads in the named graphs they come from (so a statement
 * still says which report made it):
 * <ul>
 * <li>its outgoing statements, and those of its own fragments ({@code #text}, {@code #position} of a
 * quote; the terms {@code ontology#...} of the ontology);</li>
 * <li>its incoming statements;</li>
 * <li>the provenance of each fact: for the resource and every resource that links to it, the report
 * ({@code prov:wasDerivedFrom}) and the quotes ({@code tdo:attestedBy}), each quote with its source
 * report and its two selectors (exact text with prefix and suffix; start and end);</li>
 * <li>the labels ({@code rdfs:label}, {@code skos:prefLabel}, {@code dct:title}) of everything it links
 * to or is linked from and of the properties and classes used, and each report's link to its text.</li>
 * </ul>
 */
final class Describer {
    private static final Node ATTESTED_BY = Vocab.tdo("attestedBy");
    private static final Node DERIVED_FROM = Vocab.uri(Vocab.PROV + "wasDerivedFrom");
    private static final Node HAS_SOURCE = Vocab.uri(Vocab.OA + "hasSource");
    private static final List<Node> LABELS = List.of(Vocab.LABEL, Vocab.PREF_LABEL, Vocab.uri(Vocab.DCT + "title"));
    private static final List<Node> REPORT_LINKS = List.of(Vocab.tdo("textFile"), Vocab.schema("encoding"));

    private final DatasetGraph data;
    private final Map<String, List<Node>> fragments;
    private final DatasetGraph out = DatasetGraphFactory.create();
    private final Set<Node> mentioned = new LinkedHashSet<>();

    Describer(DatasetGraph data, Map<String, List<Node>> fragments) {
        this.data = data;
        this.fragments = fragments;
        out.prefixes().putAll(Vocab.prefixes().getNsPrefixMap());
    }

    DatasetGraph describe(Node iri) {
        Set<Node> facts = new LinkedHashSet<>();
        facts.add(iri);
        outgoing(iri);
        data.find(Node.ANY, Node.ANY, Node.ANY, iri).forEachRemaining(q -> {
            add(q);
            facts.add(q.getSubject());
        });
        Set<Node> quotes = new LinkedHashSet<>();
        Set<Node> reports = new LinkedHashSet<>();
        for (Node f : facts) {
            data.find(Node.ANY, f, ATTESTED_BY, Node.ANY).forEachRemaining(q -> {
                add(q);
                quotes.add(q.getObject());
            });
            data.find(Node.ANY, f, DERIVED_FROM, Node.ANY).forEachRemaining(q -> {
                add(q);
                reports.add(q.getObject());
            });
        }
        for (Node quote : quotes) {
            outgoing(quote);
            data.find(Node.ANY, quote, HAS_SOURCE, Node.ANY).forEachRemaining(q -> reports.add(q.getObject()));
        }
        for (Node report : reports) {
            for (Node p : REPORT_LINKS) {
                data.find(Node.ANY, report, p, Node.ANY).forEachRemaining(this::add);
            }
        }
        for (Node n : List.copyOf(mentioned)) {
            for (Node p : LABELS) {
                data.find(Node.ANY, n, p, Node.ANY).forEachRemaining(out::add);
            }
        }
        return out;
    }

    /** The statements about a resource and about its fragments. */
    private void outgoing(Node s) {
        data.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(this::add);
        for (Node f : fragments.getOrDefault(s.getURI(), List.of())) {
            data.find(Node.ANY, f, Node.ANY, Node.ANY).forEachRemaining(this::add);
        }
    }

    private void add(Quad q) {
        out.add(q);
        mentioned.add(q.getSubject());
        mentioned.add(q.getPredicate());
        if (q.getObject().isURI()) {
            mentioned.add(q.getObject());
        }
    }
}
