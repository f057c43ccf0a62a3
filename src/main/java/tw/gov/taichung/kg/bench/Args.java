package tw.gov.taichung.kg.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Worker arguments: {@code --key value} pairs (a key may repeat). */
final class Args {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    Args(String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --key value at " + args[i]);
            }
            values.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[++i]);
        }
    }

    String get(String key) {
        List<String> v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return v.get(v.size() - 1);
    }

    String get(String key, String dflt) {
        List<String> v = values.get(key);
        return v == null ? dflt : v.get(v.size() - 1);
    }

    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }

    int integer(String key, int dflt) {
        return Integer.parseInt(get(key, Integer.toString(dflt)));
    }

    double number(String key, double dflt) {
        return Double.parseDouble(get(key, Double.toString(dflt)));
    }
}
