package tw.gov.taichung.kg.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.gov.taichung.kg.model.PartialDate;

/** The measure itself: an event on another day, or about something else, counts as invented. */
class MeasureTest {
    static final String TEXT = "日期\t行程內容\n6/18 (日)\t參訪物聯網新創公司 Sigfox 參訪土魯斯市政建設\n";

    static DraftEvent drafted(String date, String label) {
        int at = TEXT.indexOf(label);
        DateSpan d = new DateSpan(PartialDate.parse(date), PartialDate.parse(date), false, true, 0);
        return new DraftEvent("x", null, label, d, null, null, null, List.of(),
                List.of(new Quote(label, 0, at, at + label.length())), at, at + label.length(), false);
    }

    static Curated.Event curated(String date, String zh) {
        return new Curated.Event("c", "t", PartialDate.parse(date), PartialDate.parse(date), zh, List.of());
    }

    @Test
    void sameDayAndSharedWordsMatch() {
        assertTrue(Measure.matches(drafted("2017-06-18", "參訪物聯網新創公司 Sigfox"),
                curated("2017-06-18", "參訪物聯網新創公司Sigfox"), TEXT));
    }

    @Test
    void anotherDayDoesNotMatch() {
        assertFalse(Measure.matches(drafted("2017-06-18", "參訪物聯網新創公司 Sigfox"),
                curated("2017-06-19", "參訪物聯網新創公司 Sigfox"), TEXT));
    }

    @Test
    void anotherThingOnTheSameDayDoesNotMatch() {
        assertFalse(Measure.matches(drafted("2017-06-18", "參訪土魯斯市政建設"),
                curated("2017-06-18", "參訪物聯網新創公司 Sigfox"), TEXT));
    }

    @Test
    void longestSharedRun() {
        assertEquals(7, Measure.longestShared("拜會巴黎副市長", "拜會巴黎副市長pénélope"));
        assertEquals(0, Measure.longestShared("", "abc"));
    }
}
