package tw.gov.taichung.kg.load;

import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.PartialDate;
import tw.gov.taichung.kg.model.Vocab;

/**
 * What the mappers of one report file share: the loading context, the provenance writer over the report's text,
 * the report's id and date, and the ids minted for facts written without one.
 */
record ReportScope(Ctx ctx, Provenance prov, AutoIds ids, String reportId, PartialDate reportDate) {

    /** The fact's node: its given {@code id}, or one minted from its quote and {@code hint}. */
    Node node(Fields f, String kind, String hint) {
        String id = f.has("id") ? f.slug("id", false) : null;
        if (f.has("id") && id == null) {
            return null;
        }
        if (id == null) {
            id = ids.mint(kind, reportId, prov.firstStart(f), hint);
        }
        return ctx.mint(kind, id, f.at());
    }

    /** The id's text when it is a usable slug, for hints; null otherwise. */
    static String hint(Fields f, String key) {
        Y v = f.node(key);
        return v != null && v.isScalar() && tw.gov.taichung.kg.model.Iris.SLUG.matcher(v.text().strip()).matches()
                ? v.text().strip() : null;
    }

    /** A SKOS concept given by a closed list ({@code scheme} names the scheme), or null. */
    Node concept(Fields f, String key, boolean required, Set<String> allowed, String scheme, String fallback) {
        String v = f.choice(key, required, allowed);
        if (v == null && f.has(key)) {
            return null;
        }
        String value = v != null ? v : fallback;
        return value == null ? null : Vocab.concept(scheme, value);
    }

    /** The fact's kinds and its tie to the report, as every fact has. */
    void types(Node n, String... tdoClasses) {
        for (String c : tdoClasses) {
            ctx.add(n, Vocab.TYPE, c.contains(":") ? Vocab.uri(c) : Vocab.tdo(c));
        }
        ctx.add(n, Vocab.TYPE, Vocab.uri(Vocab.PROV + "Entity"));
    }

    /** A reference to a measure of the registry, as its SKOS concept. */
    Node measure(Fields f, String key, boolean required) {
        Node ref = ctx.ref(f, key, required, "measure");
        return ref == null ? null : Vocab.concept("measure", f.text(key, true));
    }
}
