package tw.gov.taichung.kg.scaffold;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tw.gov.taichung.kg.load.SourceBundle;

/**
 * Scaffolds each of the five reports and compares the draft with the curated data (see {@link Measure} for
 * what is counted). Two settings: "linked", with every registry file (the report's people known, as when a
 * report is re-scaffolded); and "fresh", without the report's own registry file and fact file (as when a new
 * report arrives: only what earlier reports taught is known), where members are compared by name. Prints the
 * figures; asserts at least 90% recall of delegation members and itinerary events (trips for the table of
 * trips) with nothing invented.
 */
class CorpusRecallTest {
    /** A report, its own registry file, and where its itinerary (or table of trips) is in the text. */
    record Case(String slug, String registryFile, String regionStart, String regionEnd, boolean tripTable) {
    }

    static final List<Case> CASES = List.of(
            new Case("2016-singapore-world-cities-summit", "2016-singapore.yaml", "肆、議程內容及時程", "伍、", false),
            new Case("2017-france-toulouse-paris", "2017-france.yaml", "日期\t時間、地點\t行程規劃",
                    "二、參訪物聯網新創公司 Sigfox\n", false),
            new Case("2018-council-report-trips-2015-2018", "2015-2018-trips.yaml", "一覽表\n\n因公出國計畫名稱", "備註：",
                    true),
            new Case("2024-usa-sister-cities", "2024-usa.yaml", "日期\t行程內容", "二、拜會姊妹市塔可瑪市\n", false),
            new Case("2026-usa-council-report", "2026-usa.yaml", "日期/地點\t行程內容", "## 貳、", false));

    static SourceBundle data;
    static Registry full;

    @BeforeAll
    static void read() throws IOException {
        data = SourceBundle.read(Path.of("data"));
        full = Registry.from(data);
    }

    /** The draft of a report, scaffolded without its own fact file (and, fresh, without its registry file). */
    static Draft draft(Case c, boolean fresh) {
        Map<String, String> files = new TreeMap<>(data.files());
        files.remove("reports/" + c.slug() + ".yaml");
        if (fresh) {
            files.remove("registry/" + c.registryFile());
        }
        Registry r = Registry.from(SourceBundle.of(files));
        return new Scaffolder(r).scaffold(c.slug() + ".txt", data.files().get("reports/" + c.slug() + ".txt"));
    }

    static String text(Case c) {
        return data.files().get("reports/" + c.slug() + ".txt");
    }

    static Curated curated(Case c) {
        return Curated.read(data.files().get("reports/" + c.slug() + ".yaml"), text(c));
    }

    record Result(Case c, boolean fresh, Figures delegation, Figures itinerary, int covered, int tripEvents) {
    }

    static Result measure(Case c, boolean fresh) {
        String text = text(c);
        Curated cur = curated(c);
        Draft d = draft(c, fresh);
        Quotes.assertVerbatim(d.report(), text);
        int rs = text.indexOf(c.regionStart());
        int re = text.indexOf(c.regionEnd(), rs);
        assertTrue(rs >= 0 && re > rs, "region markers of " + c.slug());
        List<DraftTrip> trips = d.report().trips();
        if (c.tripTable()) {
            List<Figures> members = new ArrayList<>();
            for (DraftTrip t : trips) {
                cur.trips().stream().filter(g -> Measure.same(t, g)).findFirst().ifPresent(g -> members.add(fresh
                        ? Measure.membersByName(g.members(), full, t.members())
                        : Measure.membersById(g.members(), t.members())));
            }
            return new Result(c, fresh, Measure.sum(members), Measure.tripRows(cur, trips, rs, re), 0, 0);
        }
        DraftTrip t = trips.get(0);
        Curated.Trip g = cur.trips().get(0);
        Figures members = fresh ? Measure.membersByName(g.members(), full, t.members())
                : Measure.membersById(g.members(), t.members());
        int tripEvents = (int) cur.events().stream().filter(e -> g.id().equals(e.trip())).count();
        return new Result(c, fresh, members, Measure.itinerary(cur, t.events(), text, rs, re),
                Measure.covered(cur, t.events(), text), tripEvents);
    }

    @Test
    void recoversDelegationAndItineraryOfEachReport() {
        List<Result> results = new ArrayList<>();
        for (Case c : CASES) {
            results.add(measure(c, false));
            results.add(measure(c, true));
        }
        System.out.println("scaffold vs curated data (delegation = trips[].members; itinerary = curated events"
                + " quoted inside the itinerary; 2018 = rows of the table of trips)");
        System.out.printf("%-38s %-7s %-46s %-46s %s%n", "report", "setting", "delegation members",
                "itinerary events / table trips", "trip events matched");
        for (Result r : results) {
            System.out.printf("%-38s %-7s %-46s %-46s %s%n", r.c().slug(), r.fresh() ? "fresh" : "linked",
                    r.delegation().row(), r.itinerary().row(),
                    r.c().tripTable() ? "-" : r.covered() + "/" + r.tripEvents());
        }
        List<Executable> checks = new ArrayList<>();
        for (Result r : results) {
            String what = r.c().slug() + " (" + (r.fresh() ? "fresh" : "linked") + ")";
            checks.add(() -> assertTrue(r.delegation().recall() >= 0.9, what + " members missed: "
                    + r.delegation().missed()));
            checks.add(() -> assertEquals(List.of(), r.delegation().invented(), what + " members invented"));
            checks.add(() -> assertTrue(r.itinerary().recall() >= 0.9, what + " itinerary missed: "
                    + r.itinerary().missed()));
            checks.add(() -> assertEquals(List.of(), r.itinerary().invented(), what + " itinerary invented"));
        }
        assertAll(checks);
    }
}
