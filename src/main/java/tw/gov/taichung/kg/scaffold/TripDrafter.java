package tw.gov.taichung.kg.scaffold;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tw.gov.taichung.kg.model.PartialDate;
import tw.gov.taichung.kg.scaffold.Registry.Entity;

/**
 * Drafts the trip of a one-trip report: dates from the cover (出國期間) or the sentence saying when the
 * delegation left (於3月11日至3月21日，率團...), members from the delegation table (or the leader alone), and
 * the itinerary as events.
 */
final class TripDrafter {
    private final Context ctx;
    private final People people;
    private final Places places;

    TripDrafter(Context ctx) {
        this.ctx = ctx;
        this.people = new People(ctx);
        this.places = new Places(ctx);
    }

    /** The trip's dates and the quote stating them. */
    record Period(DateSpan span, Quote quote) {
    }

    /** The trip period from the cover, else from the 率團 sentence; null when the text states none. */
    Period period(Cover cover, DateText.YearHint hint) {
        Cover.Field f = cover.get("出國期間");
        if (f != null) {
            DateSpan d = DateText.parsePrefix(f.value().text(), hint);
            if (d != null) {
                int end = f.value().start() + d.length();
                return new Period(d, ctx.quoter.uniqueQuote(f.whole().start(), trimEnd(end)));
            }
        }
        for (int at = ctx.text.indexOf("率團"); at >= 0; at = ctx.text.indexOf("率團", at + 2)) {
            int from = Math.max(ctx.text.lastIndexOf('。', at), ctx.text.lastIndexOf('\n', at)) + 1;
            String sentence = ctx.text.substring(from, at);
            DateSpan d = DateText.find(sentence, hint);
            if (d != null && !d.single()) {
                int start = from + sentence.indexOf(sentence.stripLeading());
                int dateStart = firstDigit(sentence) + from;
                int clauseEnd = clauseEnd(at + 2);
                return new Period(d, ctx.quoter.uniqueQuote(Math.max(start, dateStart - 1), clauseEnd));
            }
        }
        return null;
    }

    private int trimEnd(int end) {
        return Math.min(end, ctx.text.length());
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 10) >= 0) {
                return i;
            }
        }
        return 0;
    }

    private int clauseEnd(int from) {
        int i = from;
        while (i < ctx.text.length() && "，。,；\n".indexOf(ctx.text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    DraftTrip draft(Cover cover, Period period, List<DelegationTable.Row> rows, List<Itinerary.Item> items,
            List<DraftPost> posts, String title) {
        List<DraftMember> members = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        Integer size = null;
        for (DelegationTable.Row r : rows) {
            DraftMember m = people.member(r.name(), r.unit().isEmpty() ? null : r.unit(),
                    r.title().isEmpty() ? null : r.title(), r.line().start());
            if (m != null) {
                members.add(m);
                posts.addAll(new PostDrafter(ctx).post(m, r));
            }
        }
        Cover.Field named = cover.get("姓名職稱");
        if (named != null) {
            size = People.statedSize(named.value().text());
        }
        if (members.isEmpty()) {
            Leader.Found lead = new Leader(ctx, people).find(cover);
            if (lead != null) {
                members.add(lead.member());
                if (lead.source() != null && named != null && lead.source().start() == named.whole().start()) {
                    ctx.flag("LEADER_GUESS", lead.source().start(), "no delegation table: the leader "
                            + lead.member().ref() + " is from the cover; add the other members by hand");
                }
            } else {
                ctx.flag("NO_DELEGATION", "trips", "no delegation table and no leader found: add leader and members");
            }
        }
        if (size != null && size >= members.size() && named != null) {
            quotes.add(ctx.quoter.uniqueQuote(named.whole().start(), named.whole().end()));
        }
        DateSpan span = period == null ? null : period.span();
        if (period != null) {
            quotes.add(0, period.quote());
        }
        List<DraftEvent> events = new EventDrafter(ctx).draft(items, span);
        if (span == null && !events.isEmpty()) {
            PartialDate first = events.get(0).date().start();
            PartialDate last = events.get(0).date().end();
            for (DraftEvent e : events) {
                first = e.date().start().compareTo(first) < 0 ? e.date().start() : first;
                last = e.date().end().latest().isAfter(last.latest()) ? e.date().end() : last;
            }
            span = new DateSpan(first, last, events.get(0).date().roc(), true, 0);
            quotes.add(0, events.get(0).quotes().get(0));
            ctx.flag("DATE_MISSING", "trips", "the text states no trip period: start and end drafted from the "
                    + "itinerary (" + span.startText() + " to " + span.endText() + "): check");
        }
        if (span == null) {
            ctx.flag("DATE_MISSING", "trips", "no trip period found: add start and end");
            return null;
        }
        if (items.isEmpty()) {
            ctx.flag("NO_ITINERARY", "events", "no itinerary table or day-by-day programme found: add the events by hand");
        }
        List<String> destinations = destinations(cover, items);
        if (destinations.size() == 1) {
            events = withPlace(events, destinations.get(0));
        }
        String id = TripIds.id(ctx, span, destinations, period != null ? period.quote().start() : 0);
        return new DraftTrip(id, tripTitle(title), span, members.isEmpty() ? null : members.get(0).ref(), members,
                size, destinations, null, quotes, List.of(), events);
    }

    /** Events without a place, when the trip went to one city only, happened there (flights excepted). */
    private static List<DraftEvent> withPlace(List<DraftEvent> events, String city) {
        List<DraftEvent> out = new ArrayList<>();
        for (DraftEvent e : events) {
            boolean set = e.place() == null && !"trip-leg".equals(e.suggested());
            out.add(set ? new DraftEvent(e.id(), e.suggested(), e.zh(), e.date(), e.dateNote(), e.partOf(), city,
                    e.visited(), e.quotes(), e.start(), e.end(), e.leg()) : e);
        }
        return out;
    }

    private static String tripTitle(String title) {
        if (title == null) {
            return "TODO";
        }
        return title.replaceFirst("(案)?(出國報告|專案報告|報告)$", "");
    }

    private List<String> destinations(Cover cover, List<Itinerary.Item> items) {
        Set<Entity> found = new LinkedHashSet<>();
        for (Itinerary.Item it : items) {
            if (it.place() != null) {
                found.addAll(places.foreign(it.place().text()));
            }
            if (it.parent() < 0 && !it.leg()) {
                String first = it.pieces().get(0).text();
                found.addAll(places.foreign(first.substring(0, ItemHead.of(first).quoteEnd())));
            }
        }
        for (String label : List.of("派赴國家", "出國地區")) {
            String v = cover.value(label);
            if (v != null) {
                found.addAll(places.foreign(v));
            }
        }
        return Places.mostSpecific(new ArrayList<>(found)).stream().map(Entity::id).toList();
    }
}
