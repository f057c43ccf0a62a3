package tw.gov.taichung.kg.load;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.PartialDate;
import tw.gov.taichung.kg.model.Vocab;

/** Maps a trip: dates, leader, delegation, destinations and reported cost. */
final class TripMapper {
    private static final Set<String> FIELDS = Set.of("id", "zh", "en", "en_stated", "alt", "start", "end", "leader",
            "members", "size", "destinations", "budget", "quote", "occurrence");
    private final Ctx ctx;
    private final Provenance prov;

    TripMapper(Ctx ctx, Provenance prov) {
        this.ctx = ctx;
        this.prov = prov;
    }

    void trip(Y item, ReportMapper report) {
        Fields f = ctx.fields(item, FIELDS);
        String id = f.slug("id", true);
        PartialDate start = f.date("start", true);
        PartialDate end = f.date("end", true);
        Node leader = ctx.ref(f, "leader", false, "person");
        List<Node> members = ctx.refs(f, "members", "person");
        Integer size = f.integer("size", false);
        List<Node> destinations = ctx.refs(f, "destinations", "place");
        if (start != null && end != null && end.latest().isBefore(start.earliest())) {
            ctx.problems.add(f.at("end").problem("DATE_ORDER", "the trip ends (" + end + ") before it starts ("
                    + start + ")"));
        }
        if (size != null && size < Math.max(1, f.scalars("members").size())) {
            ctx.problems.add(f.at("size").problem("BAD_SIZE", "delegation size " + size + " is smaller than the "
                    + f.scalars("members").size() + " members listed"));
        }
        report.tripStarted(start);
        if (id == null) {
            return;
        }
        Node trip = ctx.mint("trip", id, f.at());
        ctx.add(trip, Vocab.TYPE, Vocab.tdo("Trip"));
        ctx.add(trip, Vocab.TYPE, Vocab.uri(Vocab.SEM + "Event"));
        ctx.add(trip, Vocab.TYPE, Vocab.schema("Event"));
        ctx.add(trip, Vocab.uri(Vocab.SEM + "eventType"), Vocab.concept("event-type", "trip"));
        ctx.labels(trip, f);
        if (start != null) {
            ctx.add(trip, Vocab.schema("startDate"), start.toNode());
        }
        if (end != null) {
            ctx.add(trip, Vocab.schema("endDate"), end.toNode());
        }
        ctx.add(trip, Vocab.tdo("leader"), leader);
        if (leader != null) {
            ctx.add(trip, Vocab.tdo("delegationMember"), leader);
            ctx.add(leader, Vocab.tdo("travelledOn"), trip);
        }
        for (Node m : members) {
            ctx.add(trip, Vocab.tdo("delegationMember"), m);
            ctx.add(m, Vocab.tdo("travelledOn"), trip);
        }
        if (size != null) {
            ctx.add(trip, Vocab.tdo("delegationSize"), Ctx.integer(size));
        }
        for (Node d : destinations) {
            ctx.add(trip, Vocab.tdo("destination"), d);
            ctx.add(trip, Vocab.uri(Vocab.SEM + "hasPlace"), d);
        }
        Y budget = f.node("budget");
        if (budget != null) {
            budget(trip, id, budget);
        }
        prov.attest(trip, f);
    }

    private void budget(Node trip, String tripId, Y y) {
        if (!y.isMap()) {
            ctx.problems.add(y.at().problem("BAD_VALUE", "'budget' must be a mapping with amount or unsettled"));
            return;
        }
        Fields f = ctx.fields(y, Set.of("amount", "currency", "unsettled", "quote", "occurrence"));
        BigDecimal amount = ReportMapper.nonNegative(ctx, f, "amount");
        Boolean unsettled = f.bool("unsettled");
        String currency = f.text("currency", false);
        boolean isUnsettled = Boolean.TRUE.equals(unsettled);
        if (isUnsettled == f.has("amount")) {
            ctx.problems.add(f.at().problem("BAD_BUDGET", "a budget has either 'amount' or 'unsettled: true'"));
        }
        Node cost = ctx.mint("cost", tripId + "-" + prov.reportIdOrEmpty(), f.at());
        ctx.add(trip, Vocab.tdo("cost"), cost);
        ctx.add(cost, Vocab.TYPE, Vocab.schema("MonetaryAmount"));
        ctx.add(cost, Vocab.schema("currency"), Ctx.str(currency == null ? "TWD" : currency));
        if (isUnsettled) {
            ctx.add(cost, Vocab.tdo("settlement"), Vocab.concept("settlement", "unsettled"));
            ctx.add(trip, Vocab.tdo("budgetUnsettled"), Ctx.bool(true));
        } else if (amount != null) {
            ctx.add(cost, Vocab.schema("value"), Ctx.decimal(amount));
            ctx.add(cost, Vocab.tdo("amountKind"), Vocab.concept("amount-kind", "reported"));
            ctx.add(cost, Vocab.tdo("settlement"), Vocab.concept("settlement", "settled"));
        }
        prov.attest(cost, f);
    }
}
