package tw.gov.taichung.kg.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.gov.taichung.kg.load.SourceBundle;

/**
 * Made-up reports in the layouts the corpus shows and the variations a new one may bring: extra spaces (in
 * names, around labels and cells), full-width digits and punctuation, tables broken across pages (a cell
 * continued after the repeated header, a merged unit cell), numbered and unnumbered items in one cell, day
 * headings with sub-items, a table of trips whose rows cross page breaks. The registry is a small one of the
 * test's own (src/test/resources/scaffold/registry.yaml) plus one earlier report with a trip and posts.
 */
class SyntheticReportsTest {
    static final Path DIR = Path.of("src/test/resources/scaffold");
    static Registry registry;

    @BeforeAll
    static void registry() throws IOException {
        Map<String, String> files = new TreeMap<>();
        files.put("registry/registry.yaml", Files.readString(DIR.resolve("registry.yaml")));
        files.put("reports/earlier.yaml", Files.readString(DIR.resolve("earlier.yaml")));
        registry = Registry.from(SourceBundle.of(files));
    }

    static Draft draft(String name) throws IOException {
        return draft(name, Files.readString(DIR.resolve(name)));
    }

    static Draft draft(String name, String text) {
        return new Scaffolder(registry).scaffold(name, text);
    }

    /** Each event as "start..end label" (or "start label"), part_of given as the index of the parent. */
    static List<String> events(DraftTrip t) {
        return t.events().stream().map(e -> e.date().startText() + (e.date().single() ? "" : ".." + e.date().endText())
                + " " + e.zh() + (e.partOf() == null ? "" : " <" + index(t, e.partOf()))).toList();
    }

