package tw.gov.taichung.kg.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Sentences.Sentence;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Coverage of every report of a loaded dataset: which of its sentences carry a fact. The texts come from a
 * function of the report's text file name (tdo:textFile), so the same code serves the command line (files of
 * the data folder) and the web pages (texts of the served snapshot).
 */
public final class Coverage {
    private Coverage() {
    }

    /** Report ids with their text file names, sorted by id. */
    public static Map<String, String> reports(DatasetGraph dsg, Iris iris) {
        Map<String, String> out = new TreeMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.tdo("textFile"), Node.ANY).forEachRemaining(q -> {
            String id = q.getSubject().getURI().replaceFirst("^.*/", "");
            if (q.getGraph().equals(iris.reportGraph(id))) {
                out.put(id, q.getObject().getLiteralLexicalForm());
            }
        });
        return out;
    }

    /** Coverage of each report whose text {@code texts} gives (by text file name), sorted by report id. */
    public static List<ReportCoverage> measure(DatasetGraph dsg, Iris iris, Function<String, String> texts) {
        List<ReportCoverage> out = new ArrayList<>();
        for (var e : reports(dsg, iris).entrySet()) {
            String text = texts.apply(e.getValue());
            if (text != null) {
                out.add(measure(dsg, iris, e.getKey(), text));
            }
        }
        return out;
    }

    /** Coverage of one report. */
    public static ReportCoverage measure(DatasetGraph dsg, Iris iris, String reportId, String text) {
        Graph g = dsg.getGraph(iris.reportGraph(reportId));
        return CoverageMeter.measure(reportId, text, QuoteSpans.of(g, iris.id("report", reportId)));
    }

    /**
     * The sentences of a report that carry no fact and are not marked: code-point offsets into the report's
     * text (as its quote selectors count) and their text, in text order; for highlighting the text view.
     */
    public static List<Sentence> uncoveredSpans(DatasetGraph dsg, Iris iris, String reportId, String text) {
        return measure(dsg, iris, reportId, text).uncovered();
    }
}
