package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Facts of the 2016 World Cities Summit report (corpus file 003), checked by hand against its text. */
class Report2016Test {
    private static final String P = """
            PREFIX tdo: <https://taichung-diplomacy.example/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX dct: <http://purl.org/dc/terms/>
            """;

    @Test
    void delegationIsTheDeputyMayorAndASectionChief() {
        assertEquals(List.of(
                "person:chang-kuang-yao | 張光瑤 | 副市長 | 臺中市政府",
                "person:chen-wen-cheng | 陳文政 | 股長 | 臺中市政府秘書處"),
                TestCorpus.named("delegation", Map.of()));
    }

    @Test
    void tripDatesSizeAndLeader() {
        assertEquals(List.of("2016-07-09 | 2016-07-11 | 2 | person:chang-kuang-yao"), TestCorpus.rows(P + """
                SELECT ?s ?e ?n ?leader WHERE {
                  <https://taichung-diplomacy.example/id/trip/2016-07-singapore-wcs> schema:startDate ?s ;
                     schema:endDate ?e ; tdo:delegationSize ?n ; tdo:leader ?leader }"""));
    }

    @Test
    void eventsOfTenthJuly() {
        assertEquals(List.of(
                "event:2016-07-10-chang-speech-flora-expo | 張副市長於市長論壇發表演說，宣傳2018臺中世界花卉博覽會及2019東亞青年運動會 | speech",
                "event:2016-07-10-dassault-systemes | 參觀達梭系統集團 | visit",
                "event:2016-07-10-session-innovative-governance | 創新城市治理方案 | forum session",
                "event:2016-07-10-session-innovative-solutions | 尋求創新解決方案 | forum session",
                "event:2016-07-10-talk-jakarta | 韌性城市 | speech",
                "event:2016-07-10-talk-rockefeller | 全球協助建構韌性城市專員 | speech",
                "event:2016-07-10-talk-rotterdam | 棘手市政問題解決之道 | speech",
                "event:2016-07-10-talk-seoul | 運用數據資料規劃首爾交通政策 | speech",
                "event:2016-07-10-talk-taipei | 臺北市的創新施政理念 | speech",
                "event:2016-07-10-talk-un-habitat | 規劃新城市 | speech",
                "event:2016-07-10-talk-wellington | 威靈頓市施政規劃方針 | speech",
                "event:2016-07-10-talk-xiamen | 多規合一，助力美麗廈門建設 | speech",
                "event:2016-07-10-wcs-mayors-forum | 世界城市峰會市長論壇 | conference"),
                TestCorpus.named("events-on-day", Map.of("day", "2016-07-10")));
    }

    @Test
    void hpeVisitIsHostedByTheChairmanOfHpeTaiwan() {
        assertEquals(List.of("王嘉昇 | 董事長 | host"), TestCorpus.rows(P + """
                SELECT ?name ?title ?role WHERE {
                  <https://taichung-diplomacy.example/id/event/2016-07-09-hpe-asia-pacific-hq> tdo:participation ?p .
                  ?p sem:roleType ?rt ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> ?who .
                  ?who a <http://xmlns.com/foaf/0.1/Person> ; skos:prefLabel ?name .
                  FILTER(langMatches(lang(?name), "zh-Hant"))
                  ?rt skos:prefLabel ?role . FILTER(langMatches(lang(?role), "en") && str(?role) != "guest")
                  ?m org:member ?who ; tdo:roleLabel ?title . FILTER(langMatches(lang(?title), "zh-Hant"))
                }"""));
    }

    @Test
    void everyQuoteOfTheReportPointsAtItsExactText() {
        List<String> bad = TestCorpus.rows(P + """
                SELECT ?q WHERE {
                  GRAPH <https://taichung-diplomacy.example/graph/report/2016-singapore-world-cities-summit> {
                    ?q a tdo:Quote ; oa:hasSelector ?sel . ?sel oa:start ?s ; oa:end ?e .
                    ?q <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> ?text .
                    FILTER(?e - ?s != strlen(?text))
                  }
                }""");
        assertEquals(List.of(), bad);
        String text = readText("data/reports/2016-singapore-world-cities-summit.txt");
        int start = text.codePointCount(0, text.indexOf("報告日期：105年9月7日"));
        String name = "出國報告名稱：臺中市政府組團赴新加坡參加「2016世界城市峰會」";
        int title = text.codePointCount(0, text.indexOf(name));
        assertEquals(List.of(title + " | " + (title + name.length()), start + " | " + (start + 13)), TestCorpus.rows(P + """
                SELECT ?s ?e WHERE {
                  <https://taichung-diplomacy.example/id/report/2016-singapore-world-cities-summit> tdo:attestedBy ?q .
                  ?q oa:hasSelector ?sel . ?sel oa:start ?s ; oa:end ?e } ORDER BY ?s"""));
    }

    @Test
    void aucklandIsASisterCityInvitedToTheFloraExpo() {
        assertEquals(List.of("place:auckland | sister city | invitation"), TestCorpus.rows(P + """
                SELECT ?city ?tier ?kind WHERE {
                  ?t a tdo:CityPartnership ; tdo:foreignPartner ?city ; tdo:tier ?tc .
                  ?tc skos:prefLabel ?tier . FILTER(langMatches(lang(?tier), "en"))
                  <https://taichung-diplomacy.example/id/pledge/2016-07-invite-auckland-flora-expo>
                      tdo:pledgedTo ?city ; tdo:pledgeKind ?k . ?k skos:prefLabel ?kind .
                  FILTER(langMatches(lang(?kind), "en"))
                }"""));
    }

    static String readText(String path) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
