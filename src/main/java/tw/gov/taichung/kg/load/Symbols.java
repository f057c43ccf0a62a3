package tw.gov.taichung.kg.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tw.gov.taichung.kg.model.Location;

/** Every id declared anywhere in the data, by kind, with where it was first declared. */
final class Symbols {
    private final Map<String, Map<String, Location>> byKind = new HashMap<>();

    /** Declares an id; returns the earlier declaration if the id already exists for this kind. */
    Location declare(String kind, String id, Location at) {
        return byKind.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, at);
    }

    boolean has(String kind, String id) {
        return byKind.getOrDefault(kind, Map.of()).containsKey(id);
    }

    /** The kinds among {@code allowed} under which the id is declared. */
    List<String> kindsOf(String id, List<String> allowed) {
        List<String> out = new ArrayList<>();
        for (String k : allowed) {
            if (has(k, id)) {
                out.add(k);
            }
        }
        return out;
    }
}
