package tw.gov.taichung.kg.bench;

import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The quote checks on their own: every {@code quote} of every report file is located again in its report
 * text by the loader's own {@code QuoteLocator} (count of occurrences, then the position and context of
 * the chosen one), timed apart from the rest of loading. The loader does this same work inside
 * {@code load}; this replay only isolates its cost. Finding the quotes (a YAML parse) is not timed.
 */
final class QuoteReplay {
    private final List<String[]> work = new ArrayList<>();
    private final Constructor<?> locator;
    private final Method count;
    private final Method find;

    /** Collects (text, quote, occurrence) for every quote of the bundle's report files. */
    QuoteReplay(Map<String, String> files) throws ReflectiveOperationException {
        Class<?> c = Class.forName("tw.gov.taichung.kg.load.QuoteLocator");
        locator = c.getDeclaredConstructor(String.class);
        count = c.getDeclaredMethod("count", String.class);
        find = c.getDeclaredMethod("find", String.class, int.class);
        locator.setAccessible(true);
        count.setAccessible(true);
        find.setAccessible(true);
        LoaderOptions opts = new LoaderOptions();
        opts.setCodePointLimit(Integer.MAX_VALUE);
        for (var e : files.entrySet()) {
            if (!e.getKey().startsWith("reports/") || !e.getKey().endsWith(".yaml")) {
                continue;
            }
            Node root = new Yaml(opts).compose(new StringReader(e.getValue()));
            Node text = field(field(root, "report"), "text");
            String t = text instanceof ScalarNode s ? files.get("reports/" + s.getValue().strip()) : null;
            if (t != null) {
                collect(root, t);
            }
        }
    }

    int quotes() {
        return work.size();
    }

    /** Locates every quote again; returns the elapsed milliseconds. */
    double run() throws ReflectiveOperationException {
        long t0 = System.nanoTime();
        Object loc = null;
        String current = null;
        for (String[] w : work) {
            if (w[0] != current) {
                current = w[0];
                loc = locator.newInstance(current);
            }
            int n = (Integer) count.invoke(loc, w[1]);
            if (n > 0) {
                find.invoke(loc, w[1], Math.min(n, Integer.parseInt(w[2])));
            }
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private void collect(Node n, String text) {
        if (n instanceof MappingNode m) {
            String occ = "1";
            Node quote = null;
            for (NodeTuple t : m.getValue()) {
                String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
                if (k.equals("quote")) {
                    quote = t.getValueNode();
                } else if (k.equals("occurrence") && t.getValueNode() instanceof ScalarNode s) {
                    occ = s.getValue().strip();
                } else {
                    collect(t.getValueNode(), text);
                }
            }
            if (quote instanceof ScalarNode s) {
                work.add(new String[] {text, s.getValue(), occ});
            } else if (quote instanceof SequenceNode seq) {
                for (Node q : seq.getValue()) {
                    if (q instanceof ScalarNode s) {
                        work.add(new String[] {text, s.getValue(), occ});
                    }
                }
            }
        } else if (n instanceof SequenceNode s) {
            s.getValue().forEach(x -> collect(x, text));
        }
    }

    private static Node field(Node map, String key) {
        if (map instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }
}
