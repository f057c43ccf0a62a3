package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Facts that can be counted or read in each report's text, checked against the whole graph.
 * Each expected value was checked by hand against the report named in the test.
 */
class CorpusDataTest {
    private static final String P = """
            PREFIX tdo: <https://taichung-diplomacy.example/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX id: <https://taichung-diplomacy.example/id/>
            """;
    private static final String HOST = "<https://taichung-diplomacy.example/ontology/concept/participant-role/host>";
    private static final String GUEST = "<https://taichung-diplomacy.example/ontology/concept/participant-role/guest>";

    /** Runs a query after expanding id:kind/slug into full IRIs (prefixed names cannot contain '/'). */
    private static List<String> rows(String body) {
        return TestCorpus.rows(P + body.replaceAll("\\bid:([a-z]+)/([a-z0-9-]+)",
                "<https://taichung-diplomacy.example/id/$1/$2>"));
    }

    private static List<String> trip(String id) {
        return rows("""
                SELECT ?s ?e ?leader ?size (COUNT(DISTINCT ?m) AS ?named) WHERE {
                  BIND(IRI(CONCAT(STR(id:), "trip/", "%s")) AS ?t)
                  ?t schema:startDate ?s ; schema:endDate ?e ; tdo:leader ?leader ; tdo:delegationMember ?m .
                  OPTIONAL { ?t tdo:delegationSize ?size }
                } GROUP BY ?s ?e ?leader ?size""".formatted(id));
    }

    /** "date | host persons | guest persons" for an event, people sorted by id. */
    private static List<String> hostsAndGuests(String event) {
        return rows("""
                SELECT ?d (GROUP_CONCAT(DISTINCT ?h; SEPARATOR=",") AS ?hosts)
                          (GROUP_CONCAT(DISTINCT ?g; SEPARATOR=",") AS ?guests) WHERE {
                  { SELECT ?d ?h ?g WHERE {
                    BIND(IRI(CONCAT(STR(id:), "event/", "%s")) AS ?ev)
                    ?ev schema:startDate ?d .
                    OPTIONAL { ?ev tdo:participation [ sem:roleType %s ; rdf:value ?hp ] .
                               ?hp a <http://xmlns.com/foaf/0.1/Person> BIND(REPLACE(STR(?hp), "^.*/", "") AS ?h) }
                    OPTIONAL { ?ev tdo:participation [ sem:roleType %s ; rdf:value ?gp ] .
                               ?gp a <http://xmlns.com/foaf/0.1/Person> BIND(REPLACE(STR(?gp), "^.*/", "") AS ?g) }
                  } ORDER BY ?h ?g }
                } GROUP BY ?d""".formatted(event, HOST, GUEST));
    }

    // --- 2016 World Cities Summit (003): see Report2016Test

    // --- 2017 France (004)
    @Test
    void france2017TripNamesFourOfNine() {
        assertEquals(List.of("2017-06-17 | 2017-06-25 | person:lin-chia-lung | 9 | 4"), trip("2017-06-france"));
    }

    @Test
    void france2017ToulouseAndAirbusReceivedTheMayorOnTheNineteenth() {
        assertEquals(List.of("2017-06-19 | bertrand-serp,jean-claude-dardelet | lin-chia-lung"),
                hostsAndGuests("2017-06-19-toulouse-metropole"));
        assertEquals(List.of("2017-06-19 | pierre-lanore | lin-chia-lung"), hostsAndGuests("2017-06-19-airbus-hq"));
    }

    @Test
    void france2017TripIsToldByTwoReports() {
        assertEquals(List.of("2017-france-toulouse-paris", "2018-council-report-trips-2015-2018"), rows("""
                SELECT DISTINCT ?r WHERE { id:trip/2017-06-france <http://www.w3.org/ns/prov#wasDerivedFrom> ?rep .
                  BIND(REPLACE(STR(?rep), "^.*/", "") AS ?r) } ORDER BY ?r"""));
    }

    // --- 2024 USA (001)
    @Test
    void usa2024DelegationOfElevenAllNamed() {
        assertEquals(List.of("2024-07-22 | 2024-07-31 | person:lu-shiow-yen | 11 | 11"), trip("2024-07-usa"));
    }

