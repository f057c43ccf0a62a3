package tw.gov.taichung.kg.scaffold;

import java.util.List;
import tw.gov.taichung.kg.model.PartialDate;
import tw.gov.taichung.kg.scaffold.Registry.KnownTrip;

/**
 * Trip ids: the id of a curated trip with the same dates (the same trip told by another report keeps one id),
 * else {@code YYYY-MM-destination}, else {@code YYYY-MM-TODO}.
 */
final class TripIds {
    private TripIds() {
    }

    static String id(Context ctx, DateSpan period, List<String> destinations, int at) {
        for (KnownTrip t : ctx.registry.trips()) {
            if (same(t.start(), period.start()) && same(t.end(), period.end())) {
                ctx.flag("SAME_TRIP", at, "a trip with the same dates is curated in " + t.file() + " as " + t.id()
                        + ": the draft reuses that id (one trip, two sources); check it is the same trip");
                return t.id();
            }
        }
        String month = String.format("%04d-%02d", period.start().year(), Math.max(1, period.start().month()));
        if (destinations.isEmpty()) {
            ctx.flag("TRIP_ID", at, "name the trip " + month + "-<destination>");
            return month + "-TODO";
        }
        String id = month + "-" + destinations.get(0);
        ctx.flag("TRIP_ID", at, "trip id drafted as " + id + " from its month and first destination: make it "
                + "specific if another trip could share it");
        return id;
    }

    private static boolean same(String written, PartialDate d) {
        if (written == null) {
            return false;
        }
        try {
            return PartialDate.parse(written).equals(d);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
