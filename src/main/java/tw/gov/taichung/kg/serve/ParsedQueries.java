package tw.gov.taichung.kg.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * Parsed queries, by their text: the most recently used few hundred are kept, so a question asked again
 * is not parsed again. ARQ's parser spends its time in one generated method too large for the JIT to
 * compile, which made parsing about a third of the cost of answering a named query. A kept query has its
 * result variables fixed before it is shared and is never changed afterwards (ARQ only reads a query while
 * executing it). Parse errors are not kept. Regular expressions are bounded by the request's deadline
 * ({@link DeadlineRegex}).
 */
final class ParsedQueries {
    private static final int KEEP = 256;
    private final Map<String, Query> queries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) {
            return size() > KEEP;
        }
    };

    /** The query, parsed as Fuseki parses it (ARQ syntax, Fuseki's base); throws as the parser does. */
    Query parse(String text) {
        synchronized (queries) {
            Query q = queries.get(text);
            if (q != null) {
                return q;
            }
        }
        Query q = DeadlineRegex.bound(QueryFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ));
        synchronized (queries) {
            queries.put(text, q);
        }
        return q;
    }
}
