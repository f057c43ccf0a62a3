package tw.gov.taichung.kg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.apache.jena.graph.Node;

/**
 * Every entity of one kind with what its list shows and filters by: labels, date, number of statements, and
 * the values of each facet. Made once per kind from the served data and kept (the lists, like the linked-data
 * pages, show the data as it was when the server started).
 */
final class Listing {
    /** One entity of the list. */
    record Row(Node entity, String zh, String en, String date, int facts, Map<String, List<Node>> values) {
    }

    private final String kind;
    private final List<Row> rows;

    private Listing(String kind, List<Row> rows) {
        this.kind = kind;
        this.rows = rows;
    }

    String kind() {
        return kind;
    }

    List<Row> rows() {
        return rows;
    }

    /** The list of {@code kind} from the served data; {@code facts} counts an entity's statements. */
    static Listing of(WebUi web, String kind, ToIntFunction<Node> facts) {
        String base = web.iris().base();
        String prefix = base + "id/" + kind + "/";
        Map<Node, Map<String, List<Node>>> values = new LinkedHashMap<>();
        Sparql.Answer all = web.sparql().select("SELECT DISTINCT ?e WHERE { ?e ?p ?o FILTER(isIRI(?e) && STRSTARTS(STR(?e), "
                + "\"" + prefix + "\") && !CONTAINS(STR(?e), \"#\")) } ORDER BY ?e");
        all.rows().forEach(r -> values.put(r.get("e"), new HashMap<>()));
        for (Facets.Facet f : Facets.of(kind)) {
            String q = Facets.PREFIXES + "SELECT DISTINCT ?e ?v WHERE { " + f.pattern().replace("%s", base) + " FILTER(STRSTARTS("
                    + "STR(?e), \"" + prefix + "\")) }";
            for (Map<String, Node> r : web.sparql().select(q).rows()) {
                Map<String, List<Node>> m = values.get(r.get("e"));
                if (m != null && r.get("v") != null) {
                    m.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(r.get("v"));
                }
            }
        }
        Map<Node, String> dates = dates(web, kind, prefix);
        List<Row> rows = new ArrayList<>();
        Kg kg = web.kg();
        values.forEach((e, m) -> {
            m.replaceAll((k, v) -> sorted(v));
            rows.add(new Row(e, kg.zh(e), kg.en(e), dates.get(e), facts.applyAsInt(e), Map.copyOf(m)));
        });
        return new Listing(kind, List.copyOf(rows));
    }

    private static List<Node> sorted(List<Node> nodes) {
        TreeSet<Node> set = new TreeSet<>(Kg.BY_IRI);
        set.addAll(nodes);
        return List.copyOf(set);
    }

    private static Map<Node, String> dates(WebUi web, String kind, String prefix) {
        Map<Node, String> out = new HashMap<>();
        String pattern = Facets.datePattern(kind);
        if (pattern == null) {
            return out;
        }
        String q = Facets.PREFIXES + "SELECT ?e (MIN(STR(?d)) AS ?date) WHERE { " + pattern + " FILTER(STRSTARTS(STR(?e), \""
                + prefix + "\")) } GROUP BY ?e";
        web.sparql().select(q).rows().forEach(r -> out.put(r.get("e"), Sparql.text(r, "date")));
        return out;
    }

    /** The rows whose facets have every value asked for ({@code filters}: facet key to value key). */
    List<Row> filter(Map<String, String> filters) {
        return rows.stream().filter(r -> filters.entrySet().stream().allMatch(f -> r.values()
                .getOrDefault(f.getKey(), List.of()).stream().anyMatch(v -> key(v).equals(f.getValue())))).toList();
    }

    /** The key of a facet value in a query string: a resource's last path segment, or a literal's text. */
    static String key(Node v) {
        if (v.isURI()) {
            String u = v.getURI();
            return u.substring(Math.max(u.lastIndexOf('/'), u.lastIndexOf('#')) + 1);
        }
        return v.isLiteral() ? v.getLiteralLexicalForm() : v.toString();
    }

    /** The orders a list can be sorted in, by name; the first is the default. */
    static final List<String> SORTS = List.of("name", "en", "facts", "date");

    static Comparator<Row> order(String sort) {
        Comparator<Row> byIri = Comparator.comparing(r -> r.entity().getURI());
        Comparator<Row> byZh = Comparator.comparing((Row r) -> r.zh() == null ? "\uffff" : r.zh()).thenComparing(byIri);
        return switch (sort) {
            case "en" -> Comparator.comparing((Row r) -> r.en() == null ? "\uffff" : r.en().toLowerCase()).thenComparing(byIri);
            case "facts" -> Comparator.comparingInt(Row::facts).reversed().thenComparing(byZh);
            case "date" -> Comparator.comparing((Row r) -> r.date() == null ? "\uffff" : r.date()).thenComparing(byZh);
            default -> byZh;
        };
    }
}
