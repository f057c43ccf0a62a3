package tw.gov.taichung.kg.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The SPARQL query endpoint with a cap on the size of an answer: at most {@code maxRows} rows of a SELECT,
 * or triples (quads) of a CONSTRUCT or DESCRIBE. The answer is computed in full (up to one row past the
 * cap) before the first byte is sent, so that a query that runs past the timeout is answered with a clean
 * 503 instead of a cut-off 200. Every answer carries {@value #LIMIT_HEADER}; one that was cut carries
 * {@value #TRUNCATED_HEADER}{@code : true} as well (and the body holds exactly {@code maxRows} rows).
 */
final class CappedQuery extends SPARQL_QueryDataset {
    /** Response header: the row cap in force. */
    static final String LIMIT_HEADER = "X-Result-Row-Limit";
    /** Response header, {@code true} when the answer had more rows than the cap and was cut. */
    static final String TRUNCATED_HEADER = "X-Result-Truncated";

    /** Response header, on an answer cut because its terms passed the byte cap: the cap. */
    static final String BYTES_HEADER = "X-Result-Byte-Limit";

    private final int maxRows;
    private final long maxBytes;
    private final long timeoutMillis;
    private final ParsedQueries parsed = new ParsedQueries();

    CappedQuery(int maxRows, long maxBytes, long timeoutMillis) {
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Fuseki's own {@code execute}, step for step, but with parsed queries kept (see {@link ParsedQueries})
     * and the query logged as the client sent it rather than re-serialised from the parsed form.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        String refused = QueryShape.refuse(queryString);
        if (refused != null) {
            ServletOps.errorBadRequest(refused);
        }
        Deadline.set(timeoutMillis(action));
        try {
            executeBounded(queryString, action);
        } catch (StackOverflowError e) {
            action.log.warn(String.format("[%d] stack overflow", action.id));
            ServletOps.errorBadRequest("the query is too deeply nested to evaluate; write it with fewer nested "
                    + "groups or expressions");
        } finally {
            Deadline.clear();
        }
    }

    private void executeBounded(String queryString, HttpAction action) {
        if (queryString.isBlank()) {
            ServletOps.errorBadRequest(queryString.isEmpty() ? "Error: Empty query string" : "Error: Blank query string");
        }
        String queryStringLog = ServletOps.formatForLog(queryString);
        action.log.info(String.format("[%d] Query = %s", action.id, queryStringLog));
        Query query = null;
        try {
            query = parsed.parse(queryString);
            validateQuery(action, query);
        } catch (ActionErrorException ex) {
            throw ex;
        } catch (QueryParseException ex) {
            String msg = SPARQLProtocol.messageForParseException(ex);
            action.log.warn(String.format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest(msg);
        } catch (QueryException ex) {
            String msg = SPARQLProtocol.messageForException(ex);
            action.log.warn(String.format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest("Error: \n" + queryString + "\n" + msg);
        }
        try {
            action.beginRead();
            Pair<DatasetGraph, Query> p = decideDataset(action, query, queryStringLog);
            Query q = p.getRight() == null ? query : p.getRight();
            try (QueryExec qExec = createQueryExec(action, q, p.getLeft())) {
                sendResults(action, executeQuery(action, qExec, query, queryStringLog), query.getPrologue());
            }
        } catch (QueryParseException ex) {
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: \n" + queryString + "\n"
                    + SPARQLProtocol.messageForException(ex));
        } catch (QueryCancelledException ex) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw ex;
        } finally {
            action.endRead();
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec qExec, Query query, String queryStringLog) {
        long start = System.nanoTime();
        try {
            if (query.isDescribeType() || query.isConstructType() && !query.isConstructQuad()) {
                action.getResponse().setHeader(LIMIT_HEADER, Integer.toString(maxRows));
                return new QueryExecResult(triples(action, query, query.isDescribeType() ? qExec.describeTriples()
                        : qExec.constructTriples()));
            }
            return cap(action, super.executeQuery(action, qExec, query, queryStringLog));
        } catch (QueryException e) {
            throw e;
        } catch (RuntimeException e) {
            // Jena 5.6 can fail with a NullPointerException while closing a hash join that a timeout cut
            // short; that query timed out, and the client is told so (503), not that the server broke (500).
            if ((System.nanoTime() - start) / 1_000_000 >= timeoutMillis(action)) {
                action.log.info(String.format("[%d] timed out (%s)", action.id, e));
                throw new QueryCancelledException();
            }
            throw e;
        }
    }

    /** The timeout of this request: the endpoint's, or the client's {@code timeout} (seconds) when shorter. */
    private long timeoutMillis(HttpAction action) {
        String asked = action.getRequestParameter("timeout");
        try {
            return asked == null ? timeoutMillis : Math.min(timeoutMillis, (long) (Double.parseDouble(asked) * 1000));
        } catch (NumberFormatException e) {
            return timeoutMillis;
        }
    }

    private QueryExecResult cap(HttpAction action, QueryExecResult result) {
        action.getResponse().setHeader(LIMIT_HEADER, Integer.toString(maxRows));
        if (result.isRowSet()) {
            RowSet rows = result.rowSet();
            List<Binding> kept = new ArrayList<>();
            long bytes = 0;
            while (kept.size() <= maxRows && rows.hasNext()) {
                Binding b = rows.next();
                bytes += AnswerSize.of(b);
                if (bytes > maxBytes) {
                    truncatedBytes(action);
                    return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
                }
                kept.add(b);
            }
            if (kept.size() > maxRows) {
                kept.remove(maxRows);
                truncated(action);
            }
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        }
        if (result.isGraph() && result.graph().size() > maxRows) {
            Graph cut = GraphFactory.createDefaultGraph();
            cut.getPrefixMapping().setNsPrefixes(result.graph().getPrefixMapping());
            Iterator<Triple> it = result.graph().find();
            for (int i = 0; i < maxRows && it.hasNext(); i++) {
                cut.add(it.next());
            }
            truncated(action);
            return new QueryExecResult(cut);
        }
        if (result.isDataset()) {
            DatasetGraph cut = DatasetGraphFactory.create();
            Iterator<Quad> it = result.dataset().find();
            int n = 0;
            while (it.hasNext()) {
                Quad q = it.next();
                if (n++ == maxRows) {
                    truncated(action);
                    break;
                }
                cut.add(q);
            }
            return n > maxRows ? new QueryExecResult(cut) : result;
        }
        return result;
    }

    /** At most {@code maxRows} triples of a CONSTRUCT or DESCRIBE, and at most {@code maxBytes} of their terms. */
    private Graph triples(HttpAction action, Query query, Iterator<Triple> it) {
        Graph cut = GraphFactory.createDefaultGraph();
        cut.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        long bytes = 0;
        while (it.hasNext()) {
            Triple t = it.next();
            if (cut.contains(t)) {
                continue;
            }
            if (cut.size() == maxRows) {
                truncated(action);
                break;
            }
            bytes += AnswerSize.of(t.getSubject()) + AnswerSize.of(t.getPredicate()) + AnswerSize.of(t.getObject());
            if (bytes > maxBytes) {
                truncatedBytes(action);
                break;
            }
            cut.add(t);
        }
        return cut;
    }

    private void truncatedBytes(HttpAction action) {
        action.getResponse().setHeader(TRUNCATED_HEADER, "true");
        action.getResponse().setHeader(BYTES_HEADER, Long.toString(maxBytes));
        action.log.info(String.format("[%d] answer cut at %d bytes", action.id, maxBytes));
    }

    private void truncated(HttpAction action) {
        action.getResponse().setHeader(TRUNCATED_HEADER, "true");
        action.log.info(String.format("[%d] answer cut at %d rows", action.id, maxRows));
    }
}
