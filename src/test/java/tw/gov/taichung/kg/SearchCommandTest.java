package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code tdkg search TERM [--kind K] [--format table|json]} on the real corpus. */
class SearchCommandTest {
    @Test
    void aTableOfEntitiesThenPassages() {
        CommandLineTest.Run r = CommandLineTest.run("search", "輝達", "--kind", "org");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("+------------+------+--------+---------+-------+\n| entity     | zh   | en     | matched | facts |\n"
                + "+------------+------+--------+---------+-------+\n| org:nvidia | 輝達 | NVIDIA | 輝達    | 51    |\n"), r.out());
        assertTrue(r.out().contains("1 entity\n"), r.out());
        assertTrue(!r.out().contains("passage"), "--kind org: entities only");
    }

    @Test
    void jsonForPrograms() {
        CommandLineTest.Run r = CommandLineTest.run("search", "ＮＶＩＤＩＡ", "--format", "json", "--limit", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\"query\":\"ＮＶＩＤＩＡ\",\"entities\":[{\"iri\":\"https://taichung-diplomacy.example/id/org/nvidia\""), r.out());
    }

    @Test
    void badQueriesAndOptionsAreUsageErrors() {
        CommandLineTest.Run r = CommandLineTest.run("search", "x".repeat(501));
        assertEquals(2, r.code());
        assertEquals("The query is 501 characters long; ask with at most 500.\n", r.err());
        assertEquals(2, CommandLineTest.run("search", "x", "--kind", "martian").code());
        assertEquals(2, CommandLineTest.run("search", "x", "--format", "xml").code());
        assertEquals(0, CommandLineTest.run("search", "a:b~ AND *").code());
    }
}
