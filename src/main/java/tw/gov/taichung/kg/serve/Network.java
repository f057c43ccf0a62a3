package tw.gov.taichung.kg.serve;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The parts of {@link Server} that face the network: HTTP basic auth for the update endpoints (only when
 * updates are allowed), request-size limits, kept answers (read-only only), a bound on concurrent SPARQL
 * requests, and the bind address.
 */
final class Network {
    private Network() {
    }

    /** Before build: credentials (updates only) and the body-size filter on every path. */
    static void configure(FusekiServer.Builder builder, Exposure exposure) {
        if (exposure.allowUpdate()) {
            builder.passwordFile(exposure.passwordFile().toString())
                    .auth(AuthScheme.BASIC)
                    .realm("tdkg update");
        }
        builder.addFilter("/*", new RequestGuard());
        if (exposure.allowUpdate()) {
            for (String path : SparqlService.updatePaths(exposure)) {
                builder.addFilter(path, new SameOrigin());
                builder.addFilter(path + "/*", new SameOrigin());
            }
        }
        builder.addFilter("/*", new BodyLimitFilter(exposure.maxQueryBytes(), exposure.maxUpdateBytes(),
                SparqlService.updatePaths(exposure)));
        keepAnswers(builder, SparqlService.NAME, exposure);
        builder.addFilter(SparqlService.NAME + "/*", new ConcurrencyLimitFilter(exposure.maxConcurrent(), MAX_WAIT_MILLIS));
    }

    /** Puts kept answers (see {@link AnswerCache}) in front of the endpoints at {@code name}, if asked for. */
    static void keepAnswers(FusekiServer.Builder builder, String name, Exposure exposure) {
        if (exposure.cachesAnswers()) {
            builder.addFilter(name + "/*", new AnswerCache(exposure.answerCacheBytes()));
        }
    }

    /** Longest pause while a request body is read, before the request is dropped. */
    static final long BODY_IDLE_MILLIS = 5_000;
    /** Slowest a request body may arrive, on average, before the request is dropped. */
    static final long MIN_BODY_BYTES_PER_SECOND = 64;

    /** How long a SPARQL request waits for its turn before it is answered 503. */
    static final long MAX_WAIT_MILLIS = 30_000;

    /**
     * After build, before start: binds to {@code exposure.host()} when one is given (otherwise Fuseki's
     * loopback binding stays), and caps HTML form bodies, which Jetty parses itself: at the query limit, or
     * the larger of the two when updates are on.
     */
    static void apply(FusekiServer server, Exposure exposure) {
        long formLimit = exposure.allowUpdate() ? Math.max(exposure.maxQueryBytes(), exposure.maxUpdateBytes())
                : exposure.maxQueryBytes();
        ServletContextHandler context = server.getJettyServer().getDescendant(ServletContextHandler.class);
        if (context != null) {
            context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, formLimit));
        }
        for (Connector c : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                // a request body must keep coming: a client that sends it slower than this is dropped
                http.getHttpConfiguration().setIdleTimeout(BODY_IDLE_MILLIS);
                http.getHttpConfiguration().setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
            }
        }
        if (exposure.allowUpdate()) {
            org.eclipse.jetty.server.Server jetty = server.getJettyServer();
            jetty.setHandler(new LoginThrottle(jetty.getHandler()));
        }
        if (exposure.host() != null) {
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(exposure.host());
                }
            }
        }
    }
}
