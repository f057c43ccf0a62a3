package tw.gov.taichung.kg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The embedded Fuseki server with safe defaults: loopback only, read-only dataset at {@code /kg},
 * SPARQL SERVICE (federated queries) off, a query timeout, and no admin module.
 */
public final class Server {
    private Server() {
    }

    /** Settings for one server; {@code port} 0 picks a free port. */
    public record Options(int port, long timeoutMillis) {
        public Options {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535: " + port);
            }
            if (timeoutMillis <= 0) {
                throw new IllegalArgumentException("timeout must be positive");
            }
        }
    }

    /** Builds and starts the server; the caller stops it. */
    public static FusekiServer start(DatasetGraph dataset, Options options) {
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        ARQ.getContext().set(ARQ.queryTimeout, Long.toString(options.timeoutMillis()));
        FusekiServer server = FusekiServer.create()
                .port(options.port())
                .loopback(true)
                .enablePing(true)
                .add("/kg", dataset, false)
                .build();
        server.start();
        return server;
    }
}
