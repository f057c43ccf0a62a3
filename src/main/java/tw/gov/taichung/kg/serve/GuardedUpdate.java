package tw.gov.taichung.kg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * SPARQL Update with the server's bounds: the request's shape bounded before it is parsed ({@link QueryShape});
 * {@code LOAD} refused (the server reads no file and fetches no URL for a client); one update at a time, a
 * second waiting at most the timeout for the write lock (503 after); the update, WHERE clause and regular
 * expressions included, under the same timeout as queries, and undone whole when it runs past it (503).
 */
final class GuardedUpdate extends SPARQL_Update {
    private static final String BASE = "http://server/unset-base/";
    private final long timeoutMillis;
    private final Semaphore writer = new Semaphore(1, true);

    GuardedUpdate(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        UpdateRequest request = parse(action, input);
        boolean turn;
        try {
            turn = writer.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            ServletOps.error(503, "another update holds the write lock; try again shortly");
        }
        Deadline.set(timeoutMillis);
        long start = System.nanoTime();
        try {
            action.beginWrite();
            try {
                UpdateExec.dataset(action.getActiveDSG()).update(request)
                        .timeout(timeoutMillis, TimeUnit.MILLISECONDS).execute();
                action.commit();
            } catch (ActionErrorException e) {
                action.abortSilent();
                throw e;
            } catch (QueryParseException e) {
                action.abortSilent();
                ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(e));
            } catch (RuntimeException | StackOverflowError e) {
                action.abortSilent();
                if (e instanceof QueryCancelledException || (System.nanoTime() - start) / 1_000_000 >= timeoutMillis) {
                    ServletOps.error(503, "Update timed out after " + timeoutMillis + " ms; nothing was changed");
                }
                if (e instanceof StackOverflowError) {
                    ServletOps.errorBadRequest("the update is too deeply nested to evaluate; nothing was changed");
                }
                if (e instanceof QueryException q) {
                    ServletOps.errorBadRequest(SPARQLProtocol.messageForException(q));
                }
                throw e;
            } finally {
                action.endWrite();
            }
        } finally {
            Deadline.clear();
            writer.release();
        }
    }

    private static UpdateRequest parse(HttpAction action, InputStream input) {
        String text;
        try {
            text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            ServletOps.errorBadRequest("the update could not be read: " + e.getMessage());
            return null;
        }
        String refused = QueryShape.refuse(text);
        if (refused != null) {
            ServletOps.errorBadRequest(refused);
        }
        UpdateRequest request = null;
        try {
            request = UpdateFactory.create(text, BASE, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(e));
        } catch (QueryException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForException(e));
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("the update is too deeply nested to parse");
        }
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad load) {
                action.log.warn(String.format("[%d] LOAD <%s> refused", action.id, load.getSource()));
                ServletOps.errorBadRequest("LOAD is turned off: the server reads no file and fetches no URL for a "
                        + "client; send the data itself (INSERT DATA, or PUT it to /kg/data)");
            }
        }
        return DeadlineRegex.bound(request);
    }
}
