package tw.gov.taichung.kg.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Location;
import tw.gov.taichung.kg.model.Problem;
import tw.gov.taichung.kg.model.Vocab;

/** Shared state of one loading run: the symbol table, problems, node origins and the graph being written. */
final class Ctx {
    /** A tag-like '<' anywhere in a label (compiled once: labels are checked by the thousand). */
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("<[A-Za-z/!]");
    /** The kinds an "entity id" of the new kinds of fact may name. */
    static final String[] ENTITY = {"person", "org", "place", "project", "trip", "event", "agreement",
        "partnership", "pledge", "report", "table"};
    /** Who can say, invite, give or pledge: people, organisations and places. */
    static final String[] AGENT = {"person", "org", "place"};
    final Iris iris;
    /** Report texts by report id, for quotes checked against another report than the one being read. */
    final Map<String, String> reportTexts = new java.util.HashMap<>();
    final Symbols symbols;
    final List<Problem> problems;
    final Map<Node, Location> origins;
    Graph graph;

    Ctx(Iris iris, Symbols symbols, List<Problem> problems, Map<Node, Location> origins) {
        this.iris = iris;
        this.symbols = symbols;
        this.problems = problems;
        this.origins = origins;
    }

    Fields fields(Y map, Set<String> allowed) {
        return new Fields(map, allowed, problems);
    }

    void add(Node s, Node p, Node o) {
        if (s != null && o != null) {
            graph.add(Triple.create(s, p, o));
        }
    }

    /**
     * The IRI of a curated id. The node also gets its id (the last segment of its IRI) as
     * {@code dct:identifier}, so that a query can find it without naming an IRI of one base
     * ({@code ?org dct:identifier "nvidia"}).
     */
    Node mint(String kind, String id, Location at) {
        Node n = iris.id(kind, id);
        origins.putIfAbsent(n, at);
        add(n, IDENTIFIER, NodeFactory.createLiteralString(id));
        return n;
    }

    private static final Node IDENTIFIER = Vocab.uri(Vocab.DCT + "identifier");

    /** Resolves one id among the allowed kinds, or reports why it cannot. */
    Node resolve(Y value, String key, List<String> kinds) {
        String id = value.text().strip();
        List<String> found = symbols.kindsOf(id, kinds);
        if (found.size() == 1) {
            return iris.id(found.get(0), id);
        }
        problems.add(value.at().problem(found.isEmpty() ? "UNKNOWN_REF" : "AMBIGUOUS_REF",
                found.isEmpty()
                        ? "'" + key + "' refers to '" + id + "', which is not a known " + String.join(" or ", kinds)
                        : "'" + key + "' refers to '" + id + "', which is both a " + String.join(" and a ", found)));
        return null;
    }

    Node ref(Fields f, String key, boolean required, String... kinds) {
        if (f.text(key, required) == null) {
            return null;
        }
        return resolve(f.node(key), key, List.of(kinds));
    }

    List<Node> refs(Fields f, String key, String... kinds) {
        List<Node> out = new ArrayList<>();
        for (Y v : f.scalars(key)) {
            Node n = resolve(v, key, List.of(kinds));
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    /** zh (required), en, en_stated and alt, as SKOS and RDFS labels. */
    void labels(Node s, Fields f) {
        String zh = label(f, "zh", true);
        String en = label(f, "en", false);
        Boolean stated = f.bool("en_stated");
        if (zh != null) {
            add(s, Vocab.PREF_LABEL, lang(zh, "zh-Hant"));
            add(s, Vocab.LABEL, lang(zh, "zh-Hant"));
        }
        if (en != null) {
            add(s, Vocab.PREF_LABEL, lang(en, "en"));
            add(s, Vocab.LABEL, lang(en, "en"));
            add(s, Vocab.tdo("englishLabelOrigin"),
                    Vocab.tdo(Boolean.TRUE.equals(stated) ? "StatedInReport" : "SuppliedByCurator"));
        }
        alts(s, f);
    }

    void alts(Node s, Fields f) {
        for (Y a : f.scalars("alt")) {
            String t = a.text().strip();
            if (checkMarkup(a.at(), "alt", t)) {
                add(s, Vocab.ALT_LABEL, lang(t, hasCjk(t) ? "zh-Hant" : "en"));
            }
        }
    }

    String label(Fields f, String key, boolean required) {
        String t = f.text(key, required);
        return t != null && checkMarkup(f.at(key), key, t) ? t : null;
    }

    private boolean checkMarkup(Location at, String key, String t) {
        if (MARKUP.matcher(t).find()) {
            problems.add(at.problem("LABEL_MARKUP", "'" + key + "' contains markup: '" + t
                    + "'; labels are plain text"));
            return false;
        }
        return true;
    }

    static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static Node lang(String text, String tag) {
        return NodeFactory.createLiteralLang(text, tag);
    }

    static Node str(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    static Node decimal(BigDecimal v) {
        return NodeFactory.createLiteralDT(v.toPlainString(), XSDDatatype.XSDdecimal);
    }

    static Node bool(boolean v) {
        return NodeFactory.createLiteralDT(Boolean.toString(v), XSDDatatype.XSDboolean);
    }
}
