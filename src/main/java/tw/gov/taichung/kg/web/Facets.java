package tw.gov.taichung.kg.web;

import java.util.List;
import java.util.Map;

/**
 * The facets of each list ({@code /id/{kind}/}): a key (the query parameter that filters by it), a name in two
 * languages, and a SPARQL group pattern that binds {@code ?e} (an entity of the kind) to each of its values
 * {@code ?v} (a resource, shown by its label, or a literal).
 */
final class Facets {
    record Facet(String key, String zh, String en, String pattern) {
    }

    static final String PREFIXES = "PREFIX tdo: <https://taichung-diplomacy.example/ontology#>\n"
            + "PREFIX org: <http://www.w3.org/ns/org#>\nPREFIX schema: <https://schema.org/>\n"
            + "PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>\nPREFIX dct: <http://purl.org/dc/terms/>\n";

    private static final String COUNTRY_OF_P = "OPTIONAL { ?p tdo:country ?c } BIND(COALESCE(?c, ?p) AS ?v)";

    private static Facet year(String property) {
        return new Facet("year", "年份", "Year", "?e " + property + " ?d BIND(SUBSTR(STR(?d), 1, 4) AS ?v)");
    }

    /** {@code %s} in a pattern is the base IRI. */
    private static final Map<String, List<Facet>> BY_KIND = Map.of(
            "person", List.of(
                    new Facet("side", "身分", "Side", "?e a ?t BIND(IF(EXISTS { ?e tdo:travelledOn ?x } || EXISTS { ?e "
                            + "org:memberOf/org:subOrganizationOf* <%sid/org/taichung-city-government> }, "
                            + "\"臺中市 Taichung side\", \"對方 Counterpart\") AS ?v)"),
                    new Facet("org", "組織", "Organisation", "?e org:memberOf ?v"),
                    new Facet("trip", "出訪", "Trip", "?e tdo:travelledOn ?v")),
            "org", List.of(
                    new Facet("type", "類型", "Type", "?e tdo:orgType ?v"),
                    new Facet("country", "國家", "Country", "?e schema:location ?p " + COUNTRY_OF_P),
                    new Facet("trip", "到訪行程", "Visited on", "?e tdo:visitedDuring ?v")),
            "place", List.of(
                    new Facet("country", "國家", "Country", "?e tdo:country ?v"),
                    new Facet("tier", "夥伴關係", "Partnership tier", "?e tdo:partnership/tdo:tier ?v")),
            "trip", List.of(year("schema:startDate"),
                    new Facet("country", "國家", "Country", "?e tdo:destination ?p " + COUNTRY_OF_P)),
            "event", List.of(
                    new Facet("type", "類型", "Type", "?e sem:eventType ?v"), year("schema:startDate"),
                    new Facet("country", "國家", "Country", "?e sem:hasPlace ?p " + COUNTRY_OF_P)),
            "pledge", List.of(
                    new Facet("kind", "種類", "Kind", "?e tdo:pledgeKind ?v"),
                    new Facet("status", "狀態", "Status", "?e tdo:pledgeKind ?k OPTIONAL { ?a tdo:assessedPledge ?e ; "
                            + "tdo:status ?s ; dct:date ?d FILTER NOT EXISTS { ?a2 tdo:assessedPledge ?e ; dct:date ?d2 "
                            + "FILTER(STR(?d2) > STR(?d)) } } BIND(COALESCE(?s, \"無任何評估 unassessed\") AS ?v)"),
                    new Facet("by", "承諾者", "Pledged by", "?e tdo:pledgedBy ?v")),
            "agreement", List.of(
                    new Facet("type", "類型", "Type", "?e tdo:agreementType ?v"), year("dct:date"),
                    new Facet("party", "簽署方", "Party", "?e tdo:party ?v")),
            "report", List.of(year("dct:issued")));

    /** The date that sorts a kind by time (a SPARQL pattern binding {@code ?d}), or null for none. */
    static String datePattern(String kind) {
        return switch (kind) {
            case "trip", "event" -> "?e schema:startDate ?d";
            case "agreement" -> "?e dct:date ?d";
            case "report" -> "?e dct:issued ?d";
            default -> null;
        };
    }

    private Facets() {
    }

    static List<Facet> of(String kind) {
        return BY_KIND.getOrDefault(kind, List.of());
    }
}
