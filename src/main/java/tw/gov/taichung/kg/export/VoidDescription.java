package tw.gov.taichung.kg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Vocab;

/**
 * The VoID and DCAT description of the published dataset: counts (triples, entities, entities per
 * class, triples per property), one subset per named graph with the report it comes from, the licence,
 * the SPARQL endpoint, the dump files, example resources, and for each report a link to its plain
 * text (so that quote positions can be checked). Counts cover the named graphs given (reports, registry,
 * ontology), not this description itself. Nothing here depends on the clock, so it is deterministic.
 */
final class VoidDescription {
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final List<String> EXAMPLE_CLASSES = List.of(Vocab.TDO + "Trip", Vocab.FOAF + "Person",
            Vocab.ORG + "Organization", Vocab.SCHEMA + "City", Vocab.TDO + "Event", Vocab.TDO + "Agreement",
            Vocab.TDO + "Pledge", Vocab.TDO + "CityPartnership", Vocab.TDO + "Report", Vocab.TDO + "Quote");

    private final Graph g = GraphFactory.createDefaultGraph();
    private final Iris iris;
    private final Node dataset;

    private VoidDescription(Iris iris) {
        this.iris = iris;
        this.dataset = uri(Publication.voidDocument(iris) + "#dataset");
    }

    /** Describes {@code content} (its named graphs) as published under {@code iris}. */
    static Graph describe(DatasetGraph content, Iris iris) {
        VoidDescription d = new VoidDescription(iris);
        d.header();
        Set<Triple> union = new HashSet<>();
        content.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                union.add(q.asTriple());
            }
        });
        d.statistics(union);
        d.subsets(content);
        d.distributions();
        return d.g;
    }

    private void header() {
        add(dataset, Vocab.TYPE, uri(Vocab.VOID + "Dataset"));
        add(dataset, Vocab.TYPE, uri(Vocab.DCAT + "Dataset"));
        add(dataset, dct("title"), lang("Taichung Diplomacy Knowledge Graph", "en"));
        add(dataset, dct("title"), lang("臺中市城市外交知識圖譜", "zh-Hant"));
        add(dataset, dct("description"), lang("The official overseas trips of the Taichung City Government "
                + "(2015-2026): who travelled where, whom they met, what they signed and pledged, and what it cost. "
                + "Every fact links to the report it comes from and to the quoted passage. One named graph per "
                + "report. The counts cover the report, registry and ontology graphs, not this description.", "en"));
        add(dataset, dct("description"), lang("臺中市政府出國考察（2015-2026）的知識圖譜：出訪人員、地點、會晤對象、"
                + "簽署協議、承諾與經費。每一筆事實皆連結至出處報告及引文。", "zh-Hant"));
        add(dataset, dct("license"), uri(LICENSE));
        for (String k : List.of("city diplomacy", "Taichung", "official overseas trips", "sister cities")) {
            add(dataset, uri(Vocab.DCAT + "keyword"), lang(k, "en"));
        }
        add(dataset, uri(Vocab.VOID + "uriSpace"), NodeFactory.createLiteralString(iris.base() + "id/"));
        Node endpoint = uri(iris.base() + "kg/sparql");
        add(dataset, uri(Vocab.VOID + "sparqlEndpoint"), endpoint);
        add(endpoint, Vocab.TYPE, uri(Vocab.DCAT + "DataService"));
        add(endpoint, dct("title"), lang("Read-only SPARQL endpoint", "en"));
        add(endpoint, uri(Vocab.DCAT + "endpointURL"), endpoint);
        add(endpoint, uri(Vocab.DCAT + "servesDataset"), dataset);
        add(endpoint, dct("conformsTo"), uri("https://www.w3.org/TR/sparql11-protocol/"));
        add(dataset, uri(Vocab.RDFS + "seeAlso"), uri(Publication.dumpUrl(iris, Dumps.SUMS_FILE)));
    }

    private void statistics(Set<Triple> union) {
        Map<Node, Set<Node>> byClass = new TreeMap<>(Comparator.comparing(Node::getURI));
        Map<Node, Integer> byProperty = new TreeMap<>(Comparator.comparing(Node::getURI));
        Map<Node, Integer> degree = new HashMap<>();
        Set<Node> subjects = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Set<Node> entities = new HashSet<>();
        for (Triple t : union) {
            Node s = t.getSubject();
            subjects.add(s);
            objects.add(t.getObject());
            byProperty.merge(t.getPredicate(), 1, Integer::sum);
            degree.merge(s, 1, Integer::sum);
            degree.merge(t.getObject(), 1, Integer::sum);
            if (s.getURI().startsWith(iris.base() + "id/")) {
                entities.add(s);
            }
            if (t.getPredicate().equals(Vocab.TYPE) && t.getObject().isURI()) {
                byClass.computeIfAbsent(t.getObject(), c -> new HashSet<>()).add(s);
            }
        }
        add(dataset, voidTerm("triples"), count(union.size()));
        add(dataset, voidTerm("entities"), count(entities.size()));
        add(dataset, voidTerm("distinctSubjects"), count(subjects.size()));
        add(dataset, voidTerm("distinctObjects"), count(objects.size()));
        add(dataset, voidTerm("classes"), count(byClass.size()));
        add(dataset, voidTerm("properties"), count(byProperty.size()));
        Set<String> vocabularies = new TreeSet<>();
        byClass.forEach((c, members) -> {
            Node part = uri(Publication.voidDocument(iris) + "#class-" + fragment(c));
            add(dataset, voidTerm("classPartition"), part);
            add(part, voidTerm("class"), c);
            add(part, voidTerm("entities"), count(members.size()));
            addIfKnown(vocabularies, namespace(c));
        });
        byProperty.forEach((p, n) -> {
            Node part = uri(Publication.voidDocument(iris) + "#property-" + fragment(p));
            add(dataset, voidTerm("propertyPartition"), part);
            add(part, voidTerm("property"), p);
            add(part, voidTerm("triples"), count(n));
            addIfKnown(vocabularies, namespace(p));
        });
        vocabularies.forEach(v -> add(dataset, voidTerm("vocabulary"), uri(v)));
        for (String c : EXAMPLE_CLASSES) {
            byClass.getOrDefault(uri(c), Set.of()).stream()
                    .filter(n -> n.getURI().startsWith(iris.base()))
                    .max(Comparator.<Node>comparingInt(n -> degree.getOrDefault(n, 0))
                            .thenComparing(Node::getURI, Comparator.reverseOrder()))
                    .ifPresent(n -> add(dataset, voidTerm("exampleResource"), n));
        }
    }

    private void subsets(DatasetGraph content) {
        String reportGraphs = iris.base() + "graph/report/";
        List<Node> graphs = new ArrayList<>();
        content.listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort(Comparator.comparing(Node::getURI));
        for (Node gn : graphs) {
            Graph graph = content.getGraph(gn);
            add(dataset, voidTerm("subset"), gn);
            add(gn, Vocab.TYPE, uri(Vocab.VOID + "Dataset"));
            add(gn, voidTerm("triples"), count(graph.size()));
            if (gn.getURI().startsWith(reportGraphs)) {
                Node report = iris.id("report", gn.getURI().substring(reportGraphs.length()));
                if (!graph.contains(report, Node.ANY, Node.ANY)) {
                    continue;
                }
                add(dataset, dct("source"), report);
                add(gn, dct("source"), report);
                graph.find(report, Vocab.LABEL, Node.ANY).forEachRemaining(t -> add(gn, dct("title"), t.getObject()));
                graph.find(report, Vocab.tdo("textFile"), Node.ANY).forEachRemaining(t -> text(report, t.getObject()));
            } else if (gn.equals(iris.registryGraph())) {
                add(gn, dct("title"), lang("Registry: people, organisations and places", "en"));
            } else if (gn.equals(iris.ontologyGraph())) {
                add(gn, dct("title"), lang("Ontology and SKOS concept schemes", "en"));
            }
        }
    }

    /** Links a report to its plain text, served at {@code {base}texts/{file}}. */
    private void text(Node report, Node file) {
        String name = file.getLiteralLexicalForm();
        if (!Publication.TEXT_FILE.matcher(name).matches()) {
            return;
        }
        Node text = uri(Publication.textUrl(iris, name));
        add(report, Vocab.schema("encoding"), text);
        add(text, Vocab.TYPE, Vocab.schema("MediaObject"));
        add(text, Vocab.schema("encodingFormat"), NodeFactory.createLiteralString("text/plain; charset=utf-8"));
        add(text, Vocab.schema("encodesCreativeWork"), report);
    }

    private void distributions() {
        for (Exporter.Format f : Exporter.Format.values()) {
            Node file = uri(Publication.dumpUrl(iris, f.fileName));
            add(dataset, voidTerm("dataDump"), file);
            add(dataset, uri(Vocab.DCAT + "distribution"), file);
            add(dataset, voidTerm("feature"), uri(FORMATS + switch (f) {
                case NQ -> "N-Quads";
                case TRIG -> "TriG";
                case TTL -> "Turtle";
                case NT -> "N-Triples";
                case JSONLD -> "JSON-LD";
                case RDF -> "RDF_XML";
            }));
            add(file, Vocab.TYPE, uri(Vocab.DCAT + "Distribution"));
            add(file, uri(Vocab.DCAT + "downloadURL"), file);
            add(file, uri(Vocab.DCAT + "mediaType"), uri(IANA + f.mediaType()));
            add(file, dct("license"), uri(LICENSE));
            add(file, dct("title"), lang(f.lang.getLabel() + (f.quads() ? ", one named graph per report"
                    : ", union of the named graphs"), "en"));
        }
    }

    private static void addIfKnown(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    private static String namespace(Node term) {
        String iri = term.getURI();
        return Vocab.prefixes().getNsPrefixMap().values().stream().filter(iri::startsWith)
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }

    /** A fragment naming a term: {@code tdo-Trip}, or the IRI's safe characters when it has no prefix. */
    private static String fragment(Node term) {
        String ns = namespace(term);
        if (ns != null) {
            String local = term.getURI().substring(ns.length());
            if (local.matches("[A-Za-z0-9_.-]+")) {
                return Vocab.prefixes().getNsURIPrefix(ns) + "-" + local;
            }
        }
        return term.getURI().replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    private void add(Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node uri(String iri) {
        return Vocab.uri(iri);
    }

    private static Node dct(String local) {
        return uri(Vocab.DCT + local);
    }

    private static Node voidTerm(String local) {
        return uri(Vocab.VOID + local);
    }

    private static Node lang(String text, String tag) {
        return NodeFactory.createLiteralLang(text, tag);
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
