package tw.gov.taichung.kg.search;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.export.Publication;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.load.LoadResult;
import tw.gov.taichung.kg.load.SourceBundle;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.serve.Server;

/**
 * Measures search (not a test): index build time and size, then the latency of {@link Searcher#search} and
 * {@link Searcher#suggest} in process and of {@code /search?format=json} and {@code /search/suggest} over HTTP,
 * over a fixed mix of queries. {@code SearchBench DATA [ROUNDS]}; see BENCHMARKS.md.
 */
public final class SearchBench {
    static final List<String> QUERIES = List.of("輝達", "NVIDIA", "ＮＶＩＤＩＡ", "台中市政府", "水滸", "Chang Kuang-yao",
            "充滿機會的創新城市", "世界城市峰會", "智慧城市", "姊妹市", "Seattle", "市長", "合作備忘錄", "航太", "Lawrence Wong",
            "邀請", "Dassault Systèmes", "a:b~ AND *");
    static final List<String> PREFIXES = List.of("輝", "nv", "台中", "張光", "sea", "水", "Da", "市");

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        long t0 = System.nanoTime();
        LoadResult r = KnowledgeGraph.load(SourceBundle.read(data), Iris.defaults());
        DatasetGraph published = Publication.publish(r.dataset(), Iris.defaults());
        System.out.printf("data: %s, %d quads, loaded in %d ms (no SHACL)%n", data, published.stream().count(),
                (System.nanoTime() - t0) / 1_000_000);
        SearchIndex index = SearchIndex.build(published, data.resolve("reports"));
        System.out.printf("index build (cold JVM): %d ms; %d documents, %.1f MiB%n", index.buildMillis(),
                index.documents(), index.sizeBytes() / 1048576.0);
        index = SearchIndex.build(published, data.resolve("reports"));
        System.out.printf("index build (again, warm): %d ms%n", index.buildMillis());
        Path keep = java.nio.file.Files.createTempDirectory("tdkg-search-bench").resolve("k.search");
        published.getContext().set(SearchIndex.KEEP, keep);
        SearchIndex kept = SearchIndex.build(published, data.resolve("reports"));
        System.out.printf("index build and keep on disk: %d ms; read back from disk: %d ms%n", kept.buildMillis(),
                SearchIndex.build(published, data.resolve("reports")).buildMillis());
        SearchIndex.forget(keep);
        published.getContext().remove(SearchIndex.KEEP);
        Searcher s = new Searcher(index, Iris.defaults());
        time("in process: search", rounds, QUERIES, q -> s.search(q, null, 50));
        time("in process: suggest", rounds, PREFIXES, q -> s.suggest(q, 8));
        overHttp(published, data, rounds);
    }

    private static void overHttp(DatasetGraph published, Path data, int rounds) {
        FusekiServer server = Server.start(KnowledgeGraph.withUnionDefault(published), published,
                new Server.Options(0, 10_000, Iris.defaults(), data.resolve("reports")));
        String root = "http://localhost:" + server.getPort() + "/";
        HttpClient http = HttpClient.newHttpClient();
        time("HTTP: /search?format=json", rounds, QUERIES, q -> get(http, root + "search?format=json&q=" + enc(q)));
        time("HTTP: /search (page)", rounds, QUERIES, q -> get(http, root + "search?q=" + enc(q)));
        time("HTTP: /search/suggest", rounds, PREFIXES, q -> get(http, root + "search/suggest?q=" + enc(q)));
        server.stop();
    }

    private static String enc(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private static void get(HttpClient http, String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " " + url);
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One untimed round (the first use of each query), then {@code rounds} timed rounds; p50, p99, max. */
    private static void time(String what, int rounds, List<String> queries, Consumer<String> run) {
        long first = System.nanoTime();
        queries.forEach(run);
        double firstRound = (System.nanoTime() - first) / 1e6;
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            for (String q : queries) {
                long t = System.nanoTime();
                run.accept(q);
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        Collections.sort(ms);
        System.out.printf("%-28s first round %.0f ms (%d queries); then %d: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                what, firstRound, queries.size(), ms.size(), ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.99)),
                ms.get(ms.size() - 1));
    }
}
