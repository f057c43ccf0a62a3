package tw.gov.taichung.kg.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.model.Vocab;

/** The quotes of the published dataset that point into report texts, by report, with the facts they attest. */
public final class Passages {
    private static final Node HAS_SOURCE = Vocab.uri(Vocab.OA + "hasSource");
    private static final Node HAS_SELECTOR = Vocab.uri(Vocab.OA + "hasSelector");
    private static final Node START = Vocab.uri(Vocab.OA + "start");
    private static final Node END = Vocab.uri(Vocab.OA + "end");
    private static final Node ATTESTED_BY = Vocab.tdo("attestedBy");

    private Passages() {
    }

    /** One quote: code points {@code start} to {@code end} of its report's text, and the facts it attests. */
    public record Quote(Node quote, int start, int end, List<Node> facts) {
    }

    /** The quotes of every report, each list sorted by start, then end, then IRI. */
    static Map<Node, List<Quote>> byReport(DatasetGraph data) {
        Map<Node, List<Quote>> out = new HashMap<>();
        data.find(Node.ANY, Node.ANY, HAS_SOURCE, Node.ANY).forEachRemaining(q -> {
            Node quote = q.getSubject();
            int[] span = span(data, quote);
            if (span != null) {
                List<Quote> list = out.computeIfAbsent(q.getObject(), r -> new ArrayList<>());
                if (list.stream().noneMatch(x -> x.quote().equals(quote))) {
                    list.add(new Quote(quote, span[0], span[1], facts(data, quote)));
                }
            }
        });
        Comparator<Quote> order = Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end)
                .thenComparing(x -> x.quote().getURI());
        out.values().forEach(l -> l.sort(order));
        return out;
    }

    private static int[] span(DatasetGraph data, Node quote) {
        var it = data.find(Node.ANY, quote, HAS_SELECTOR, Node.ANY);
        while (it.hasNext()) {
            Node sel = it.next().getObject();
            Integer start = number(data, sel, START);
            Integer end = number(data, sel, END);
            if (start != null && end != null) {
                return new int[] {start, end};
            }
        }
        return null;
    }

    private static Integer number(DatasetGraph data, Node s, Node p) {
        var it = data.find(Node.ANY, s, p, Node.ANY);
        if (!it.hasNext()) {
            return null;
        }
        try {
            return Integer.valueOf(it.next().getObject().getLiteralLexicalForm());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<Node> facts(DatasetGraph data, Node quote) {
        TreeSet<Node> out = new TreeSet<>(Comparator.comparing(Node::getURI));
        data.find(Node.ANY, Node.ANY, ATTESTED_BY, quote).forEachRemaining(q -> {
            if (q.getSubject().isURI()) {
                out.add(q.getSubject());
            }
        });
        return List.copyOf(out);
    }
}
