package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.gov.taichung.kg.query.NamedQuery;
import tw.gov.taichung.kg.query.QueryLibrary;
import tw.gov.taichung.kg.query.TablePrinter;

/** tdkg query as a user runs it: the list, parameters, formats and the messages for mistakes. */
class QueryCommandTest {
    @TempDir
    Path tmp;

    private static CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(args);
    }

    @Test
    void listShowsEveryQueryWithAlignedTitlesAndParameterDefaults() {
        CommandLineTest.Run r = run("query", "--list");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int queries = QueryLibrary.bundled().all().size();
        assertEquals(queries + 5, lines.size(), r.out());
        assertEquals(queries + " queries; run one with: tdkg query NAME [--param key=value] [--format table|csv|json]",
                lines.get(lines.size() - 1));
        int width = TablePrinter.width(lines.get(0));
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertEquals(width, TablePrinter.width(line), "aligned: " + line);
        }
        assertTrue(r.out().contains("| delegation "), r.out());
        assertTrue(r.out().contains("| 出國代表團成員 "), r.out());
        assertTrue(r.out().contains("| Members of a trip's delegation "), r.out());
        assertTrue(r.out().contains("| trip = 2016-07-singapore-wcs "), r.out());
        assertTrue(r.out().contains("| asof = (empty) "), r.out());
    }

    @Test
    void everyPrintedTableIsAligned() {
        CommandLineTest.Run r = run("query", "fact-sources");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int width = TablePrinter.width(lines.get(0));
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertEquals(width, TablePrinter.width(line), "aligned: " + line);
        }
        assertTrue(r.out().contains("| 4.\\t臺中市政府經濟發展局\\t局長\\t呂曜志 |"), "tabs in a quote are shown as \\t");
    }

    @Test
    void aParameterIsGivenWithParam() {
        CommandLineTest.Run r = run("query", "people-met", "--param", "person=len-brown");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("| person:chang-kuang-yao | 張光瑤 | 1      | 2016-07-09/2016-07-11 | "
                + "2016-07-09/2016-07-11 | 2016-07-wcs-auckland-mayor-meeting |"), r.out());
        assertTrue(r.out().endsWith("1 row\n"), r.out());
    }

    @Test
    void anUnknownParameterIsAUsageError() {
        CommandLineTest.Run r = run("query", "delegation", "--param", "trips=2016-07-singapore-wcs");
        assertEquals(2, r.code());
        assertEquals("query 'delegation' has no parameter 'trips'; its parameters are "
                + "trip = 2016-07-singapore-wcs\n", r.err());
        r = run("query", "trip-costs", "--param", "trip=x");
        assertEquals(2, r.code());
        assertEquals("query 'trip-costs' has no parameter 'trip'; it takes no parameters\n", r.err());
    }

    @Test
    void aParameterWithoutValueIsAUsageError() {
        assertEquals(2, run("query", "delegation", "--param", "trip").code());
    }

    @Test
    void aMalformedQueryIsAUsageErrorWithLineAndColumn() throws IOException {
        Path bad = tmp.resolve("bad.rq");
        Files.writeString(bad, "# title: 壞 | Bad\nSELECT * WHERE { ?s ?p }\n");
        CommandLineTest.Run r = run("query", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith(bad + ": SPARQL_SYNTAX "), r.err());
        assertTrue(r.err().contains("line 2, column 24"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void onlySelectQueriesAreAnswered() throws IOException {
        Path ask = tmp.resolve("ask.rq");
        Files.writeString(ask, "ASK { ?s ?p ?o }\n");
        CommandLineTest.Run r = run("query", ask.toString());
        assertEquals(2, r.code());
        assertEquals(ask + ": only SELECT queries can be answered as a table, not ask\n", r.err());
    }

    @Test
    void aQueryFileRunsWithItsOwnParameters() throws IOException {
        Path f = tmp.resolve("size.rq");
        Files.writeString(f, """
                # title: 團員人數 | Delegation size
                # description: The delegation size of a trip.
                # param: trip = 2016-09-netherlands-germany
                SELECT ?n WHERE { ?t <https://taichung-diplomacy.example/ontology#delegationSize> ?n
                  FILTER(STRENDS(STR(?t), $trip)) }
                ORDER BY ?n
                """);
        CommandLineTest.Run r = run("query", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("+----+\n| n  |\n+----+\n| 13 |\n+----+\n1 row\n", r.out());
        r = run("query", f.toString(), "--param", "trip=2017-05-ehime", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("n\r\n5\r\n", r.out());
    }

    @Test
    void csvAndJsonAreTheStandardResultFormats() {
        CommandLineTest.Run csv = run("query", "unsettled-budgets", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertEquals("trip,name,start,end,report,reported_on,quote", csv.out().lines().findFirst().orElseThrow());
        assertEquals(5, csv.out().lines().count(), csv.out());
        assertTrue(csv.out().contains("https://taichung-diplomacy.example/id/trip/2018-04-mexico-city,"
                + "2018 年墨西哥世界設計之都及考察計畫,2018-04-19,2018-04-25,2018-council-report-trips-2015-2018,"
                + "2018-05-11,相關經費及成果尚待彙整資料中"), csv.out());
        CommandLineTest.Run json = run("query", "unsettled-budgets", "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"vars\": [ \"trip\" , \"name\" , \"start\" , \"end\" , \"report\" , "
                + "\"reported_on\" , \"quote\" ]"), json.out());
        assertTrue(json.out().contains("\"value\": \"相關經費及成果尚待彙整資料中\""), json.out());
    }

    @Test
    void aBadFormatIsAUsageError() {
        CommandLineTest.Run r = run("query", "delegation", "--format", "xml");
        assertEquals(2, r.code());
        assertEquals("--format must be table, csv or json, not 'xml'\n", r.err());
    }

    @Test
    void parameterValuesAreStringLiteralsEvenWithQuotes() {
        NamedQuery q = QueryLibrary.bundled().get("delegation");
        String s = q.render(Map.of("trip", "x\" } ; DROP ALL ; {\n"));
        assertTrue(s.contains("?trip dct:identifier \"x\\\" } ; DROP ALL ; {\\n\" ;"), s);
    }
}
