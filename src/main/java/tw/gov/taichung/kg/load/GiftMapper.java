package tw.gov.taichung.kg.load;

import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Vocab;

/** Maps gifts exchanged (schema:GiveAction): giver, receiver, what was given, at which event. */
final class GiftMapper {
    private static final Set<String> FIELDS = Set.of("id", "event", "from", "to", "object", "quote", "occurrence");
    private final ReportScope scope;
    private final Ctx ctx;

    GiftMapper(ReportScope scope) {
        this.scope = scope;
        this.ctx = scope.ctx();
    }

    void gift(Y item) {
        Fields f = ctx.fields(item, FIELDS);
        Node event = ctx.ref(f, "event", true, "event");
        Node from = ctx.ref(f, "from", true, Ctx.AGENT);
        Node to = ctx.ref(f, "to", true, Ctx.AGENT);
        Node g = scope.node(f, "gift", ReportScope.hint(f, "from"));
        if (g == null) {
            scope.prov().attest(null, f);
            return;
        }
        scope.types(g, "Gift", Vocab.SCHEMA + "GiveAction");
        ctx.add(g, Vocab.tdo("atEvent"), event);
        ctx.add(g, Vocab.schema("agent"), from);
        ctx.add(g, Vocab.schema("recipient"), to);
        Texts.add(ctx, g, Vocab.tdo("giftObject"), f, "object", true);
        ctx.add(event, Vocab.tdo("gift"), g);
        scope.prov().attest(g, f);
    }
}
