package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.serve.Server;

/**
 * The named-query mix from many concurrent clients against the server on loopback, for a fixed time: no
 * request may fail. By default a short smoke run (3 s, 8 clients) against an embedded server with the
 * default settings. The recorded load test (see RELIABILITY.md) sets, with {@code -D}:
 * <ul>
 * <li>{@code load.url}: an endpoint on loopback to hammer, e.g. a separate {@code tdkg serve} process
 * (default: start one in this JVM);</li>
 * <li>{@code load.clients} (8), {@code load.seconds} (3), {@code load.warmup} (0), {@code load.max} (maximum
 * requests, 1,000,000);</li>
 * <li>{@code load.report}: a file to write the Markdown figures to.</li>
 * </ul>
 */
class ServerLoadIT {
    @Test
    void theNamedQueryMixUnderConcurrentClientsHasNoErrors() throws Exception {
        int clients = Integer.getInteger("load.clients", 8);
        int seconds = Integer.getInteger("load.seconds", 3);
        int warmup = Integer.getInteger("load.warmup", 0);
        long max = Long.getLong("load.max", 1_000_000L);
        String url = System.getProperty("load.url");
        List<LoadClient.Entry> mix = LoadClient.namedQueryMix();
        assertTrue(mix.size() >= 20, "the mix has " + mix.size() + " queries");
        FusekiServer server = null;
        if (url == null) {
            server = Server.start(KnowledgeGraph.withUnionDefault(ExportFormatsTest.published()),
                    new Server.Options(0, 10_000, Iris.defaults(), Path.of("data/reports")));
            url = "http://127.0.0.1:" + server.getPort() + "/kg/sparql";
        }
        LoadClient.Result r;
        try {
            r = LoadClient.run(URI.create(url), mix, clients, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds),
                    max);
        } finally {
            if (server != null) {
                server.stop();
            }
        }
        String report = "Load test: " + mix.size() + " named queries, " + clients + " clients, " + seconds + " s (after "
                + warmup + " s warm-up) against " + (server != null ? "an embedded server" : url) + "\n\n" + r.markdown();
        System.err.println(report);
        String file = System.getProperty("load.report");
        if (file != null) {
            Files.writeString(Path.of(file), report, StandardCharsets.UTF_8);
        }
        assertEquals(Map.of(), r.errorKinds(), "no request may fail");
        assertEquals(0, r.errors());
        assertTrue(r.requests() >= clients, "every client was answered at least once: " + r.requests());
    }
}
