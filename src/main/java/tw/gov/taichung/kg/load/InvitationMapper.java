package tw.gov.taichung.kg.load;

import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.PartialDate;
import tw.gov.taichung.kg.model.Vocab;

/** Maps who invited whom to what (schema:InviteAction), and the trip or event the invitation led to. */
final class InvitationMapper {
    private static final Set<String> FIELDS = Set.of("id", "by", "to", "to_event", "what", "led_to", "date",
            "made_at", "quote", "occurrence");
    private final ReportScope scope;
    private final Ctx ctx;

    InvitationMapper(ReportScope scope) {
        this.scope = scope;
        this.ctx = scope.ctx();
    }

    void invitation(Y item) {
        Fields f = ctx.fields(item, FIELDS);
        Node by = ctx.ref(f, "by", true, Ctx.AGENT);
        Node to = ctx.ref(f, "to", true, Ctx.AGENT);
        Node toEvent = ctx.ref(f, "to_event", false, "event", "trip", "project");
        if (!f.has("to_event") && !f.has("what")) {
            ctx.problems.add(f.at().problem("MISSING_FIELD", "an invitation needs 'to_event' (an event, trip or "
                    + "project id) or 'what' (a text)"));
        }
        Node ledTo = ctx.ref(f, "led_to", false, "trip", "event");
        PartialDate date = f.date("date", false);
        Node madeAt = ctx.ref(f, "made_at", false, "event");
        Node inv = scope.node(f, "invitation", ReportScope.hint(f, "by"));
        if (inv == null) {
            scope.prov().attest(null, f);
            return;
        }
        scope.types(inv, "Invitation", Vocab.SCHEMA + "InviteAction");
        ctx.add(inv, Vocab.schema("agent"), by);
        ctx.add(inv, Vocab.schema("recipient"), to);
        ctx.add(inv, Vocab.tdo("invitedTo"), toEvent);
        Texts.add(ctx, inv, Vocab.schema("description"), f, "what", false);
        ctx.add(inv, Vocab.tdo("ledTo"), ledTo);
        if (date != null) {
            ctx.add(inv, Vocab.uri(Vocab.DCT + "date"), date.toNode());
        }
        ctx.add(inv, Vocab.tdo("invitationMadeAt"), madeAt);
        ctx.add(by, Vocab.tdo("invited"), to);
        scope.prov().attest(inv, f);
    }
}
