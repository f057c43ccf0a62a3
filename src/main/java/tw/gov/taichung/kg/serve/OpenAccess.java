package tw.gov.taichung.kg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.query.QueryLibrary;

/**
 * What lets any client in, read-only: CORS on every read-only path ({@link CorsFilter}), ETags and 304s on
 * whole-body answers ({@link ConditionalGet}), gzip when asked, the SPARQL service
 * description on {@code GET /kg/sparql} without a query ({@link ServiceDescription}), and the named
 * questions as an HTTP API ({@link QuestionsApi}); {@code /sitemap.xml} and {@code /robots.txt} for crawlers
 * ({@link Sitemap}).
 */
final class OpenAccess {
    private OpenAccess() {
    }

    /**
     * After build, before start: answers are gzipped for clients that ask ({@code Accept-Encoding: gzip}),
     * above 1 KB; request bodies are never inflated (the body limits count the bytes as sent).
     */
    static void apply(FusekiServer server) {
        org.eclipse.jetty.server.Server jetty = server.getJettyServer();
        org.eclipse.jetty.server.handler.gzip.GzipHandler gzip =
                new org.eclipse.jetty.server.handler.gzip.GzipHandler(jetty.getHandler());
        gzip.setMinGzipSize(1024);
        gzip.setInflateBufferSize(0);
        jetty.setHandler(gzip);
    }

    /** Before build, and before {@link Network#configure}, so that CORS headers go on every answer. */
    static void configure(FusekiServer.Builder builder, DatasetGraph dataset, Server.Options options) {
        builder.addFilter("/*", new CorsFilter(SparqlService.updatePaths(options.exposure())));
        builder.addFilter("/*", new ConditionalGet());
        builder.addFilter(SparqlService.NAME + "/*", new ServiceDescription(dataset, options.iris()));
        builder.addServlet(QuestionsApi.PATH + "/*", new QuestionsApi(dataset, QueryLibrary.bundled(),
                options.timeoutMillis(), options.exposure().maxRows()));
        Sitemap sitemap = new Sitemap(dataset, options.iris());
        builder.addServlet("/sitemap.xml", sitemap).addServlet("/robots.txt", sitemap);
    }
}
