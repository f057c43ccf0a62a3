package tw.gov.taichung.kg.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.gov.taichung.kg.scaffold.Registry.Entity;
import tw.gov.taichung.kg.scaffold.TripTable.Col;

/** Drafts one trip per row of a table of trips: title, dates, places, members, budget, outcomes as notes. */
final class RowDrafter {
    private static final Pattern OUTCOME = Pattern.compile(
            "(?:^|[\\s>。])([0-9]{1,2})\\s*[.．](?![0-9])\\s*([^<]*?)(?=\\s*[0-9]{1,2}\\s*[.．](?![0-9])|<|$)");
    private final Context ctx;
    private final People people;
    private final Places places;

    RowDrafter(Context ctx) {
        this.ctx = ctx;
        this.people = new People(ctx);
        this.places = new Places(ctx);
    }

    List<DraftTrip> draft(List<TripTable.Row> rows, DateText.YearHint reportYear) {
        List<DraftTrip> out = new ArrayList<>();
        DateText.YearHint hint = reportYear;
        for (TripTable.Row row : rows) {
            int at = row.get(Col.DATE).isEmpty() ? 0 : row.get(Col.DATE).get(0).start();
            DateSpan period = DateText.parsePrefix(row.raw(Col.DATE), hint);
            if (period == null) {
                ctx.flag("DATE_MISSING", at, "could not read the dates '" + row.raw(Col.DATE) + "' of the trip in "
                        + "the row at line " + row.line() + "; the row is not drafted");
                continue;
            }
            if (!period.yearStated()) {
                ctx.flag("YEAR_INFERRED", at, "the row gives no year ('" + row.raw(Col.DATE) + "'); drafted as "
                        + period.startText() + " from the row above: check");
            }
            hint = new DateText.YearHint(period.start().year(), period.roc());
            String title = Text.join(texts(row.get(Col.TITLE)));
            List<Quote> quotes = new ArrayList<>();
            for (Segment s : row.get(Col.TITLE)) {
                if (!s.blank()) {
                    quotes.add(ctx.quoter.uniqueQuote(s.start(), s.end()));
                }
            }
            for (Segment s : row.get(Col.DATE)) {
                if (!s.blank()) {
                    quotes.add(ctx.quoter.uniqueQuote(s.start(), s.end()));
                }
            }
            int membersAt = row.get(Col.MEMBERS).isEmpty() ? at : row.get(Col.MEMBERS).get(0).start();
            People.Listed listed = people.list(row.raw(Col.MEMBERS), membersAt);
            List<String> destinations = destinations(row);
            String id = TripIds.id(ctx, period, destinations, at);
            List<DraftMember> members = listed.members();
            out.add(new DraftTrip(id, title.isEmpty() ? "TODO" : title, period,
                    members.isEmpty() ? null : members.get(0).ref(), members, listed.size(), destinations,
                    budget(row), quotes, outcomes(row), List.of()));
        }
        return out;
    }

    private static List<String> texts(List<Segment> pieces) {
        return pieces.stream().map(Segment::text).toList();
    }

    private List<String> destinations(TripTable.Row row) {
        String cell = row.raw(Col.PLACE);
        List<Entity> found = places.foreign(cell);
        int at = row.get(Col.PLACE).isEmpty() ? 0 : row.get(Col.PLACE).get(0).start();
        for (String part : Text.collapse(cell).split("[、，,;；\\s]+")) {
            String p = part.replaceAll("等(城市|地|國)?$", "");
            if (!p.isEmpty() && places.foreign(p).isEmpty()) {
                ctx.flag("UNMATCHED_PLACE", at, "'" + p + "' is not a place of the registry: add it to "
                        + "data/registry/ (or its spelling to an alt) and to the trip's destinations");
            }
        }
        return Places.mostSpecific(found).stream().map(Entity::id).toList();
    }

    private DraftTrip.Budget budget(TripTable.Row row) {
        List<Segment> pieces = row.get(Col.BUDGET).stream().filter(s -> !s.blank()).toList();
        if (pieces.isEmpty()) {
            return null;
        }
        String raw = row.raw(Col.BUDGET);
        Long amount = Budgets.amount(raw);
        boolean unsettled = amount == null && Budgets.unsettled(raw);
        if (amount == null && !unsettled) {
            return null;
        }
        List<Quote> q = new ArrayList<>();
        for (Segment s : pieces) {
            q.add(pieces.size() == 1 ? ctx.quoter.quote(s) : ctx.quoter.uniqueQuote(s.start(), s.end()));
        }
        return new DraftTrip.Budget(amount, unsettled, q);
    }

    /** The numbered outcomes of the row, abridged, for the reviewer to turn into events, pledges, agreements. */
    private static List<String> outcomes(TripTable.Row row) {
        List<String> out = new ArrayList<>();
        String all = String.join(" ", texts(row.get(Col.OUTCOMES)));
        Matcher m = OUTCOME.matcher(all);
        int expected = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != expected) {
                continue;
            }
            expected++;
            String t = Text.collapse(m.group(2));
            out.add(m.group(1) + ". " + (t.length() > 40 ? t.substring(0, 40) + "…" : t));
        }
        if (out.isEmpty() && !Text.stripTags(all).isBlank()) {
            String t = Text.collapse(Text.stripTags(all));
            out.add(t.length() > 60 ? t.substring(0, 60) + "…" : t);
        }
        return out;
    }
}