    private static int index(DraftTrip t, String id) {
        for (int i = 0; i < t.events().size(); i++) {
            if (t.events().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    static List<String> codes(Draft d) {
        return d.flags().stream().map(ReviewFlag::code).toList();
    }

    @Test
    void extraSpacesFullWidthDigitsAndTablesBrokenAcrossPages() throws IOException {
        String text = Files.readString(DIR.resolve("spaced-fullwidth.txt"));
        Draft d = draft("spaced-fullwidth.txt", text);
        DraftReport r = d.report();
        assertEquals("ROC 114-04-02", r.date().startText());
        assertEquals("臺中市政府赴日本進行城市交流及市政考察案出國報告", r.zh());
        assertEquals(1, r.trips().size());
        DraftTrip t = r.trips().get(0);
        assertEquals("ROC 114-03-05 ROC 114-03-08", t.period().startText() + " " + t.period().endText());
        assertEquals("臺中市政府赴日本進行城市交流及市政考察", t.zh());
        assertEquals(6, t.size());
        assertEquals(List.of("lin-chia-lung", "li-ju-fang", "TODO-陳小明"), t.members().stream().map(DraftMember::ref).toList());
        assertEquals("lin-chia-lung", t.leader());
        assertEquals(List.of("taichung-city-government", "taichung-secretariat", "taichung-secretariat"),
                r.posts().stream().map(DraftPost::org).toList(), "臺中市 → 臺中市政府; a blank unit takes the unit above");
        assertEquals(List.of("Mayor", "Director"), r.posts().stream().map(DraftPost::roleEn).limit(2).toList(),
                "English titles as curated for the same Chinese title");
        assertEquals(List.of(
                "ROC 114-03-05 搭乘班機抵達東京",
                "ROC 114-03-06 拜會東京都政府",
                "ROC 114-03-06 參訪索尼公司總部",
                "ROC 114-03-06 考察大阪城公園",
                "ROC 114-03-06 參訪東京鐵塔",
                "ROC 114-03-06 拜會日本台灣交流協會",
                "ROC 114-03-07..ROC 114-03-08 搭乘班機返抵臺灣"), events(t));
        DraftEvent sony = t.events().get(2);
        assertTrue(text.substring(sony.start(), sony.end()).endsWith("感測器研發情形。"),
                "the item continues after the page break");
        assertEquals(List.of("sony"), sony.visited());
        assertEquals(List.of("tokyo", "osaka"), t.destinations());
        assertEquals(List.of("陳小明"), r.newPeople());
        assertTrue(codes(d).contains("UNMATCHED_PERSON") && codes(d).contains("ROLE_EN"), d.flags().toString());
        Quotes.assertVerbatim(r, text);
    }

    @Test
    void dayHeadingsWithNumberedItemsAndSubItems() throws IOException {
        String text = Files.readString(DIR.resolve("day-headings.txt"));
        Draft d = draft("day-headings.txt", text);
        DraftTrip t = d.report().trips().get(0);
        assertEquals("臺中市政府組團赴大阪參加「２０２５世界博覽會」", d.report().zh());
        assertEquals(List.of("chang-kuang-yao", "TODO-王大同"), t.members().stream().map(DraftMember::ref).toList());
        assertEquals(List.of(
                "ROC 114-09-01 自桃園國際機場搭乘班機",
                "ROC 114-09-01 參訪索尼公司(Sony)大阪分公司",
                "ROC 114-09-02 城市論壇(City Forum)",
                "ROC 114-09-02 東京都(Tokyo)-知事以「韌性城市」為題分享 <2",
                "ROC 114-09-02 大阪市(Osaka)-市長以「博覽會與城市」 <2",
                "ROC 114-09-02 參觀世界博覽會臺灣館",
                "ROC 114-09-03 搭乘班機返回臺灣"), events(t));
        DraftEvent osaka = t.events().get(4);
        assertTrue(text.substring(osaka.start(), osaka.end()).endsWith("為題分享。"), "a sub-item runs on over a blank line");
        assertEquals("2025-09-osaka", t.id());
        assertEquals(List.of("trip-leg", "visit"), t.events().stream().limit(2).map(DraftEvent::suggested).toList());
        Quotes.assertVerbatim(d.report(), text);
    }

    @Test
    void tableOfTripsReassembledAcrossPageBreaks() throws IOException {
        String text = Files.readString(DIR.resolve("trip-table.txt"));
        Draft d = draft("trip-table.txt", text);
        DraftReport r = d.report();
        assertEquals("ROC 114-05-01", r.date().startText());
        assertEquals(List.of(
                "2024-03-tokyo-expo ROC 113-03-05 ROC 113-03-09 [lin-chia-lung, li-ju-fang] 7 478236 [tokyo]",
                "2024-09-osaka ROC 113-09-22 ROC 113-09-30 [lin-chia-lung, TODO-陳小明] 13 108170 [osaka]",
                "2024-11-seoul ROC 113-11-10 ROC 113-11-12 [lin-chia-lung, TODO-黃大德] 4 unsettled [seoul]"),
                r.trips().stream().map(t -> t.id() + " " + t.period().startText() + " " + t.period().endText() + " "
                        + t.members().stream().map(DraftMember::ref).toList() + " " + t.size() + " "
                        + (t.budget().unsettled() ? "unsettled" : t.budget().amount()) + " " + t.destinations()).toList());
        assertEquals("臺中市政府赴大阪進行城市交流", r.trips().get(1).zh(), "title joined across the page break");
        assertEquals(2, r.trips().get(1).budget().quotes().size(), "a budget broken over two pages keeps both pieces");
        assertEquals(List.of("1. 參訪大阪城，借鏡觀光 經驗。", "2. 出席論壇。"), r.trips().get(1).notes());
        assertTrue(codes(d).contains("SAME_TRIP"), "same dates as a curated trip: its id is reused");
        assertTrue(codes(d).contains("YEAR_INFERRED"), "11/10-11/12 takes its year from the row above");
        Quotes.assertVerbatim(r, text);
    }

    /** The same report in another layout: full-width digits, doubled spaces, spaces after tabs. */
    static String variant(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '0' && c <= '9') {
                sb.append((char) (c - '0' + '０'));
            } else if (c == ' ') {
                sb.append("  ");
            } else if (c == '\t') {
                sb.append("\t ");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"spaced-fullwidth.txt", "day-headings.txt", "trip-table.txt"})
    void layoutVariationsDraftTheSameFacts(String name) throws IOException {
        String text = Files.readString(DIR.resolve(name));
        String other = variant(text);
        DraftReport a = draft(name, text).report();
        DraftReport b = draft(name, other).report();
        assertEquals(facts(a), facts(b));
        Quotes.assertVerbatim(b, other);
    }

    /** What a layout must not change: dates, members, sizes, budgets, and event dates and labels (as keys). */
    static List<String> facts(DraftReport r) {
        return r.trips().stream().flatMap(t -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(t.id() + " " + t.period().startText() + " " + t.period().endText() + " " + t.members().stream().map(DraftMember::ref)
                        .toList() + " " + t.size() + " " + (t.budget() == null ? "" : t.budget().amount())),
                t.events().stream().map(e -> e.date().startText() + " " + e.date().endText() + " " + Text.key(e.zh())
                        + " " + e.partOf())))
                .toList();
    }
}
