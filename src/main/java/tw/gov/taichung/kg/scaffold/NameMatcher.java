package tw.gov.taichung.kg.scaffold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tw.gov.taichung.kg.scaffold.Registry.Entity;

/**
 * Finds registry entities by name: every zh, en and alt spelling, compared by {@link Text#key} (so full-width
 * letters, spaces inside a name such as 柳 嘉峰, and 台/臺 do not matter).
 */
final class NameMatcher {
    /** An entity named in a text: where (char indices of the text searched) and under which spelling. */
    record Hit(Entity entity, int start, int end, String name) {
    }

    private final Map<String, List<Entity>> byKey = new LinkedHashMap<>();
    private final List<String> keysLongestFirst;

    NameMatcher(Registry registry) {
        for (Entity e : registry.entities()) {
            for (String n : e.names()) {
                String k = Text.key(n);
                if (usable(k)) {
                    List<Entity> l = byKey.computeIfAbsent(k, x -> new ArrayList<>());
                    if (!l.contains(e)) {
                        l.add(e);
                    }
                }
            }
        }
        keysLongestFirst = byKey.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static boolean usable(String k) {
        return Text.hasCjk(k) ? k.codePointCount(0, k.length()) >= 2 : k.length() >= 3;
    }

    /** Entities of a kind whose name is exactly {@code name} (up to {@link Text#key}). */
    List<Entity> named(String name, String kind) {
        return byKey.getOrDefault(Text.key(name), List.of()).stream().filter(e -> e.kind().equals(kind)).toList();
    }

    /** The one entity of the kind with this exact name, or null (none, or more than one). */
    Entity unique(String name, String kind) {
        List<Entity> l = named(name, kind);
        return l.size() == 1 ? l.get(0) : null;
    }

    /**
     * Entities named in {@code text}, longest spelling first, without overlaps, in text order. An entity is
     * kept only when {@code accept} takes it; a spelling shared by several accepted entities yields one hit
     * per entity at the same place (the caller chooses or flags).
     */
    List<Hit> find(String text, Predicate<Entity> accept) {
        Text.Keyed kt = Text.keyed(text);
        String key = kt.key();
        boolean[] taken = new boolean[key.length()];
        List<Hit> out = new ArrayList<>();
        for (String k : keysLongestFirst) {
            List<Entity> es = byKey.get(k).stream().filter(accept).toList();
            if (es.isEmpty()) {
                continue;
            }
            for (int at = key.indexOf(k); at >= 0; at = key.indexOf(k, at + 1)) {
                int endK = at + k.length();
                int s = kt.start(at, text.length());
                int e = kt.end(endK);
                if (overlaps(taken, at, endK) || !Text.hasCjk(k) && !wordBounded(text, s, e)) {
                    continue;
                }
                for (int i = at; i < endK; i++) {
                    taken[i] = true;
                }
                for (Entity en : es) {
                    out.add(new Hit(en, s, e, text.substring(s, e)));
                }
            }
        }
        out.sort(Comparator.comparingInt(Hit::start));
        return out;
    }

    private static boolean overlaps(boolean[] taken, int a, int b) {
        for (int i = a; i < b; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** A Latin name must not be part of a longer word: no ASCII letter or digit right before or after. */
    private static boolean wordBounded(String text, int a, int b) {
        return (a == 0 || !latin(text.charAt(a - 1))) && (b >= text.length() || !latin(text.charAt(b)));
    }

    private static boolean latin(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }
}
