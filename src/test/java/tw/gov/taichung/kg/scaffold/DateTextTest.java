package tw.gov.taichung.kg.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as the reports write them, in either calendar, with ranges, weekdays and full-width digits. */
class DateTextTest {
    static final DateText.YearHint ROC_2017 = new DateText.YearHint(2017, true);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "105年7月9日至105年7月11日|ROC 105-07-09|ROC 105-07-11",
        "106年6月17日至25日|ROC 106-06-17|ROC 106-06-25",
        "113 年 7 月 22 日至 31 日|ROC 113-07-22|ROC 113-07-31",
        "１１４ 年 ３ 月 ５ 日 至 ８ 日|ROC 114-03-05|ROC 114-03-08",
        "104/4/06-4/11|ROC 104-04-06|ROC 104-04-11",
        "105/ 9/22- 9/30|ROC 105-09-22|ROC 105-09-30",
        "１１３／３／０５－３／０９|ROC 113-03-05|ROC 113-03-09",
        "107/1/17-1/20|ROC 107-01-17|ROC 107-01-20",
        "6/24~25 (六~日)|ROC 106-06-24|ROC 106-06-25",
        "7月30-31日(星期二-三)|ROC 106-07-30|ROC 106-07-31",
        "３月７～８日（星期五～六）|ROC 106-03-07|ROC 106-03-08",
        "12/30-1/02|ROC 106-12-30|ROC 107-01-02",
        "105年9月7日（填寫一級機關首長核定日）|ROC 105-09-07|ROC 105-09-07",
        "105年7月|ROC 105-07|ROC 105-07",
        "2024年7月22日|2024-07-22|2024-07-22",
        "2024/7/22|2024-07-22|2024-07-22",
    })
    void readsDatesAndRanges(String text, String start, String end) {
        DateSpan d = DateText.parsePrefix(text, ROC_2017);
        assertEquals(start + " " + end, d.startText() + " " + d.endText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3/11 (三) —3/13 (五) 大波士頓地區|大波士頓地區",
        "3/14 (六) 大紐約地區|大紐約地區",
        "6/17 (六)|''",
    })
    void tellsWhereTheDateEnds(String cell, String rest) {
        DateSpan d = DateText.parsePrefix(cell, ROC_2017);
        assertEquals(rest, cell.substring(d.length()).strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2月30日", "107/", "(台灣時間) 深夜 桃園國際機場", "臺灣館", "13/40", "2016世界城市峰會"})
    void rejectsWhatIsNoDate(String text) {
        assertNull(DateText.parsePrefix(text, ROC_2017));
    }

    @ParameterizedTest
    @ValueSource(strings = {"6/17", "3月11日"})
    void aMissingYearComesFromTheHintAndIsMarked(String text) {
        DateSpan d = DateText.parsePrefix(text, ROC_2017);
        assertEquals(2017, d.start().year());
        assertFalse(d.yearStated());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "市長積極深化城市外交，於3月11日至3月21日，率團訪問美國|ROC 106-03-11|ROC 106-03-21",
        "市長於 6 月 19 日訪問|ROC 106-06-19|ROC 106-06-19",
    })
    void findsADateInASentence(String text, String start, String end) {
        DateSpan d = DateText.find(text, ROC_2017);
        assertEquals(start + " " + end, d.startText() + " " + d.endText());
    }
}
