package tw.gov.taichung.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.export.Publication;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.load.LoadResult;
import tw.gov.taichung.kg.load.SourceBundle;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.serve.Server;

/**
 * The real server on a free port, serving the real corpus of data/ as {@code tdkg serve} does; started once
 * for all web tests of a run and stopped when the JVM ends.
 */
final class WebServer {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DatasetGraph dataset;
    private static FusekiServer server;

    private WebServer() {
    }

    /** The dataset as served: the published named graphs with the union as default graph. */
    static synchronized DatasetGraph dataset() {
        if (dataset == null) {
            try {
                LoadResult r = KnowledgeGraph.load(SourceBundle.read(Path.of("data")), Iris.defaults());
                assertEquals(List.of(), r.problems(), "the corpus must load without problems");
                dataset = KnowledgeGraph.withUnionDefault(Publication.publish(r.dataset(), Iris.defaults()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dataset;
    }

    /** The root URL, e.g. {@code http://localhost:41234/}. */
    static synchronized String root() {
        if (server == null) {
            server = Server.start(dataset(), new Server.Options(0, 10_000, Iris.defaults(), Path.of("data/reports")));
            FusekiServer s = server;
            Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
        }
        return "http://localhost:" + server.getPort() + "/";
    }

    /** GET a path below the root. */
    static HttpResponse<String> get(String path) {
        return get(path, "text/html");
    }

    static HttpResponse<String> get(String path, String accept) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(root() + path)).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of a page that must answer 200. */
    static String page(String path) {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }
}
