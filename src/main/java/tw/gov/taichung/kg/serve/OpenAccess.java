package tw.gov.taichung.kg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.query.QueryLibrary;

/**
 * What lets any client in, read-only: CORS on every read-only path ({@link CorsFilter}), the SPARQL service
 * description on {@code GET /kg/sparql} without a query ({@link ServiceDescription}), and the named
 * questions as an HTTP API ({@link QuestionsApi}); {@code /sitemap.xml} and {@code /robots.txt} for crawlers
 * ({@link Sitemap}).
 */
final class OpenAccess {
    private OpenAccess() {
    }

    /** Before build, and before {@link Network#configure}, so that CORS headers go on every answer. */
    static void configure(FusekiServer.Builder builder, DatasetGraph dataset, Server.Options options) {
        builder.addFilter("/*", new CorsFilter(SparqlService.updatePaths(options.exposure())));
        builder.addFilter(SparqlService.NAME + "/*", new ServiceDescription(dataset, options.iris()));
        builder.addServlet(QuestionsApi.PATH + "/*", new QuestionsApi(dataset, QueryLibrary.bundled(),
                options.timeoutMillis(), options.exposure().maxRows()));
        Sitemap sitemap = new Sitemap(dataset, options.iris());
        builder.addServlet("/sitemap.xml", sitemap).addServlet("/robots.txt", sitemap);
    }
}
