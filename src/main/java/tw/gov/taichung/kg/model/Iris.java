package tw.gov.taichung.kg.model;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;

/**
 * Mints instance IRIs from curated ids, {@code {base}id/{kind}/{id}}, under a configurable base.
 * The same id always gives the same IRI, so IRIs are stable across rebuilds.
 */
public record Iris(String base) {
    public static final String DEFAULT_BASE = Vocab.SITE;
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Iris {
        Objects.requireNonNull(base, "base");
        if (!base.matches("https?://[^\\s<>\"]+/")) {
            throw new IllegalArgumentException("base IRI must be http(s) and end with '/': " + base);
        }
    }

    public static Iris defaults() {
        return new Iris(DEFAULT_BASE);
    }

    public Node id(String kind, String slug) {
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("not a slug: " + slug);
        }
        return Vocab.uri(base + "id/" + kind + "/" + slug);
    }

    public Node graph(String name) {
        return Vocab.uri(base + "graph/" + name);
    }

    public Node reportGraph(String reportId) {
        return graph("report/" + reportId);
    }

    public Node registryGraph() {
        return graph("registry");
    }

    public Node ontologyGraph() {
        return graph("ontology");
    }

    /** Turns free text (an English title) into a slug, or null when nothing is left. */
    public static String slugify(String text) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? null : s;
    }
}
