package tw.gov.taichung.kg.scaffold;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.scaffold.Registry.Entity;

/** Drafts a whole report: cover, table of trips, the report's own trip with delegation and itinerary. */
final class ReportDrafter {
    private static final String CITY = "taichung-city-government";
    private final Context ctx;
    private final String textFile;

    ReportDrafter(Context ctx, String textFile) {
        this.ctx = ctx;
        this.textFile = textFile;
    }

    DraftReport draft() {
        Cover cover = Cover.read(ctx.lines);
        List<String> coverNotes = new ArrayList<>();
        DateSpan date = null;
        Quote dateQuote = null;
        Cover.Field rf = cover.get("報告日期");
        if (rf != null) {
            date = DateText.parsePrefix(rf.value().text(), null);
            if (date != null) {
                dateQuote = ctx.quoter.uniqueQuote(rf.whole().start(), rf.value().start() + date.length());
            }
        }
        if (date == null && cover.dateLine() != null) {
            date = DateText.find(cover.dateLine().text(), null);
            dateQuote = date == null ? null : ctx.quoter.uniqueQuote(cover.dateLine().start(), cover.dateLine().end());
        }
        if (date == null) {
            ctx.flag("DATE_MISSING", "report", "no report date (報告日期) found: fill report.date and its quote");
        }
        DateText.YearHint reportYear = date == null ? null : new DateText.YearHint(date.start().year(), date.roc());

        List<DraftTrip> trips = new ArrayList<>(new RowDrafter(ctx).draft(TripTable.read(ctx.lines), reportYear));
        TripDrafter td = new TripDrafter(ctx);
        TripDrafter.Period period = td.period(cover, reportYear);
        if (period != null && date != null && period.span().start().compareTo(date.start()) > 0
                && !period.span().yearStated()) {
            period = td.period(cover, new DateText.YearHint(reportYear.gregorianYear() - 1, reportYear.roc()));
        }
        DateText.YearHint tripYear = period == null ? reportYear
                : new DateText.YearHint(period.span().start().year(), period.span().roc());
        List<Itinerary.Item> items = new Itinerary(Itinerary.headings(ctx.lines), tripYear).read(ctx.lines);
        List<DelegationTable.Row> delegation = DelegationTable.read(ctx.lines);
        List<DraftPost> posts = new ArrayList<>();
        if (trips.isEmpty() || period != null || !items.isEmpty() || !delegation.isEmpty()) {
            DraftTrip main = td.draft(cover, period, delegation, items, posts, cover.title());
            if (main != null) {
                trips.add(0, main);
            }
        }
        for (var f : cover.fields().entrySet()) {
            String v = Text.collapse(Text.stripTags(f.getValue().value().text()));
            String reading = "";
            if (f.getKey().equals("出國期間") && period != null) {
                reading = " -> " + period.span().startText() + " to " + period.span().endText();
            } else if (f.getKey().equals("報告日期") && date != null) {
                reading = " -> " + date.startText();
            }
            coverNotes.add(f.getKey() + "：" + v + reading);
        }
        if (cover.dateLine() != null && rf == null && date != null) {
            coverNotes.add(Text.collapse(cover.dateLine().text()) + " -> " + date.startText());
        }
        String id = textFile.replaceFirst("\\.txt$", "");
        if (!Iris.SLUG.matcher(id).matches()) {
            ctx.flag("REPORT_ID", "report", "the file name '" + textFile + "' is not a valid id: rename the text "
                    + "(lowercase, digits, hyphens) and set report.id");
            id = "TODO";
        }
        if (cover.title() == null) {
            ctx.flag("TITLE_MISSING", "report", "no title found on the cover: fill report.zh");
        }
        return new DraftReport(id, textFile, cover.title(), date, dateQuote, publisher(cover), coverNotes, trips,
                posts, newPeople(trips), ctx.flags);
    }

    private String publisher(Cover cover) {
        String org = cover.value("服務機關");
        if (org != null) {
            Entity e = ctx.names.unique(org, "org");
            if (e != null) {
                return e.id();
            }
            ctx.flag("UNMATCHED_ORG", cover.get("服務機關").value().start(), "服務機關 '" + org + "' is not an "
                    + "organisation of the registry: set report.publisher");
            return null;
        }
        return ctx.registry.get("org", CITY) != null && ctx.text.contains("臺中市政府") ? CITY : null;
    }

    private static List<String> newPeople(List<DraftTrip> trips) {
        Set<String> out = new LinkedHashSet<>();
        for (DraftTrip t : trips) {
            for (DraftMember m : t.members()) {
                if (m.id() == null) {
                    out.add(m.name());
                }
            }
        }
        return new ArrayList<>(out);
    }
}
