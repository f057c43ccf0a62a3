package tw.gov.taichung.kg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.system.Txn;
import tw.gov.taichung.kg.query.NamedQuery;
import tw.gov.taichung.kg.query.QueryLibrary;

/**
 * The named questions as an HTTP API: {@code GET /api/questions} lists them (name, titles, description,
 * parameters with their defaults) as JSON; {@code GET /api/questions/NAME?param=value} answers one in a
 * SPARQL results format chosen by {@code format=json|csv|tsv|xml} or the Accept header. Parameters follow
 * {@code tdkg query}'s rules: an unknown parameter is a 400 with a sentence. Answers keep the endpoint's
 * row cap (with {@code X-Result-Truncated}) and timeout.
 */
final class QuestionsApi extends HttpServlet {
    static final String PATH = "/api/questions";
    private static final List<Negotiation.Offer> OFFERS = List.of(
            new Negotiation.Offer("application/sparql-results+json", null),
            new Negotiation.Offer("text/csv", null), new Negotiation.Offer("text/tab-separated-values", null),
            new Negotiation.Offer("application/sparql-results+xml", null), new Negotiation.Offer("application/json", null));

    private final DatasetGraph dataset;
    private final QueryLibrary queries;
    private final long timeoutMillis;
    private final int maxRows;

    QuestionsApi(DatasetGraph dataset, QueryLibrary queries, long timeoutMillis, int maxRows) {
        this.dataset = dataset;
        this.queries = queries;
        this.timeoutMillis = timeoutMillis;
        this.maxRows = maxRows;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Http.path(req);
        if (path.equals(PATH) || path.equals(PATH + "/")) {
            Http.send(resp, 200, "application/json; charset=utf-8", list().getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = path.substring(PATH.length() + 1);
        NamedQuery q = queries.get(name);
        if (q == null) {
            Http.error(resp, 404, "there is no question named '" + name + "'; GET " + PATH + " lists them");
            return;
        }
        String[] type = answerType(req);
        if (type == null) {
            Http.error(resp, 406, "406 Not Acceptable: answers come as format=json, csv, tsv or xml ("
                    + Negotiation.list(OFFERS) + ")");
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (var e : req.getParameterMap().entrySet()) {
            if (!e.getKey().equals("format")) {
                if (e.getValue().length != 1) {
                    Http.error(resp, 400, "give the parameter '" + e.getKey() + "' once, not " + e.getValue().length
                            + " times");
                    return;
                }
                values.put(e.getKey(), e.getValue()[0]);
            }
        }
        answer(q, values, type, resp);
    }

    private void answer(NamedQuery q, Map<String, String> values, String[] type, HttpServletResponse resp)
            throws IOException {
        Query query;
        try {
            query = tw.gov.taichung.kg.query.QueryRunner.parse(q.render(values));
        } catch (QueryParseException | IllegalArgumentException e) {
            Http.error(resp, 400, e.getMessage().strip().split("\\R", 2)[0]);
            return;
        }
        byte[] body;
        boolean[] truncated = new boolean[1];
        try {
            body = Txn.calculateRead(dataset, () -> run(query, type[0], truncated));
        } catch (QueryCancelledException e) {
            Http.error(resp, 503, "the question took longer than " + timeoutMillis + " ms and was stopped");
            return;
        }
        if (truncated[0]) {
            resp.setHeader("X-Result-Truncated", "true; the answer is cut at " + maxRows + " rows");
        }
        resp.setHeader("Vary", "Accept");
        Http.send(resp, 200, type[1], body);
    }

    private byte[] run(Query query, String format, boolean[] truncated) {
        try (QueryExec qe = QueryExec.dataset(dataset).query(query)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            RowSet rs = qe.select();
            List<Binding> rows = new ArrayList<>();
            while (rs.hasNext() && rows.size() < maxRows) {
                rows.add(rs.next());
            }
            truncated[0] = rs.hasNext();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetMgr.write(out, ResultSet.adapt(RowSetStream.create(rs.getResultVars(), rows.iterator())),
                    switch (format) {
                        case "csv" -> ResultSetLang.RS_CSV;
                        case "tsv" -> ResultSetLang.RS_TSV;
                        case "xml" -> ResultSetLang.RS_XML;
                        default -> ResultSetLang.RS_JSON;
                    });
            return out.toByteArray();
        }
    }

    /** The format name and Content-Type for the request, or null when none fits. */
    private static String[] answerType(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f == null) {
            Negotiation.Offer o = Negotiation.choose(req, OFFERS);
            if (o == null) {
                return null;
            }
            f = switch (o.mediaType()) {
                case "text/csv" -> "csv";
                case "text/tab-separated-values" -> "tsv";
                case "application/sparql-results+xml" -> "xml";
                default -> "json";
            };
        }
        return switch (f) {
            case "json" -> new String[] {"json", "application/sparql-results+json; charset=utf-8"};
            case "csv" -> new String[] {"csv", "text/csv; charset=utf-8"};
            case "tsv" -> new String[] {"tsv", "text/tab-separated-values; charset=utf-8"};
            case "xml" -> new String[] {"xml", "application/sparql-results+xml; charset=utf-8"};
            default -> null;
        };
    }

    /** Every question: name, titles, description, parameters with defaults, and where to ask it. */
    private String list() {
        JsonArray all = new JsonArray();
        for (NamedQuery q : queries.all().values()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("title_zh", q.titleZh());
            o.put("title_en", q.titleEn());
            o.put("description", q.description());
            JsonObject params = new JsonObject();
            q.params().forEach(params::put);
            o.put("parameters", params);
            o.put("answer", "api/questions/" + q.name());
            all.add(o);
        }
        JsonObject root = new JsonObject();
        root.put("questions", all);
        return root.toString() + "\n";
    }
}
