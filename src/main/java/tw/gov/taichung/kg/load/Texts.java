package tw.gov.taichung.kg.load;

import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Vocab;

/** Bilingual texts written as a mapping {@code {zh: ..., en: ..., en_stated: true}}, as language-tagged literals. */
final class Texts {
    static final Set<String> FIELDS = Set.of("zh", "en", "en_stated");

    private Texts() {
    }

    /**
     * Reads the mapping under {@code key} and adds its zh-Hant and en texts as values of {@code p}; an English
     * text the report does not state is marked with tdo:englishLabelOrigin on {@code s}. Returns whether any
     * text was written; reports a value that is not a mapping, and a mapping without zh when zh is required.
     */
    static boolean add(Ctx ctx, Node s, Node p, Fields f, String key, boolean required) {
        Y v = f.node(key);
        if (v == null) {
            if (required) {
                ctx.problems.add(f.at().problem("MISSING_FIELD", "the required field '" + key + "' is missing"));
            }
            return false;
        }
        if (!v.isMap()) {
            ctx.problems.add(v.at().problem("BAD_VALUE", "'" + key + "' must be a mapping {zh: ..., en: ...}"));
            return false;
        }
        Fields tf = ctx.fields(v, FIELDS);
        String zh = ctx.label(tf, "zh", true);
        String en = ctx.label(tf, "en", false);
        Boolean stated = tf.bool("en_stated");
        if (zh != null) {
            ctx.add(s, p, Ctx.lang(zh, "zh-Hant"));
        }
        if (en != null) {
            ctx.add(s, p, Ctx.lang(en, "en"));
            ctx.add(s, Vocab.tdo("englishTextOrigin"),
                    Vocab.tdo(Boolean.TRUE.equals(stated) ? "StatedInReport" : "SuppliedByCurator"));
        }
        return zh != null;
    }

    /** The zh text of the mapping under {@code key}, or null (no problems reported: {@link #add} does that). */
    static String zh(Y map, String key) {
        if (map == null || !map.isMap() || !map.entries().containsKey(key)) {
            return null;
        }
        Y v = map.entries().get(key).value();
        if (!v.isMap() || !v.entries().containsKey("zh")) {
            return null;
        }
        Y zh = v.entries().get("zh").value();
        return zh.isScalar() ? zh.text().strip() : null;
    }
}
