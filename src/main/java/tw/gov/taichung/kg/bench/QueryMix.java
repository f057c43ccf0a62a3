package tw.gov.taichung.kg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.gov.taichung.kg.query.NamedQuery;
import tw.gov.taichung.kg.query.QueryLibrary;

/**
 * The named-query mix: every {@code .rq} file of the queries folder (or, without one, the queries bundled
 * in the jar), rendered with its default parameters, in name order. New queries join the mix by themselves.
 */
public record QueryMix(List<Entry> entries) {
    /** One query of the mix: its name and the SPARQL text sent to every engine. */
    public record Entry(String name, String sparql) {
    }

    public QueryMix {
        entries = List.copyOf(entries);
    }

    /** The queries of {@code dir} when it is a folder, else the bundled ones. */
    public static QueryMix load(Path dir) throws IOException {
        QueryLibrary lib = dir != null && Files.isDirectory(dir) ? QueryLibrary.fromFolder(dir) : QueryLibrary.bundled();
        List<Entry> out = new ArrayList<>();
        for (NamedQuery q : lib.all().values()) {
            out.add(new Entry(q.name(), q.render(Map.of())));
        }
        return new QueryMix(out);
    }

    /** The mix restricted to the given names (kept in mix order). */
    public QueryMix only(Set<String> names) {
        return new QueryMix(entries.stream().filter(e -> names.contains(e.name())).toList());
    }

    public List<String> names() {
        return entries.stream().map(Entry::name).toList();
    }

    /** Name to SPARQL, in mix order. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        entries.forEach(e -> m.put(e.name(), e.sparql()));
        return m;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
