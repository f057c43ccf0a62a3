package tw.gov.taichung.kg.load;

import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.PartialDate;
import tw.gov.taichung.kg.model.Terms;
import tw.gov.taichung.kg.model.Vocab;

/** Maps an event: type, date, trip or not, place, what was visited, and who took part in which role. */
final class EventMapper {
    private static final Set<String> FIELDS = Set.of("id", "type", "zh", "en", "en_stated", "alt", "date", "start",
            "end", "trip", "outside_trip", "part_of", "place", "visited", "participants", "quote", "occurrence");
    private final Ctx ctx;
    private final Provenance prov;

    EventMapper(Ctx ctx, Provenance prov) {
        this.ctx = ctx;
        this.prov = prov;
    }

    void event(Y item, Map<String, PartialDate> dates) {
        Fields f = ctx.fields(item, FIELDS);
        String id = f.slug("id", true);
        String type = f.choice("type", true, Terms.EVENT_TYPES);
        PartialDate date = f.date("date", false);
        PartialDate start = f.date("start", false);
        PartialDate end = f.date("end", false);
        if (f.has("date") && (f.has("start") || f.has("end"))) {
            ctx.problems.add(f.at("date").problem("BAD_DATE", "give either 'date' or 'start'/'end', not both"));
        } else if (!f.has("date") && !f.has("start")) {
            ctx.problems.add(f.at().problem("MISSING_DATE", "an event needs 'date' (or 'start' and 'end') at the "
                    + "precision the text gives"));
        } else if (f.has("end") && !f.has("start")) {
            ctx.problems.add(f.at("end").problem("MISSING_DATE", "'end' is given without 'start'"));
        }
        if (start != null && end != null && end.latest().isBefore(start.earliest())) {
            ctx.problems.add(f.at("end").problem("DATE_ORDER", "the event ends (" + end + ") before it starts ("
                    + start + ")"));
        }
        Node trip = ctx.ref(f, "trip", false, "trip");
        Boolean outside = f.bool("outside_trip");
        if (!f.has("trip") && !Boolean.TRUE.equals(outside)) {
            ctx.problems.add(f.at().problem("MISSING_TRIP", "an event needs 'trip', or 'outside_trip: true' when it "
                    + "happened outside any trip"));
        } else if (f.has("trip") && Boolean.TRUE.equals(outside)) {
            ctx.problems.add(f.at("outside_trip").problem("BAD_VALUE", "an event with a 'trip' cannot be "
                    + "'outside_trip: true'"));
        }
        Node parent = ctx.ref(f, "part_of", false, "event");
        Node place = ctx.ref(f, "place", false, "place");
        var visited = ctx.refs(f, "visited", "org", "place");
        if (id == null) {
            return;
        }
        Node ev = ctx.mint("event", id, f.at());
        ctx.add(ev, Vocab.TYPE, Vocab.tdo("Event"));
        ctx.add(ev, Vocab.TYPE, Vocab.uri(Vocab.SEM + "Event"));
        ctx.add(ev, Vocab.TYPE, Vocab.schema("Event"));
        if (type != null) {
            ctx.add(ev, Vocab.TYPE, Terms.eventClass(type));
            ctx.add(ev, Vocab.uri(Vocab.SEM + "eventType"), Vocab.concept("event-type", type));
        }
        ctx.labels(ev, f);
        PartialDate first = date != null ? date : start;
        PartialDate last = date != null ? date : end != null ? end : start;
        if (first != null) {
            ctx.add(ev, Vocab.schema("startDate"), first.toNode());
            dates.put(id, first);
        }
        if (last != null) {
            ctx.add(ev, Vocab.schema("endDate"), last.toNode());
        }
        if (trip != null) {
            ctx.add(ev, Vocab.schema("superEvent"), trip);
            ctx.add(ev, Vocab.uri(Vocab.SEM + "subEventOf"), trip);
            ctx.add(trip, Vocab.schema("subEvent"), ev);
        }
        if (Boolean.TRUE.equals(outside)) {
            ctx.add(ev, Vocab.tdo("outsideTrip"), Ctx.bool(true));
        }
        if (parent != null) {
            ctx.add(ev, Vocab.tdo("partOf"), parent);
            ctx.add(ev, Vocab.uri(Vocab.SEM + "subEventOf"), parent);
        }
        ctx.add(ev, Vocab.schema("location"), place);
        ctx.add(ev, Vocab.uri(Vocab.SEM + "hasPlace"), place);
        for (Node v : visited) {
            ctx.add(ev, Vocab.tdo("visited"), v);
            if (trip != null) {
                ctx.add(v, Vocab.tdo("visitedDuring"), trip);
            }
        }
        participants(ev, id, f);
        prov.attest(ev, f);
    }

    private void participants(Node ev, String eventId, Fields f) {
        for (Y p : f.maps("participants")) {
            Fields pf = ctx.fields(p, Set.of("who", "role"));
            Node who = ctx.ref(pf, "who", true, "person", "org");
            String role = pf.choice("role", true, Terms.ROLES);
            if (who == null || role == null) {
                continue;
            }
            String whoId = pf.text("who", true);
            Node part = ctx.mint("participation", eventId + "-" + whoId + "-" + role, pf.at());
            ctx.add(ev, Vocab.tdo("participation"), part);
            ctx.add(ev, Vocab.uri(Vocab.SEM + "hasActor"), who);
            ctx.add(part, Vocab.TYPE, Vocab.uri(Vocab.SEM + "Role"));
            ctx.add(part, Vocab.VALUE, who);
            ctx.add(part, Vocab.uri(Vocab.SEM + "roleType"), Vocab.concept("participant-role", role));
            ctx.add(who, Vocab.tdo("tookPartIn"), ev);
        }
    }
}
