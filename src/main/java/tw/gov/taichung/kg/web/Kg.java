package tw.gov.taichung.kg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Read access to the named graphs of the served dataset (the default graph, a union, is never read, so
 * every statement is seen once, with the report graph that states it). Lists come sorted, so pages are
 * the same on every request.
 */
final class Kg {
    static final Node TITLE = Vocab.uri(Vocab.DCT + "title");
    static final Comparator<Node> BY_IRI = Comparator.comparing(Node::toString);

    private final DatasetGraph data;

    Kg(DatasetGraph data) {
        this.data = data;
    }

    DatasetGraph data() {
        return data;
    }

    /** The statements matching a pattern (null or {@link Node#ANY} is a wildcard), in every named graph. */
    List<Quad> find(Node s, Node p, Node o) {
        List<Quad> out = new ArrayList<>();
        data.findNG(Node.ANY, s == null ? Node.ANY : s, p == null ? Node.ANY : p, o == null ? Node.ANY : o)
                .forEachRemaining(out::add);
        return out;
    }

    /** The distinct objects of {@code s p ?o}, sorted. */
    List<Node> objects(Node s, Node p) {
        Set<Node> out = new TreeSet<>(BY_IRI);
        find(s, p, null).forEach(q -> out.add(q.getObject()));
        return List.copyOf(out);
    }

    /** One object of {@code s p ?o} (the first in order), or null. */
    Node object(Node s, Node p) {
        List<Node> all = objects(s, p);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The lexical form of one literal object, or null. */
    String text(Node s, Node p) {
        for (Node o : objects(s, p)) {
            if (o.isLiteral()) {
                return o.getLiteralLexicalForm();
            }
        }
        return null;
    }

    /** The distinct subjects of {@code ?s p o}, sorted. */
    List<Node> subjects(Node p, Node o) {
        Set<Node> out = new TreeSet<>(BY_IRI);
        find(null, p, o).forEach(q -> out.add(q.getSubject()));
        return List.copyOf(out);
    }

    boolean isA(Node s, Node type) {
        return data.findNG(Node.ANY, s, Vocab.TYPE, type).hasNext();
    }

    boolean has(Node s, Node p) {
        return data.findNG(Node.ANY, s, p, Node.ANY).hasNext();
    }

    /** The named graphs (reports, registry, ontology) that state {@code s p o}, sorted. */
    List<Node> graphs(Node s, Node p, Node o) {
        Set<Node> out = new TreeSet<>(BY_IRI);
        data.findNG(Node.ANY, s, p, o).forEachRemaining(q -> out.add(q.getGraph()));
        return List.copyOf(out);
    }

    /** The label in one language ("zh" for zh-Hant and other Chinese tags, "en", or "" for none). */
    String label(Node n, String lang) {
        String best = null;
        for (Node p : List.of(Vocab.PREF_LABEL, Vocab.LABEL, TITLE)) {
            for (Quad q : find(n, p, null)) {
                Node o = q.getObject();
                if (o.isLiteral() && langOf(o).equals(lang)
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

    String zh(Node n) {
        return label(n, "zh");
    }

    String en(Node n) {
        return label(n, "en");
    }

    /** "張光瑤 · Chang Kuang-yao", one of them, a label without language, or null when there is none. */
    String label(Node n) {
        List<String> parts = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            String l = label(n, lang);
            if (l != null && !parts.contains(l)) {
                parts.add(l);
            }
        }
        if (parts.isEmpty()) {
            String plain = label(n, "");
            return plain != null ? plain : anyLabel(n);
        }
        return String.join(" · ", parts);
    }

    /** The Chinese label, else the English one, else any, else null. */
    String shortLabel(Node n) {
        String zh = zh(n);
        if (zh != null) {
            return zh;
        }
        String en = en(n);
        return en != null ? en : label(n, "") != null ? label(n, "") : anyLabel(n);
    }

    private String anyLabel(Node n) {
        Set<String> all = new TreeSet<>();
        for (Node p : List.of(Vocab.PREF_LABEL, Vocab.LABEL, TITLE)) {
            find(n, p, null).forEach(q -> {
                if (q.getObject().isLiteral()) {
                    all.add(q.getObject().getLiteralLexicalForm());
                }
            });
        }
        return all.isEmpty() ? null : all.iterator().next();
    }

    /** The language group of a literal: "zh" for any Chinese tag, "en", else the tag, "" for none. */
    static String langOf(Node literal) {
        String tag = literal.getLiteralLanguage().toLowerCase(Locale.ROOT);
        if (tag.equals("zh") || tag.startsWith("zh-")) {
            return "zh";
        }
        if (tag.equals("en") || tag.startsWith("en-")) {
            return "en";
        }
        return tag;
    }

    /** The quotes that attest a resource (its {@code tdo:attestedBy}), sorted. */
    List<Node> quotes(Node fact) {
        return objects(fact, Vocab.tdo("attestedBy"));
    }

    /** Distinct nodes in first-seen order. */
    static List<Node> distinct(List<Node> nodes) {
        return List.copyOf(new LinkedHashSet<>(nodes));
    }
}
