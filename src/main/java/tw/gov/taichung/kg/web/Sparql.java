package tw.gov.taichung.kg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** SELECT queries on the served dataset (default graph: the union of the report graphs), as plain rows. */
final class Sparql {
    private final DatasetGraph dataset;

    Sparql(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** An answer: the variables in order and one map per row (unbound variables are absent). */
    record Answer(List<String> vars, List<Map<String, Node>> rows) {
        Answer {
            vars = List.copyOf(vars);
            rows = List.copyOf(rows);
        }
    }

    Answer select(String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create().query(QueryFactory.create(query))
                    .dataset(DatasetFactory.wrap(dataset)).build()) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                List<Map<String, Node>> rows = new ArrayList<>();
                rs.forEachRemaining(sol -> {
                    Map<String, Node> row = new HashMap<>();
                    for (String v : vars) {
                        if (sol.get(v) != null) {
                            row.put(v, sol.get(v).asNode());
                        }
                    }
                    rows.add(row);
                });
                return new Answer(vars, rows);
            }
        });
    }

    /** The lexical form of a literal, the IRI of a resource, or "" when unbound. */
    static String text(Map<String, Node> row, String var) {
        Node n = row.get(var);
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }
}
