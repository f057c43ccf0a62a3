package tw.gov.taichung.kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.junit.jupiter.api.Test;

/** Parsed queries are kept by text, with their result variables fixed; parse errors are not kept. */
class ParsedQueriesTest {
    @Test
    void theSameTextGivesTheSameParsedQuery() {
        ParsedQueries p = new ParsedQueries();
        Query a = p.parse("SELECT ?s WHERE { ?s ?p ?o }");
        assertSame(a, p.parse("SELECT ?s WHERE { ?s ?p ?o }"));
        assertNotSame(a, p.parse("SELECT ?s WHERE { ?s ?p ?o } "));
        assertEquals(List.of("s"), a.getResultVars());
    }

    @Test
    void parseErrorsAreThrownEveryTime() {
        ParsedQueries p = new ParsedQueries();
        assertThrows(QueryParseException.class, () -> p.parse("SELECT WHERE {"));
        assertThrows(QueryParseException.class, () -> p.parse("SELECT WHERE {"));
    }

    @Test
    void onlyTheMostRecentlyUsedAreKept() {
        ParsedQueries p = new ParsedQueries();
        Query first = p.parse("ASK { ?s ?p 0 }");
        for (int i = 1; i <= 300; i++) {
            p.parse("ASK { ?s ?p " + i + " }");
        }
        assertNotSame(first, p.parse("ASK { ?s ?p 0 }"));
    }
}
