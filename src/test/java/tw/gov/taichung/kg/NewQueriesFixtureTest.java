package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.gov.taichung.kg.query.QueryLibrary;

/**
 * The named queries of issue 13 on the fixture (src/test/resources/fixtures/new-kinds), whose answers can be read
 * off its two short texts; their answers on the corpus are in src/test/resources/query-answers as for every query.
 */
class NewQueriesFixtureTest {
    private static List<String> named(String name, Map<String, String> params) {
        return Fixture.rows(QueryLibrary.bundled().get(name).render(params));
    }

    @Test
    void entityFiguresAsASeries() {
        assertEquals(List.of("人口 | 2016 | 2800000 | person | approximate | actual | a | 臺中市人口約280萬人"),
                named("entity-figures", Map.of("entity", "taichung")));
        assertEquals(List.of(
                "參觀人次 | 2016-09-07 (report) | 500000 | person | approximate | actual | a | 約50萬人次參觀",
                "與會城市代表人數 | 2016-09-07 (report) | 110 | person | exact | actual | a | 計有來自全球110位城市代表參加"),
                named("entity-figures", Map.of("entity", "2016-07-10-mayors-forum")));
    }

    @Test
    void recommendations() {
        assertEquals(List.of("a | pledge:2016-recommend-smart-city | recommendation | 建議推動智慧城市計畫 | "
                + "taichung-smart-city |  | "), named("recommendations", Map.of()));
    }

    @Test
    void invitationsAndGifts() {
        assertEquals(List.of("person:lawrence-wong | org:taichung-city-government | 世界城市峰會 | "
                + "trip:2016-07-singapore |  | a"), named("invitations", Map.of()));
        assertEquals(List.of("2016-07-10 | event:2016-07-10-mayors-forum | person:chang-kuang-yao | "
                + "person:lawrence-wong | 漆器手工藝品 | a"), named("gifts", Map.of()));
    }

    @Test
    void disagreementsOneRowPerValue() {
        assertEquals(List.of(
                "2016-singapore-delegation-size | trip:2016-07-singapore | delegation-size | a | 2 | 出國人員：張光瑤",
                "2016-singapore-delegation-size | trip:2016-07-singapore | delegation-size | b | 3 | 共計3人出席"),
                named("disagreements", Map.of()));
    }

    @Test
    void reportAboutOrganisation() {
        assertEquals(List.of("description | description:a-169-dassault-systemes |  | 達梭系統成立於1981年，總部位於法國",
                "event | event:2016-07-10-dassault | 參訪達梭系統 | 7月10日：參訪達梭系統集團"),
                named("report-about-organisation", Map.of("report", "a", "org", "dassault-systemes")));
    }
}
