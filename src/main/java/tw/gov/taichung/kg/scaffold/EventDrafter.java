package tw.gov.taichung.kg.scaffold;

import java.util.ArrayList;
import java.util.List;
import tw.gov.taichung.kg.model.PartialDate;
import tw.gov.taichung.kg.scaffold.Registry.Entity;

/**
 * Turns itinerary items into draft events: one per item, dated by its row or heading, part of its leg or of
 * its numbered parent, with verbatim quotes of the date cell, the place cell and the item's head.
 */
final class EventDrafter {
    private final Context ctx;
    private final Places places;

    EventDrafter(Context ctx) {
        this.ctx = ctx;
        this.places = new Places(ctx);
    }

    List<DraftEvent> draft(List<Itinerary.Item> items, DateSpan period) {
        List<DraftEvent> out = new ArrayList<>();
        index.clear();
        for (int i = 0; i < items.size(); i++) {
            Itinerary.Item it = items.get(i);
            Segment first = it.pieces().get(0);
            ItemHead head = it.leg() ? new ItemHead(first.text().length(), legLabel(it)) : ItemHead.of(first.text());
            if (head.label().isBlank()) {
                head = new ItemHead(first.text().length(), ItemHead.squeeze(Text.collapse(Text.stripTags(first.text()))));
            }
            DateSpan date = it.date();
            String note = null;
            if (date == null) {
                date = undated(items, i, period);
                note = "the row states no date; month taken from "
                        + (date == null ? "nothing" : "the next dated row or the trip") + ": give the day if the report tells it";
                ctx.flag("DATE_MISSING", first.start(), "item '" + head.label() + "' has no date in its row; drafted as "
                        + (date == null ? "TODO" : date.startText()));
            } else if (!date.yearStated() && period != null && (date.start().compareTo(period.start()) < 0
                    || date.end().latest().isAfter(period.end().latest()))) {
                note = "outside the trip period (the year is not in the row): check";
                ctx.flag("YEAR_INFERRED", first.start(), "item '" + head.label() + "' is dated " + date.startText()
                        + ", outside the trip period: check the year");
            }
            if (date == null) {
                continue;
            }
            String id = idDate(date.start()) + "-TODO-" + (out.size() + 1);
            String partOf = it.parent() >= 0 && it.parent() < i ? idOf(out, items, it.parent()) : null;
            List<Quote> quotes = new ArrayList<>();
            if (it.dateSource() != null && !it.leg()) {
                quotes.add(ctx.quoter.uniqueQuote(it.dateSource().start(), it.dateSource().end()));
            }
            String place = null;
            if (it.place() != null && !it.place().blank()) {
                List<Entity> ps = places.foreign(it.place().text());
                if (!ps.isEmpty()) {
                    place = ps.get(ps.size() - 1).id();
                    boolean inDateSource = it.dateSource() != null && it.place().start() >= it.dateSource().start()
                            && it.place().end() <= it.dateSource().end();
                    if (!it.leg() && !inDateSource) {
                        quotes.add(ctx.quoter.uniqueQuote(it.place().start(), it.place().end()));
                    }
                }
            }
            String headText = first.text().substring(0, head.quoteEnd());
            if (place == null && partOf != null) {
                place = out.get(index.indexOf(it.parent())).place();
            } else if (place == null) {
                List<Entity> ps = Places.mostSpecific(places.foreign(headText));
                place = ps.isEmpty() || Places.rank(ps.get(0)) > 1 ? null : ps.get(0).id();
            }
            quotes.add(ctx.quoter.uniqueQuote(first.start(), first.start() + head.quoteEnd()));
            quotes = outermost(quotes);
            List<Entity> orgs = it.leg() ? List.of() : places.orgs(headText);
            List<String> visited = orgs.stream().map(Entity::id).toList();
            for (int k = 0; place == null && k < orgs.size(); k++) {
                Entity where = orgs.get(k).place() == null ? null : ctx.registry.get("place", orgs.get(k).place());
                place = where != null && "city".equals(where.type()) ? where.id() : null;
            }
            String suggested = it.leg() ? "trip-leg" : EventTypes.suggest(head.label());
            out.add(new DraftEvent(id, suggested, head.label(), date, note, partOf, place, visited, quotes, it.start(),
                    it.end(), it.leg()));
            index.add(i);
        }
        if (!out.isEmpty()) {
            ctx.flag("EVENT_TYPE", "events", out.size() + " events have type: TODO and an id with TODO: choose each "
                    + "type (a suggestion is in the comment) and name each id YYYY-MM-DD-what");
        }
        return out;
    }

    /** The quotes not contained in another quote of the list (the date cell inside a widened place cell). */
    private static List<Quote> outermost(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            boolean inside = false;
            for (int j = 0; j < quotes.size() && !inside; j++) {
                Quote o = quotes.get(j);
                boolean contains = o.start() <= q.start() && o.end() >= q.end();
                boolean same = o.start() == q.start() && o.end() == q.end();
                inside = j != i && contains && (!same || j < i);
            }
            if (!inside) {
                out.add(q);
            }
        }
        return out;
    }

    /** Which item each drafted event came from (same order as the events). */
    private final List<Integer> index = new ArrayList<>();

    private String idOf(List<DraftEvent> out, List<Itinerary.Item> items, int item) {
        int k = index.indexOf(item);
        return k >= 0 ? out.get(k).id() : null;
    }

    private static String legLabel(Itinerary.Item it) {
        String place = it.place() == null ? "" : ItemHead.squeeze(Text.collapse(it.place().text()));
        return place.isEmpty() ? "行程" : place + "行程";
    }

    /** An item without a date: the month of the next dated item, else of the trip's start; never a day. */
    private static DateSpan undated(List<Itinerary.Item> items, int i, DateSpan period) {
        DateSpan ref = null;
        for (int k = i + 1; k < items.size() && ref == null; k++) {
            ref = items.get(k).date();
        }
        if (ref == null) {
            ref = period;
        }
        if (ref == null) {
            return null;
        }
        PartialDate m = new PartialDate(ref.start().year(), ref.start().month(), 0, PartialDate.Precision.MONTH);
        return new DateSpan(m, m, ref.roc(), false, 0);
    }

    /** The date part of an event id: YYYY-MM-DD, or YYYY-MM at month precision. */
    static String idDate(PartialDate d) {
        return d.toString();
    }
}
