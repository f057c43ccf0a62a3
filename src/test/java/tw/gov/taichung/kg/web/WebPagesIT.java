package tw.gov.taichung.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.gov.taichung.kg.query.QueryLibrary;

/** The pages of the web interface over HTTP from the real server and corpus: exact content, links, headers. */
class WebPagesIT {
    @Test
    void homePageCountsTheGraphAndListsReportsAndQuestions() {
        String html = WebServer.page("");
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head>\n<meta charset=\"utf-8\">"));
        for (String count : List.of("trips\"><strong class=\"n\">17<", "events\"><strong class=\"n\">237<",
                "people\"><strong class=\"n\">183<", "organisations\"><strong class=\"n\">329<",
                "cities\"><strong class=\"n\">74<", "pledges\"><strong class=\"n\">276<")) {
            assertTrue(html.contains("<li id=\"count-" + count), count);
        }
        assertEquals(List.of("2016-singapore-world-cities-summit", "2017-france-toulouse-paris",
                        "2018-council-report-trips-2015-2018", "2024-usa-sister-cities", "2026-usa-council-report"),
                all(html, "<tr><td><a href=\"id/report/([a-z0-9-]+)\">"), "the five reports, by date");
        assertTrue(html.contains("<a href=\"texts/2016-singapore-world-cities-summit.txt\">全文 text</a>"));
        List<String> questions = all(html, "<a class=\"question\" id=\"q-[a-z0-9-]+\" href=\"questions/([a-z0-9-]+)\">");
        assertEquals(List.copyOf(QueryLibrary.bundled().all().keySet()), questions, "every named query, one click away");
    }

    @Test
    void aQuestionIsAnsweredAsATableWithLinksToEntityPages() {
        String html = WebServer.page("questions/delegation");
        assertTrue(html.contains("<h1>出國代表團成員 <small lang=\"en\">Members of a trip&#39;s delegation</small></h1>"), html);
        assertTrue(html.contains("<p class=\"rows\"><span class=\"n\">2</span> 筆"));
        assertTrue(html.contains("<tr><td><a href=\"../id/person/chang-kuang-yao\" title=\"person:chang-kuang-yao\">張光瑤</a>"
                + "</td><td>張光瑤</td><td>副市長</td><td>臺中市政府</td></tr>"), html);
        assertTrue(html.contains("<input name=\"trip\" value=\"2016-07-singapore-wcs\">"), "a form with the parameter");
        assertTrue(html.contains("<a href=\"../editor?query=delegation\">"), "a link into the editor");
        assertTrue(html.contains("<a href=\"../api/questions/delegation?trip=2016-07-singapore-wcs&amp;format=csv\" download>CSV</a>"
                + " <a href=\"../api/questions/delegation?trip=2016-07-singapore-wcs&amp;format=json\" download>JSON</a>"),
                "downloads of the same answer");
    }

    @Test
    void aQuestionTakesItsParametersFromTheQueryString() {
        String html = WebServer.page("questions/delegation?trip=2017-11-mongolia&nonsense=1");
        assertTrue(html.contains("<input name=\"trip\" value=\"2017-11-mongolia\">"));
        assertEquals(List.of("lin-chia-lung"), all(html, "<tr><td><a href=\"../id/person/([a-z-]+)\""));
        String injected = WebServer.page("questions/delegation?trip=%22%29%20%7D%20%3Cscript%3E");
        assertTrue(injected.contains("value=\"&quot;) } &lt;script&gt;\""), "the value is shown escaped");
        assertTrue(injected.contains("<span class=\"n\">0</span> 筆"), "and is only ever a string literal");
        assertEquals(404, WebServer.get("questions/no-such-question").statusCode());
    }

    @Test
    void personPageShowsLabelsPostsTimelineAndLinks() {
        String html = WebServer.page("id/person/chang-kuang-yao");
        assertTrue(html.contains("<h1>張光瑤 · Chang Kuang-yao</h1>"));
        assertTrue(html.contains("<dt>中文</dt><dd lang=\"zh-Hant\">張光瑤</dd><dt>English</dt><dd lang=\"en\">Chang Kuang-yao</dd>"));
        assertTrue(html.contains("<a href=\"../../id/trip/2016-07-singapore-wcs\">"), "a link to the trip");
        assertTrue(html.contains("<a href=\"../../id/org/taichung-city-government\">臺中市政府</a> <strong>副市長 Deputy Mayor</strong>"),
                "the post held");
        assertTrue(html.contains("<h2>時間軸 <small lang=\"en\">Timeline of events</small> (16)</h2>"), html);
        List<String> years = all(html, "<h3 class=\"year\">([0-9]{4})</h3>");
        assertEquals(List.of("2016", "2017"), years);
    }

    @Test
    void tripPageListsTheItineraryDayByDayWithDelegationAndSources() {
        String html = WebServer.page("id/trip/2016-07-singapore-wcs");
        assertEquals(List.of("2016-07-09", "2016-07-10", "2016-07-11"), all(html, "<h4 class=\"day\" id=\"day-([0-9-]+)\">"));
        String lastDay = html.substring(html.indexOf("id=\"day-2016-07-11\""));
        lastDay = lastDay.substring(0, lastDay.indexOf("</ol>"));
        assertEquals(List.of("2016-07-11-flight-home", "2016-07-11-lkyspp-exchange", "2016-07-11-sbf-courtesy-call"),
                all(lastDay, "<li class=\"event\"><a href=\"../../id/event/([a-z0-9-]+)\">"));
        assertTrue(lastDay.contains(">拜會新加坡工商聯合總會</a> <span class=\"en\" lang=\"en\">Courtesy call on the Singapore "
                + "Business Federation</span>"));
        assertTrue(html.contains("<dt>日期 <small lang=\"en\">Dates</small></dt><dd>2016-07-09 – 2016-07-11（3 天"));
        assertTrue(html.contains("<tr><td><a href=\"../../id/person/chen-wen-cheng\">陳文政 · Chen Wen-cheng</a></td><td>"
                + "<a href=\"../../id/org/taichung-secretariat\">臺中市政府秘書處</a> 股長</td></tr>"), "delegation with posts");
        assertTrue(html.contains("<mark>並由張光瑤副市長率團出席由新加坡政府主辦之「世界城市峰會」</mark>"), "the quoted passage");
        assertTrue(html.contains("<a href=\"../../texts/2016-singapore-world-cities-summit.txt\">characters 593–622 of the text</a>"));
    }

    @Test
    void tripPageShowsTheCostAsReportedAndComputed() {
        String html = WebServer.page("id/trip/2017-11-mongolia");
        assertTrue(html.contains("<strong class=\"amount\">TWD 108,170</strong> <small>（每人 <span lang=\"en\">per delegate"
                + "</span> 54,085；每日 <span lang=\"en\">per day</span> 36,057；本站計算"), html);
    }

    @Test
    void pledgePageShowsItsStatusHistoryWithEvidence() {
        String html = WebServer.page("id/pledge/2017-08-rockwell-demonstration-line");
        assertTrue(html.contains("<li class=\"assessment\"><span class=\"date\">2018-05-11</span> <span class=\"status "
                + "status-in-the-works\">進行中 in the works</span>"), html);
        assertTrue(html.contains("<p class=\"comment\" lang=\"zh-Hant\">將規劃於107年在臺中建置智慧機械示範線</p>"));
        assertTrue(html.contains("<mark>美國 Rockwell、德國 Siemens、日本 Mitsubishi 等國外大廠將規劃於 107 年在臺中建置智慧機械示範線</mark>"));
    }

    @Test
    void pledgeKeptShowsTheEventThatKeptIt() {
        String html = WebServer.page("id/pledge/2016-04-sbf-bilateral-forum");
        assertTrue(html.contains("<span class=\"status status-kept\">"), html);
        assertTrue(html.contains("<p class=\"evidence\">佐證 <small lang=\"en\">Evidence</small>: <a href=\"../../id/event/"
                + "2018-01-19-taiwan-singapore-economic-council\">"), html);
    }

    @Test
    void cityPageShowsItsPartnershipWithTaichung() {
        String html = WebServer.page("id/place/boise");
        assertTrue(html.contains("<strong class=\"tier\">友好城市 friendship city</strong> <a href=\"../../id/place/taichung\">"
                + "臺中市</a> · 自 <small lang=\"en\">since</small> 2017-08 · 締結於 <small lang=\"en\">established at</small> "
                + "<a href=\"../../id/event/2017-08-boise-friendship-city-signing\">"), html);
        assertTrue(html.contains("到訪行程 <small lang=\"en\">Trips that went there</small> (1)"));
        String none = WebServer.page("id/place/ulaanbaatar");
        assertTrue(none.contains("No partnership with Taichung is recorded"));
    }

    @Test
    void timelineDrawsEveryTripOnAScaleOfYears() {
        String html = WebServer.page("timeline");
        List<String> trips = all(html, "<a class=\"trip-mark\" href=\"id/trip/([a-z0-9-]+)\">");
        assertEquals(17, trips.size());
        assertEquals("2015-04-seoul-iclei", trips.get(0));
        assertEquals("2026-03-usa", trips.get(16));
        List<String> years = all(html, "<text class=\"year\" x=\"[0-9.]+\" y=\"14\">([0-9]{4})</text>");
        assertEquals(List.of("2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025",
                "2026"), years);
    }

    @Test
    void mapHasOneMarkerPerVisitedCitySizedByVisits() {
        String html = WebServer.page("map");
        List<String> cities = all(html, "<circle class=\"city\" data-city=\"([a-z-]+)\"");
        assertEquals(39, cities.size());
        assertEquals(cities.size(), cities.stream().distinct().count(), "one marker per city");
        assertTrue(html.contains("data-city=\"tokyo\" data-visits=\"3\""));
        assertTrue(html.contains("data-city=\"singapore\" data-visits=\"3\""));
        assertTrue(html.contains("data-city=\"boise\" data-visits=\"1\""));
        assertTrue(!cities.contains("taichung") && !cities.contains("taoyuan"), "no city at home");
        assertTrue(html.contains("<path class=\"land\" d=\"M"), "the bundled world outline");
        assertEquals(39, all(WebServer.page("map?region=europe"), "<circle class=\"city\" data-city=\"([a-z-]+)\"").size());
        assertEquals(404, WebServer.get("map?region=atlantis").statusCode());
    }

    @Test
    void editorPreloadsTheNamedQueriesFromBundledAssets() {
        String html = WebServer.page("editor");
        assertTrue(html.contains("<script src=\"assets/yasgui/yasgui.min.js\" defer></script>"));
        assertTrue(html.contains("data-endpoint=\"kg/sparql\""));
        String json = html.substring(html.indexOf("<script type=\"application/json\" id=\"named-queries\">") + 51);
        json = json.substring(0, json.indexOf("</script>"));
        assertEquals(QueryLibrary.bundled().all().size(), JSON.parseAny(json).getAsArray().size());
        assertTrue(json.contains("?trip dct:identifier \\\"2016-07-singapore-wcs\\\""), "parameters filled in");
        for (String asset : List.of("assets/yasgui/yasgui.min.js", "assets/yasgui/yasgui.min.css", "assets/editor.js",
                "assets/site.css", "assets/world/LICENSE.txt", "assets/yasgui/LICENSE.txt")) {
            assertEquals(200, WebServer.get(asset, "*/*").statusCode(), asset);
        }
        assertEquals("https://taichung-diplomacy.example/ontology#",
                JSON.parse(WebServer.get("assets/prefixes.json", "*/*").body()).get("tdo").getAsString().value());
        assertEquals(404, WebServer.get("assets/../pom.xml", "*/*").statusCode());
    }

    /** No page loads anything from another origin: every script, style sheet and image is a relative URL. */
    @ParameterizedTest
    @ValueSource(strings = {"", "questions/", "questions/delegation", "editor", "timeline", "map",
        "id/person/chang-kuang-yao", "id/trip/2016-07-singapore-wcs", "id/place/boise"})
    void pagesRequestNothingFromOtherOrigins(String path) {
        HttpResponse<String> r = WebServer.get(path);
        assertEquals(200, r.statusCode());
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(";charset", "; charset"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'")
                || path.startsWith("id/"), "pages of the web interface forbid other origins");
        List<String> loads = all(r.body(), "<(?:script|link|img|iframe)[^>]*(?:src|href)=\"([^\"]*)\"");
        for (String url : loads) {
            assertTrue(!url.contains("//") && !url.startsWith("/"), path + " loads " + url);
        }
        assertTrue(!r.body().contains("@import") && !r.body().contains("url("), path);
    }

    static List<String> all(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
