package tw.gov.taichung.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Search, the lists and the report text pages over HTTP from the real server and corpus (issue 14). */
class SearchPagesIT {
    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theSearchPageListsEntitiesThenPassages() {
        String html = WebServer.page("search?q=" + q("輝達"));
        int entity = html.indexOf("<td lang=\"zh-Hant\"><a href=\"id/org/nvidia\">輝達</a></td><td lang=\"en\"><a href=\"id/org/nvidia\">NVIDIA</a></td><td>輝達</td><td class=\"num\">51</td>");
        assertTrue(entity > 0, html);
        assertTrue(html.indexOf("<ol class=\"passages\">") > entity);
        assertTrue(html.contains("<blockquote lang=\"zh-Hant\">九、參訪<mark>輝達</mark>科技矽谷總部"), html);
        assertTrue(html.contains("<form class=\"site-search\" role=\"search\" action=\"search\">"), "the header's box");
    }

    @Test
    void aPassageLinksItsReportItsTextAndItsFacts() {
        String html = WebServer.page("search?q=" + q("國家發展部部長黃循財（Mr. Lawrence Wong）主持"));
        assertTrue(html.contains("<a href=\"id/report/2016-singapore-world-cities-summit\">臺中市政府組團赴新加坡參加「2016世界城市峰會」</a>"), html);
        assertTrue(html.contains("<a href=\"texts/2016-singapore-world-cities-summit?start=1001&amp;end=1097#passage\">characters 1001–1097 of the text</a>"), html);
        assertTrue(html.contains("<p class=\"facts\">事實 <span lang=\"en\">Facts</span>: <a href=\"id/event/2016-07-10-wcs-mayors-forum\">世界城市峰會市長論壇</a>、"
                + "<a href=\"id/figure/2016-singapore-world-cities-summit-1054-editions-per-year\">市長論壇每年舉辦次數</a></p>"), html);
    }

