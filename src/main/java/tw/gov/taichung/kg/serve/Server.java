package tw.gov.taichung.kg.serve;

import java.nio.file.Path;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.search.SearchIndex;

/**
 * The embedded Fuseki server with safe defaults: loopback only, read-only dataset at {@code /kg},
 * SPARQL SERVICE (federated queries) off, a query timeout, and no admin module; and, from
 * {@link Exposure}, a cap on answer rows, bounded request sizes, a bound on concurrent SPARQL requests,
 * and, only when asked for, updates behind HTTP basic auth and another bind address. Beside SPARQL it
 * serves the data as linked data, with the server's paths mapped onto the base IRI:
 * <ul>
 * <li>{@code GET /id/{kind}/{slug}} (and {@code /graph/...}, {@code /ontology...}): the description of
 * the resource, negotiated: Turtle, JSON-LD, N-Triples, RDF/XML, TriG, N-Quads or HTML; 404 when
 * unknown, 406 when no offered type is acceptable;</li>
 * <li>{@code GET /.well-known/void}: the VoID and DCAT description of the dataset;</li>
 * <li>{@code GET /dumps/}: the dump files and their SHA256SUMS; {@code /context.jsonld}: the JSON-LD
 * context;</li>
 * <li>{@code GET /texts/{file}.txt}: the report texts that quotes point into;</li>
 * <li>{@code GET /api/questions}: the named questions as an HTTP API; {@code GET /kg/sparql} with no query:
 * the SPARQL service description ({@link OpenAccess}).</li>
 * </ul>
 * Every read-only path may be read from any origin (CORS); the update paths never.
 * A full-text index of the labels and report sentences ({@link SearchIndex}) is built on another thread at
 * start (the first search waits for it), read by
 * {@code text:query} in SPARQL and by the web interface's search.
 */
public final class Server {
    private Server() {
    }

    /**
     * Settings for one server; {@code port} 0 picks a free port. {@code iris} is the base the data was
     * minted under (the server maps its own paths onto it); {@code texts} is the folder of report texts
     * ({@code data/reports}), or null to serve none. {@code exposure} says how the server faces the
     * network (bind address, updates, row and body limits); see {@link Exposure#defaults()}.
     */
    public record Options(int port, long timeoutMillis, Iris iris, Path texts, Exposure exposure) {
        public Options {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535: " + port);
            }
            if (timeoutMillis <= 0) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            Objects.requireNonNull(iris, "iris");
            Objects.requireNonNull(exposure, "exposure");
        }

        /** Loopback, read-only, default limits. */
        public Options(int port, long timeoutMillis, Iris iris, Path texts) {
            this(port, timeoutMillis, iris, texts, Exposure.defaults());
        }

        /** The default base, and no report texts. */
        public Options(int port, long timeoutMillis) {
            this(port, timeoutMillis, Iris.defaults(), null);
        }
    }

    /**
     * Starts initialising Fuseki and Jetty on another thread and returns at once, so that a caller who
     * prepares the dataset meanwhile starts the server sooner (both cores work during start-up).
     */
    public static void initialiseInBackground() {
        Thread t = new Thread(() -> FusekiServer.create().port(0).enablePing(true), "tdkg-init");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Adds a read-only SPARQL query endpoint at {@code name} ({@code name/sparql}, {@code name/query}) with
     * the settings {@code serve} gives {@code /kg}: row cap, timeout, parsed queries kept, and kept answers
     * when {@code exposure} has a budget for them. Without the linked-data pages and web interface, which
     * need the data published in memory; the benchmark serves TDB2 databases of any size this way.
     */
    public static void addQueryEndpoint(FusekiServer.Builder builder, String name, DatasetGraph dataset,
            long timeoutMillis, Exposure exposure) {
        if (exposure.allowUpdate()) {
            throw new IllegalArgumentException("a query endpoint takes no updates");
        }
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        builder.add(name, SparqlService.build(dataset, timeoutMillis, exposure));
        Network.keepAnswers(builder, name, exposure);
    }

    /** Builds and starts the server; the caller stops it. */
    public static FusekiServer start(DatasetGraph dataset, Options options) {
        return start(dataset, null, options);
    }

    /**
     * Builds and starts the server over {@code dataset}; {@code published}, when not null, is the
     * same data as {@link tw.gov.taichung.kg.export.Publication#publish} made it (named graphs only,
     * read-only), so the linked-data pages and dumps use it instead of publishing a copy again.
     */
    public static FusekiServer start(DatasetGraph dataset, DatasetGraph published, Options options) {
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        ARQ.getContext().set(ARQ.queryTimeout, Long.toString(options.timeoutMillis()));
        Site site = published != null ? Site.ofPublished(published, options.iris(), options.texts())
                : Site.of(dataset, options.iris(), options.texts());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .loopback(options.exposure().loopbackOnly())
                .enablePing(true)
                .add(SparqlService.NAME, SparqlService.build(dataset, options.timeoutMillis(), options.exposure()));
        OpenAccess.configure(builder, dataset, options);
        Network.configure(builder, options.exposure());
        for (String path : new String[] {"/id/*", "/graph/*", "/ontology", "/ontology/*"}) {
            builder.addServlet(path, new ResourceServlet(site));
        }
        SearchIndex search = SearchIndex.inBackground(site.data(), options.texts(), built ->
                org.apache.jena.fuseki.Fuseki.serverLog.info(String.format("search index: %d documents %s in %d ms, %d KiB",
                        built.documents(), built.wasKept() ? "read" : "built", built.buildMillis(),
                        built.sizeBytes() / 1024)));
        search.attach(dataset);
        tw.gov.taichung.kg.web.WebUi.install(builder, dataset, options.iris(), search);
        FusekiServer server = builder
                .addServlet("/.well-known/void", new VoidServlet(site))
                .addServlet("/dumps/*", new DumpServlet(site))
                .addServlet("/context.jsonld", new DumpServlet(site))
                .addServlet("/texts/*", new TextServlet(site))
                .build();
        Network.apply(server, options.exposure());
        OpenAccess.apply(server);
        server.start();
        return server;
    }
}
