package tw.gov.taichung.kg.load;

import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Vocab;

/** Maps who received a delegation in whose place, and why. */
final class StandInMapper {
    private static final Set<String> FIELDS = Set.of("id", "event", "by", "for", "for_text", "reason", "quote",
            "occurrence");
    private final ReportScope scope;
    private final Ctx ctx;

    StandInMapper(ReportScope scope) {
        this.scope = scope;
        this.ctx = scope.ctx();
    }

    void standIn(Y item) {
        Fields f = ctx.fields(item, FIELDS);
        Node event = ctx.ref(f, "event", true, "event");
        Node by = ctx.ref(f, "by", true, "person");
        Node forWhom = ctx.ref(f, "for", false, "person");
        Node s = scope.node(f, "stand-in", ReportScope.hint(f, "by"));
        if (s == null) {
            scope.prov().attest(null, f);
            return;
        }
        scope.types(s, "StandIn");
        ctx.add(s, Vocab.tdo("atEvent"), event);
        ctx.add(s, Vocab.tdo("standIn"), by);
        ctx.add(s, Vocab.tdo("inPlaceOf"), forWhom);
        Texts.add(ctx, s, Vocab.tdo("inPlaceOfText"), f, "for_text", false);
        Texts.add(ctx, s, Vocab.tdo("reason"), f, "reason", false);
        ctx.add(event, Vocab.tdo("standInArrangement"), s);
        scope.prov().attest(s, f);
    }
}
