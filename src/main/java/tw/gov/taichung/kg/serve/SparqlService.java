package tw.gov.taichung.kg.serve;

import java.util.Set;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * The endpoints of the dataset at {@code /kg}. Always: SPARQL query at {@code /kg/sparql},
 * {@code /kg/query} and {@code /kg} (row-capped, with the query timeout), graph-store reads at
 * {@code /kg/get} and {@code /kg}. Only when updates are allowed: SPARQL Update at {@code /kg/update} and
 * graph-store reads and writes at {@code /kg/data}, both for authenticated users only. Without updates
 * there is no endpoint that writes at all, so no request can reach one.
 */
final class SparqlService {
    static final String NAME = "/kg";
    static final String UPDATE = NAME + "/update";
    static final String DATA = NAME + "/data";

    private SparqlService() {
    }

    static DataService build(DatasetGraph dataset, long timeoutMillis, Exposure exposure) {
        Context cxt = new Context();
        cxt.set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        cxt.set(ARQ.updateTimeout, Long.toString(timeoutMillis));
        cxt.set(ARQ.httpServiceAllowed, false);
        CappedQuery query = new CappedQuery(exposure.maxRows(), exposure.maxAnswerBytes(), timeoutMillis);
        DataService.Builder b = DataService.newBuilder(dataset);
        for (String name : new String[] {"sparql", "query", null}) {
            b.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).processor(query)
                    .context(cxt).build());
        }
        b.addEndpoint(Operation.GSP_R, "get");
        b.addEndpoint(Operation.GSP_R);
        if (exposure.allowUpdate()) {
            b.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update")
                    .processor(new GuardedUpdate(timeoutMillis)).authPolicy(Auth.ANY_USER).context(cxt).build());
            b.addEndpoint(Endpoint.create().operation(Operation.GSP_RW).endpointName("data")
                    .authPolicy(Auth.ANY_USER).context(cxt).build());
        }
        return b.build();
    }

    /** The paths that take the update size limit. */
    static Set<String> updatePaths(Exposure exposure) {
        return exposure.allowUpdate() ? Set.of(UPDATE, DATA) : Set.of();
    }
}
