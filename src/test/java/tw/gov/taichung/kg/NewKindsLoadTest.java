package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.gov.taichung.kg.model.Problem;
import tw.gov.taichung.kg.validate.Validator;

/** Every new kind of fact of issue 13, loaded from the fixture, with the exact triples its texts give. */
class NewKindsLoadTest {
    private static final String P = """
            PREFIX tdo: <https://taichung-diplomacy.example/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    private static List<String> rows(String body) {
        return Fixture.rows(P + body);
    }

    @Test
    void conformsToTheShapes() {
        List<Problem> ps = Validator.standard().validate(Fixture.result().dataset(), Fixture.result().origins());
        assertEquals(List.of(), ps);
    }

    @Test
    void figuresWithValueUnitMeasureAndQuotePosition() {
        assertEquals(List.of(
                "figure/a-159-visitors | event/2016-07-10-mayors-forum | visitors | 500000 | IE | approximate | actual |  | 159 | 167",
                "figure/a-266-population | place/singapore | population | 5600000 | IE | approximate | actual | 2016 | 266 | 277",
                "figure/a-278-population | place/taichung | population | 2800000 | IE | approximate | actual | 2016 | 278 | 289",
                "figure/forum-representatives | event/2016-07-10-mayors-forum | city-representatives | 110 | IE | exact | actual |  | 142 | 158"),
                rows("""
                SELECT ?f ?about ?m ?v ?code ?approx ?kind ?at ?start ?end WHERE {
                  ?fig a tdo:Figure ; tdo:about ?a ; tdo:measure ?mc ; schema:value ?v ; schema:unitCode ?code ;
                       tdo:approximation ?ac ; tdo:figureKind ?kc ; tdo:attestedBy/oa:hasSelector ?sel .
                  ?sel oa:start ?start ; oa:end ?end .
                  OPTIONAL { ?fig dct:date ?at }
                  BIND(REPLACE(STR(?fig), "^.*/id/", "") AS ?f) BIND(REPLACE(STR(?a), "^.*/id/", "") AS ?about)
                  BIND(REPLACE(STR(?mc), "^.*/", "") AS ?m) BIND(REPLACE(STR(?ac), "^.*/", "") AS ?approx)
                  BIND(REPLACE(STR(?kc), "^.*/", "") AS ?kind)
                } ORDER BY ?f"""));
    }

    @Test
    void tableIsADataCubeOfTwoObservations() {
        assertEquals(List.of("新加坡與臺中比較 | 2"), rows("""
                SELECT ?l (COUNT(?o) AS ?n) WHERE {
                  ?t a qb:DataSet ; skos:prefLabel ?l . ?o a qb:Observation ; qb:dataSet ?t ;
                     <http://purl.org/linked-data/sdmx/2009/attribute#unitMeasure> ?u .
                } GROUP BY ?l"""));
    }

    @Test
    void descriptionOnTheEntityAndOnItsNode() {
        assertEquals(List.of("1981 | france | 1981 | france"), rows("""
                SELECT ?d1 ?h1 ?d2 ?h2 WHERE {
                  ?org schema:foundingDate ?d1 ; schema:location ?hq1 ; tdo:description ?d .
                  ?d a tdo:Description ; schema:foundingDate ?d2 ; schema:location ?hq2 ; tdo:attestedBy ?q .
                  BIND(REPLACE(STR(?hq1), "^.*/", "") AS ?h1) BIND(REPLACE(STR(?hq2), "^.*/", "") AS ?h2)
                }"""));
    }

    @Test
    void statementsInvitationsStandInsGiftsTalks() {
        assertEquals(List.of("singapore | smart-city | 新加坡重視智慧國家建設"), rows("""
                SELECT ?a ?t ?text WHERE { ?s a tdo:Statement ; tdo:about ?e ; tdo:topic ?tc ; schema:text ?text .
                  BIND(REPLACE(STR(?e), "^.*/", "") AS ?a) BIND(REPLACE(STR(?tc), "^.*/", "") AS ?t) }"""));
        assertEquals(List.of("lawrence-wong | taichung-city-government | 2016-07-singapore | 世界城市峰會"), rows("""
                SELECT ?by ?to ?led ?what WHERE { ?i a tdo:Invitation , schema:InviteAction ; schema:agent ?b ;
                  schema:recipient ?r ; tdo:ledTo ?l ; schema:description ?what . FILTER(langMatches(lang(?what), "zh"))
                  BIND(REPLACE(STR(?b), "^.*/", "") AS ?by) BIND(REPLACE(STR(?r), "^.*/", "") AS ?to)
                  BIND(REPLACE(STR(?l), "^.*/", "") AS ?led) }"""));
        assertEquals(List.of("2016-07-11-mnd | tan-kiat-how | lawrence-wong | 公務"), rows("""
                SELECT ?ev ?by ?for ?why WHERE { ?s a tdo:StandIn ; tdo:atEvent ?e ; tdo:standIn ?b ; tdo:inPlaceOf ?f ;
                  tdo:reason ?why . BIND(REPLACE(STR(?e), "^.*/", "") AS ?ev) BIND(REPLACE(STR(?b), "^.*/", "") AS ?by)
                  BIND(REPLACE(STR(?f), "^.*/", "") AS ?for) }"""));
        assertEquals(List.of("chang-kuang-yao | lawrence-wong | 漆器手工藝品"), rows("""
                SELECT ?from ?to ?o WHERE { ?g a tdo:Gift ; schema:agent ?a ; schema:recipient ?r ; tdo:giftObject ?o .
                  FILTER(langMatches(lang(?o), "zh")) BIND(REPLACE(STR(?a), "^.*/", "") AS ?from)
                  BIND(REPLACE(STR(?r), "^.*/", "") AS ?to) }"""));
        assertEquals(List.of("lawrence-wong | 城市的未來 | urban-planning"), rows("""
                SELECT ?sp ?title ?sub WHERE { ?t a tdo:Talk ; tdo:speaker ?s ; skos:prefLabel ?title ; tdo:topic ?tc .
                  FILTER(langMatches(lang(?title), "zh")) BIND(REPLACE(STR(?s), "^.*/", "") AS ?sp)
                  BIND(REPLACE(STR(?tc), "^.*/", "") AS ?sub) }"""));
    }

    @Test
    void conclusionPledgeIsDatedByTheReportAndAboutAProject() {
        assertEquals(List.of("recommendation | 2016-09-07 | taichung-smart-city"), rows("""
                SELECT ?k ?d ?about WHERE { ?p tdo:pledgeKind ?kc ; dct:date ?d ; tdo:about ?a .
                  FILTER NOT EXISTS { ?p tdo:madeAt ?e }
                  BIND(REPLACE(STR(?kc), "^.*/", "") AS ?k) BIND(REPLACE(STR(?a), "^.*/", "") AS ?about) }"""));
    }

    @Test
    void agreementsFoundingAndUnnamedParties() {
        assertEquals(List.of("1996-taichung-singapore-sister-city | taichung-singapore"), rows("""
                SELECT ?a ?p WHERE { ?ag tdo:establishes ?pt . ?pt tdo:foundingAgreement ?ag .
                  BIND(REPLACE(STR(?ag), "^.*/", "") AS ?a) BIND(REPLACE(STR(?pt), "^.*/", "") AS ?p) }"""));
        assertEquals(List.of("2016-singapore-business-mou | 1 | 當地企業"), rows("""
                SELECT ?a (COUNT(?party) AS ?n) ?u WHERE { ?ag tdo:unnamedParties ?u ; tdo:party ?party .
                  BIND(REPLACE(STR(?ag), "^.*/", "") AS ?a) } GROUP BY ?a ?u"""));
    }

    @Test
    void disagreementLinksTwoValuesEachWithItsReport() {
        assertEquals(List.of("2016-07-singapore | delegation-size | a | 2 | 出國人員：張光瑤",
                        "2016-07-singapore | delegation-size | b | 3 | 共計3人出席"), rows("""
                SELECT ?about ?prop ?rep ?v ?q WHERE { ?d a tdo:Disagreement ; tdo:about ?e ; tdo:disputedProperty ?pc ;
                  tdo:disputedValue ?dv . ?dv rdf:value ?v ; tdo:reportedIn ?r ; tdo:attestedBy ?qn .
                  ?qn rdf:value ?q ; oa:hasSource ?r .
                  BIND(REPLACE(STR(?e), "^.*/", "") AS ?about) BIND(REPLACE(STR(?pc), "^.*/", "") AS ?prop)
                  BIND(REPLACE(STR(?r), "^.*/", "") AS ?rep) } ORDER BY ?rep"""));
    }

    @Test
    void presenterWithPostAndNoFactMarks() {
        assertEquals(List.of("chen-wen-cheng | 股長 | Section Chief"), rows("""
                SELECT ?who ?zh ?en WHERE { ?r tdo:presentedBy ?p . ?m <http://www.w3.org/ns/org#member> ?p ;
                  tdo:roleLabel ?zh , ?en . FILTER(langMatches(lang(?zh), "zh") && langMatches(lang(?en), "en"))
                  BIND(REPLACE(STR(?p), "^.*/", "") AS ?who) }"""));
        assertEquals(List.of("greeting | 感謝新加坡政府的熱情接待！", "heading | 壹、考察目的與行程概要",
                "heading | 臺中市議會出國報告"), rows("""
                SELECT ?r ?q WHERE { ?n a tdo:NoFactMark ; tdo:noFactReason ?rc ; tdo:attestedBy/rdf:value ?q .
                  BIND(REPLACE(STR(?rc), "^.*/", "") AS ?r) } ORDER BY ?r ?q"""));
    }

    @Test
    void measuresAreConceptsOfTheirScheme() {
        assertEquals(List.of("city-representatives | 與會城市代表人數", "population | 人口", "visitors | 參觀人次"), rows("""
                SELECT ?n ?l WHERE { ?m skos:inScheme <https://taichung-diplomacy.example/ontology/concept/measure> ;
                  skos:notation ?n ; skos:prefLabel ?l . FILTER(langMatches(lang(?l), "zh")) } ORDER BY ?n"""));
    }
}
