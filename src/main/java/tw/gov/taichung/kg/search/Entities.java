package tw.gov.taichung.kg.search;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Vocab;

/** What a search shows of an entity: its kind, its labels, and the number of statements it takes part in. */
final class Entities {
    /** The kinds of entity that search and the lists show (the {@code id/{kind}/} of their IRIs). */
    static final List<String> KINDS = List.of("person", "org", "place", "trip", "event", "pledge", "agreement",
            "report");

    private final DatasetGraph data;
    private final String idBase;
    private final Map<String, Integer> facts = new ConcurrentHashMap<>();

    Entities(DatasetGraph data, Iris iris) {
        this.data = data;
        this.idBase = iris.base() + "id/";
    }

    /** The kind of an IRI (one of {@link #KINDS}), or null when it is not an entity of ours. */
    String kind(String iri) {
        if (!iri.startsWith(idBase) || iri.contains("#")) {
            return null;
        }
        int slash = iri.indexOf('/', idBase.length());
        String kind = slash < 0 ? null : iri.substring(idBase.length(), slash);
        return KINDS.contains(kind) ? kind : null;
    }

    /** The preferred label in a language group ("zh" or "en"), the least in order when there are several. */
    String label(Node n, String lang) {
        String best = null;
        for (Node p : List.of(Vocab.PREF_LABEL, Vocab.LABEL)) {
            var it = data.find(Node.ANY, n, p, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral() && group(o.getLiteralLanguage()).equals(lang)
                        && (best == null || o.getLiteralLexicalForm().compareTo(best) < 0)) {
                    best = o.getLiteralLexicalForm();
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** The Chinese label, else the English one, else the IRI's last part. */
    String shortLabel(Node n) {
        String zh = label(n, "zh");
        String en = zh == null ? label(n, "en") : null;
        return zh != null ? zh : en != null ? en : n.getURI().substring(n.getURI().lastIndexOf('/') + 1);
    }

    /** The distinct statements (in any named graph) with the entity as subject or object. */
    int facts(Node n) {
        return facts.computeIfAbsent(n.getURI(), k -> {
            Set<Triple> seen = new HashSet<>();
            data.find(Node.ANY, n, Node.ANY, Node.ANY).forEachRemaining(q -> seen.add(q.asTriple()));
            data.find(Node.ANY, Node.ANY, Node.ANY, n).forEachRemaining(q -> seen.add(q.asTriple()));
            return seen.size();
        });
    }

    static String group(String lang) {
        String tag = lang.toLowerCase(Locale.ROOT);
        return tag.equals("zh") || tag.startsWith("zh-") ? "zh" : tag.equals("en") || tag.startsWith("en-") ? "en" : tag;
    }

    Hits.EntityHit hit(String iri, String matched) {
        Node n = Vocab.uri(iri);
        return new Hits.EntityHit(iri, kind(iri), label(n, "zh"), label(n, "en"), matched, facts(n));
    }

    Hits.Fact fact(Node n) {
        String kind = kind(n.getURI());
        return new Hits.Fact(n.getURI(), kind, shortLabel(n));
    }
}
