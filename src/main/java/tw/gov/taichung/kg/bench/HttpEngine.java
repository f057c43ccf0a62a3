package tw.gov.taichung.kg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * A SPARQL endpoint over HTTP on loopback: the query is POSTed as a form, the answer asked for as
 * SPARQL JSON results. {@link #select} parses the answer and counts rows (for checking answers);
 * {@link #fetch} only reads the bytes (for timing, so the client does as little work as it can).
 */
public final class HttpEngine implements QueryEngine {
    private static final String ACCEPT = "application/sparql-results+json";
    private final URI endpoint;
    private final HttpClient client;
    private final Duration timeout;

    public HttpEngine(String endpoint, Duration timeout) {
        this.endpoint = URI.create(endpoint);
        if (!isLoopback(this.endpoint)) {
            throw new IllegalArgumentException("benchmarks send traffic to loopback only: " + endpoint);
        }
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static boolean isLoopback(URI u) {
        String h = u.getHost();
        return h != null && (h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1"));
    }

    public String endpoint() {
        return endpoint.toString();
    }

    private HttpRequest request(String sparql) {
        String body = "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Sends the query and reads the whole answer; returns its size in bytes. Throws on a non-200 status. */
    public long fetch(String sparql) throws IOException, InterruptedException {
        HttpResponse<InputStream> r = client.send(request(sparql), HttpResponse.BodyHandlers.ofInputStream());
        long n = 0;
        try (InputStream in = r.body()) {
            byte[] buf = new byte[16384];
            for (int k; (k = in.read(buf)) >= 0; ) {
                n += k;
            }
        }
        if (r.statusCode() != 200) {
            throw new IOException("HTTP " + r.statusCode());
        }
        incomplete(r);
        return n;
    }

    @Override
    public long select(String sparql) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = client.send(request(sparql), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            String msg = new String(r.body(), StandardCharsets.UTF_8).strip();
            throw new IOException("HTTP " + r.statusCode() + ": " + msg.substring(0, Math.min(200, msg.length()))
                    .replaceAll("\\s+", " "));
        }
        incomplete(r);
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
        long n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    /** Virtuoso answers 200 with partial results when its time limit cuts a query short; that is an error here. */
    private static void incomplete(HttpResponse<?> r) throws IOException {
        var state = r.headers().firstValue("X-SQL-State");
        if (state.isPresent()) {
            throw new IOException("incomplete answer (" + state.get() + " "
                    + r.headers().firstValue("X-SQL-Message").orElse("") + ")");
        }
    }

    /** True when the endpoint answers a trivial query. */
    public boolean answers() {
        try {
            fetch("SELECT * WHERE { } LIMIT 1");
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
