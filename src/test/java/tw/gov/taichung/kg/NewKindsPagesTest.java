package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.web.EntityView;

/** Entity pages show what the reports say (issue 13), and a report's page its coverage; on the fixture. */
class NewKindsPagesTest {
    private static String page(String kind, String id) {
        Iris iris = Iris.defaults();
        return EntityView.render(iris.id(kind, id), Fixture.result().dataset(), iris, "../../", f -> {
            try {
                return Files.readAllBytes(Fixture.DIR.resolve("reports").resolve(f));
            } catch (IOException e) {
                return null;
            }
        });
    }

    private static void has(String page, String... parts) {
        for (String p : parts) {
            assertTrue(page.contains(p), "page lacks " + p);
        }
    }

    @Test
    void organisationShowsItsDescription() {
        has(page("org", "dassault-systemes"), "報告所載", "Descriptions", "成立 <small lang=\"en\">founded</small> 1981",
                "達梭系統成立於1981年，總部位於法國");
    }

    @Test
    void eventShowsFiguresTalksAndGifts() {
        has(page("event", "2016-07-10-mayors-forum"), "<strong>110</strong>", "<strong>500000</strong>",
                "「城市的未來", "漆器手工藝品");
    }

    @Test
    void tripShowsTheDisagreementBesideItsValues() {
        has(page("trip", "2016-07-singapore"), "Where reports disagree", "<strong>2</strong>",
                "<strong>3</strong>", "共計3人出席");
    }

    @Test
    void personShowsInvitationsAndGifts() {
        has(page("person", "lawrence-wong"), "Invitations", "世界城市峰會", "Gifts", "Talks");
    }

    @Test
    void reportShowsItsCoverage() {
        has(page("report", "a"), "Coverage", "18 / 20 (90%)", "行程緊湊但收穫豐富！");
    }
}
