package tw.gov.taichung.kg.query;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import tw.gov.taichung.kg.model.Vocab;

/** Runs a SELECT query on a dataset and renders the answer as a table, CSV or JSON. */
public final class QueryRunner {
    private final DatasetGraph dataset;
    private final String base;

    public QueryRunner(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    /**
     * Parses a query that can be answered as a table.
     *
     * @throws org.apache.jena.query.QueryParseException when the text is not SPARQL
     * @throws IllegalArgumentException when it is not a SELECT query
     */
    public static Query parse(String sparql) {
        Query q = QueryFactory.create(sparql);
        if (!q.isSelectType()) {
            throw new IllegalArgumentException("only SELECT queries can be answered as a table, not "
                    + q.queryType().toString().toLowerCase(java.util.Locale.ROOT));
        }
        return q;
    }

    /** The answer as rows of display strings (IRIs shortened, literals as their text). */
    public Table select(String sparql) {
        Query q = parse(sparql);
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(DatasetFactory.wrap(dataset)).build()) {
            return table(qe.execSelect());
        }
    }

    /** Reads a result set (from this dataset or from any endpoint) into display strings. */
    public Table table(ResultSet rs) {
        List<String> vars = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        rs.forEachRemaining(sol -> {
            List<String> row = new ArrayList<>();
            for (String v : vars) {
                RDFNode n = sol.get(v);
                row.add(n == null ? "" : display(n.asNode()));
            }
            rows.add(row);
        });
        return new Table(vars, rows);
    }

    /** The answer in a standard results format: "csv" or "json". */
    public String format(String sparql, String format) {
        Query q = parse(sparql);
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(DatasetFactory.wrap(dataset)).build()) {
            ResultSetRewindable rs = ResultSetFactory.copyResults(qe.execSelect());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (format.equals("csv")) {
                ResultSetFormatter.outputAsCSV(bytes, rs);
            } else {
                ResultSetFormatter.outputAsJSON(bytes, rs);
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    public String display(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (n.isURI()) {
            String u = n.getURI();
            if (u.startsWith(base + "id/")) {
                String rest = u.substring(base.length() + 3);
                return rest.replaceFirst("/", ":");
            }
            return Vocab.prefixes().shortForm(u);
        }
        return n.toString();
    }

    /** A rendered answer: variable names and rows of display strings. */
    public record Table(List<String> vars, List<List<String>> rows) {
        public Table {
            vars = List.copyOf(vars);
            rows = rows.stream().map(List::copyOf).toList();
        }

        public void print(PrintStream out) {
            TablePrinter.print(vars, rows, out);
        }

        /** The table as printed by {@code tdkg query}, with the row count line. */
        public String render() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            print(out);
            out.println(rows.size() + " row" + (rows.size() == 1 ? "" : "s"));
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
