package tw.gov.taichung.kg.load;

import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Terms;
import tw.gov.taichung.kg.model.Vocab;

/** Maps text-only statements: the last resort for what a report says that has no structure of its own. */
final class StatementMapper {
    private static final Set<String> FIELDS = Set.of("id", "about", "topic", "zh", "en", "en_stated", "by", "at",
            "quote", "occurrence");
    private final ReportScope scope;
    private final Ctx ctx;

    StatementMapper(ReportScope scope) {
        this.scope = scope;
        this.ctx = scope.ctx();
    }

    void statement(Y item) {
        Fields f = ctx.fields(item, FIELDS);
        Node about = ctx.ref(f, "about", true, Ctx.ENTITY);
        Node topic = scope.concept(f, "topic", true, Terms.TOPICS, "topic", null);
        String zh = ctx.label(f, "zh", true);
        String en = ctx.label(f, "en", false);
        Boolean stated = f.bool("en_stated");
        Node by = ctx.ref(f, "by", false, Ctx.AGENT);
        Node at = ctx.ref(f, "at", false, "event");
        Node s = scope.node(f, "statement", ReportScope.hint(f, "about"));
        if (s == null) {
            scope.prov().attest(null, f);
            return;
        }
        scope.types(s, "Statement");
        ctx.add(s, Vocab.tdo("about"), about);
        ctx.add(about, Vocab.tdo("statement"), s);
        ctx.add(s, Vocab.tdo("topic"), topic);
        if (zh != null) {
            ctx.add(s, Vocab.schema("text"), Ctx.lang(zh, "zh-Hant"));
        }
        if (en != null) {
            ctx.add(s, Vocab.schema("text"), Ctx.lang(en, "en"));
            ctx.add(s, Vocab.tdo("englishTextOrigin"),
                    Vocab.tdo(Boolean.TRUE.equals(stated) ? "StatedInReport" : "SuppliedByCurator"));
        }
        ctx.add(s, Vocab.tdo("statedBy"), by);
        ctx.add(s, Vocab.tdo("statedAt"), at);
        scope.prov().attest(s, f);
    }
}