    @Test
    void usa2024WhoReceivedWhom() {
        assertEquals(List.of("2024-07-23 | john-hines | huang-kuo-jung"), hostsAndGuests("2024-07-23-tacoma-deputy-mayor"));
        assertEquals(List.of("2024-07-23 | hua-kai-lung,kirk-arthur | huang-kuo-jung"),
                hostsAndGuests("2024-07-23-microsoft-redmond-hq"));
        assertEquals(List.of("2024-07-26 | shilpa-kolhatkar | huang-kuo-jung"), hostsAndGuests("2024-07-26-nvidia-hq"));
        assertEquals(List.of("2024-07-29 | todd-gloria | lu-shiow-yen"), hostsAndGuests("2024-07-29-san-diego-mayor"));
    }

    @Test
    void usa2024SisterCityStartDates() {
        assertEquals(List.of(
                "place:contra-costa-county | sister city | 1983-03 | ",
                "place:cupertino | friendship city | 2016 | true",
                "place:san-diego | sister city | 1983-11-19 | ",
                "place:tacoma | sister city | 2000-07-19 | true"), rows("""
                SELECT ?city ?tier ?since ?derived WHERE {
                  ?p a tdo:CityPartnership ; tdo:foreignPartner ?city ; tdo:tier ?t ; schema:startDate ?since ;
                     <http://www.w3.org/ns/prov#wasDerivedFrom> id:report/2024-usa-sister-cities .
                  ?t skos:prefLabel ?tier FILTER(langMatches(lang(?tier), "en"))
                  OPTIONAL { ?p tdo:startDateDerived ?derived }
                } ORDER BY ?city"""));
    }

    // --- 2026 USA (000)
    @Test
    void usa2026TripLedByTheMayor() {
        assertEquals(List.of("2026-03-11 | 2026-03-21 | person:lu-shiow-yen |  | 1"), trip("2026-03-usa"));
    }

    @Test
    void usa2026SisterCitiesVisited() {
        assertEquals(List.of("place:manchester-new-hampshire", "place:tacoma"), rows("""
                SELECT DISTINCT ?city WHERE {
                  ?p a tdo:CityPartnership ; tdo:foreignPartner ?city ;
                     <http://www.w3.org/ns/prov#wasDerivedFrom> id:report/2026-usa-council-report .
                } ORDER BY ?city"""));
    }

    // --- 2015-2018 council report (002)
    @Test
    void councilReport2018BudgetsAndSizes() {
        assertEquals(List.of("14 | 10 | 7836797.0 | 4"), rows("""
                SELECT (COUNT(DISTINCT ?t) AS ?trips) (COUNT(DISTINCT ?v) AS ?settled) (SUM(COALESCE(?value, 0)) AS ?total)
                       (COUNT(DISTINCT ?u) AS ?unsettled) WHERE {
                  ?t a tdo:Trip ; <http://www.w3.org/ns/prov#wasDerivedFrom> id:report/2018-council-report-trips-2015-2018 .
                  OPTIONAL { ?t tdo:cost ?v . ?v schema:value ?value }
                  OPTIONAL { ?t tdo:budgetUnsettled true BIND(?t AS ?u) }
                }"""));
        assertEquals(List.of("trip:2015-04-seoul-iclei", "trip:2016-04-singapore", "trip:2016-04-tokyo-seoul-eaoc",
                "trip:2017-03-tokyo"), rows("""
                SELECT ?t WHERE { ?t a tdo:Trip ; tdo:delegationSize 7 } ORDER BY ?t"""));
        assertEquals(List.of("2294129 | 13"), rows("""
                SELECT ?v ?n WHERE { id:trip/2016-09-netherlands-germany tdo:cost [ schema:value ?v ] ;
                  tdo:delegationSize ?n }"""));
    }

    @Test
    void repeatVisitsToCompanies() {
        assertEquals(List.of(
                "org:dassault-systemes | 達梭系統 | 2 | 2016-07-10, 2017-06-21 | 2016-07-singapore-wcs, 2017-06-france",
                "org:nvidia | 輝達 | 2 | 2017-08-09/2017-08-16, 2024-07-26 | 2017-08-san-jose-boise, 2024-07-usa"),
                TestCorpus.named("repeat-visits", Map.of()));
    }
}