    @Test
    void programsGetJson() {
        HttpResponse<String> r = WebServer.get("search?q=NVIDIA&format=json", "application/json");
        assertEquals(200, r.statusCode());
        assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(";charset", "; charset"));
        assertTrue(r.body().startsWith("{\"query\":\"NVIDIA\",\"entities\":[{\"iri\":\"https://taichung-diplomacy.example/id/org/nvidia\","
                + "\"href\":\"id/org/nvidia\",\"kind\":\"org\",\"zh\":\"輝達\",\"en\":\"NVIDIA\",\"matched\":\"NVIDIA\",\"facts\":51}"), r.body());
        HttpResponse<String> s = WebServer.get("search/suggest?q=" + q("水滸"), "application/json");
        assertEquals("{\"query\":\"水滸\",\"suggestions\":[{\"iri\":\"https://taichung-diplomacy.example/id/place/shuinan-smart-city\","
                + "\"href\":\"id/place/shuinan-smart-city\",\"kind\":\"place\",\"zh\":\"水湳智慧城\",\"en\":\"Shuinan Smart City (Shuinan "
                + "Economic and Trade Park)\",\"matched\":\"水滸\",\"facts\":55},{\"iri\":\"https://taichung-diplomacy.example/id/org/taichung-international-convention-center\","
                + "\"href\":\"id/org/taichung-international-convention-center\",\"kind\":\"org\",\"zh\":\"臺中國際會展中心\",\"en\":\"Taichung International "
                + "Convention and Exhibition Center\",\"matched\":\"水滸會展中心\",\"facts\":92}]}\n", s.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*", "\"", ":", "~", "a:b~", "AND", "\"unclosed", "title:(x AND y)", "[a TO b]", "\\"})
    void luceneSyntaxIsAnsweredCleanly(String query) {
        for (String path : List.of("search?q=", "search/suggest?q=")) {
            HttpResponse<String> r = WebServer.get(path + q(query) + (path.startsWith("search?") ? "&format=json" : ""), "application/json");
            assertEquals(200, r.statusCode(), path + query + ": " + r.body());
        }
        assertEquals(200, WebServer.get("search?q=" + q(query)).statusCode());
    }

    @Test
    void anOverLongQueryIsA400WithASentence() {
        HttpResponse<String> r = WebServer.get("search?q=" + "x".repeat(501));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("The query is 501 characters long; ask with at most 500."), r.body());
        HttpResponse<String> j = WebServer.get("search/suggest?q=" + "x".repeat(600), "application/json");
        assertEquals(400, j.statusCode());
        assertTrue(j.body().startsWith("{\"query\":\"xxx"), j.body());
        assertTrue(j.body().contains("\"error\":\"The query is 600 characters long; ask with at most 500.\""), j.body());
        assertEquals(400, WebServer.get("search?q=x&kind=martian").statusCode());
    }

    /** The facet values of one list page with their counts, as "name count". */
    private static List<String> facet(String html, String key) {
        int at = html.indexOf("<section class=\"facet\" id=\"facet-" + key + "\">");
        String section = html.substring(at, html.indexOf("</section>", at));
        Matcher m = Pattern.compile("\">([^<]*)</a> <span class=\"count\">(\\d+)</span>").matcher(section);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1) + " " + m.group(2));
        }
        return out;
    }

    @Test
    void thePledgeListCountsEachFacetValue() {
        String html = WebServer.page("id/pledge/");
        assertTrue(html.contains("<h1>承諾 <small lang=\"en\">Pledges</small> <small>(276)</small></h1>"), html);
        assertEquals(List.of("無任何評估 unassessed 232", "進行中 23", "已兌現 15", "尚未評估 6"), facet(html, "status"),
                "as the named query pledge-status-counts has them");
        assertEquals(List.of("心得借鏡 78", "未來規劃 59", "合作 39", "邀請 25", "建議 21", "交流 16", "其他 15", "投資 9", "支持 8",
                "參與 3", "設立據點 2", "回訪 1"),
                facet(html, "kind"));
        String kept = WebServer.page("id/pledge/?status=kept&kind=cooperation");
        assertTrue(kept.contains("<small>(3 / 276)</small>"), kept);
        assertEquals(List.of("已兌現 15"), facet(WebServer.page("id/pledge/?status=kept"), "status"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"person", "org", "place", "trip", "event", "pledge", "agreement", "report"})
    void everyKindHasAListLinkedFromTheHomePage(String kind) {
        String html = WebServer.page("id/" + kind + "/?sort=facts&page=1");
        assertTrue(html.contains("<table class=\"list\">"), kind);
        assertTrue(WebServer.page("").contains("<a href=\"id/" + kind + "/\">"), kind);
    }

    @Test
    void theTripListPagesAndSortsByDate() {
        String html = WebServer.page("id/trip/?sort=date");
        assertTrue(html.contains("<small>(17)</small>"), html);
        assertTrue(html.indexOf("2015-04-06") < html.indexOf("2026-03-11"));
        String people = WebServer.page("id/person/");
        assertTrue(people.contains("<nav class=\"pages\">"), "more than 50 people: pages");
        assertEquals(List.of("對方 Counterpart 156", "臺中市 Taichung side 27"), facet(people, "side"));
    }

    @Test
    void theReportTextIsAPageWithThePassageMarkedAndNoMarkupFromTheText() {
        String html = WebServer.page("texts/2016-singapore-world-cities-summit?start=558&end=590");
        assertTrue(html.contains("一、本府係應<mark id=\"passage\">新加坡國家發展部部長黃循財（Mr. Lawrence Wong）</mark>邀請"), html);
        assertTrue(html.contains("含附件： &lt;input type=&quot;checkbox&quot;/&gt; 是"), "conversion residue shown as text");
        assertFalse(html.contains("<input type=\"checkbox\""));
        assertFalse(html.contains("<p>壹、摘要"));
        assertTrue(html.contains("<a href=\"../texts/2016-singapore-world-cities-summit.txt\">純文字 plain text</a>"), html);
        HttpResponse<String> plain = WebServer.get("texts/2016-singapore-world-cities-summit.txt", "text/html");
        assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), "the .txt stays plain");
        assertFalse(WebServer.page("texts/2016-singapore-world-cities-summit?start=9&end=999999").contains("<mark id="));
    }

    @Test
    void everyQuoteOnAnEntityPageLinksToItsMarkedPassage() {
        String html = WebServer.page("id/trip/2016-07-singapore-wcs");
        assertTrue(html.contains("<a href=\"../../texts/2016-singapore-world-cities-summit.txt\">characters 593–622 of the text</a> · "
                + "<a class=\"passage\" href=\"../../texts/2016-singapore-world-cities-summit?start=593&amp;end=622#passage\">段落 passage</a>"), html);
        int quotes = html.split("of the text</a>", -1).length - 1;
        int passages = html.split("段落 passage</a>", -1).length - 1;
        assertEquals(quotes, passages);
    }

    @Test
    void textQueryWorksAtTheSparqlEndpoint() {
        String query = "PREFIX text: <http://jena.apache.org/text#> PREFIX schema: <https://schema.org/>\n"
                + "SELECT DISTINCT ?s WHERE { ?s text:query '\"水滸\"' } ORDER BY ?s";
        HttpResponse<String> r = WebServer.get("kg/sparql?query=" + q(query), "text/csv");
        assertEquals("s\r\nhttps://taichung-diplomacy.example/id/org/taichung-international-convention-center\r\n"
                + "https://taichung-diplomacy.example/id/place/shuinan-smart-city\r\n", r.body(), "水滸 is a mangled spelling of both");
        String text = "PREFIX text: <http://jena.apache.org/text#> PREFIX schema: <https://schema.org/>\n"
                + "SELECT ?s ?lit WHERE { (?s ?score ?lit) text:query (schema:text '\"充滿機會的創新城市\"') } ORDER BY ?s";
        assertEquals("s,lit\r\n\"https://taichung-diplomacy.example/texts/2016-singapore-world-cities-summit.txt#char=2100,2211\","
                + "此次市長論壇係以「宜居及永續發展城市：充滿機會的創新城市」(Livable and Sustainable Cities: Innovative Cities of Opportunity)為主題，並分就2大議題共同探討：\r\n"
                + "\"https://taichung-diplomacy.example/texts/2016-singapore-world-cities-summit.txt#char=887,993\","
                + "二、此次探討主題為「宜居及永續發展城市：充滿機會的創新城市」（Livable and Sustainable Cities: Innovative Cities of Opportunity），此次重要議程包括：\r\n",
                WebServer.get("kg/sparql?query=" + q(text), "text/csv").body());
    }
}
