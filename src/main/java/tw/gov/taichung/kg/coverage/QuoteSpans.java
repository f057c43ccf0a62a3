package tw.gov.taichung.kg.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Reads, from a report's named graph, the spans of the quotes its facts carry and what kind of fact each is:
 * a text-only statement, a no-fact mark (with its reason), a mention (a quote on a thing the graph gives no
 * type of its own: a person, place or trip only named here), or a fact in structure. The values of a
 * disagreement are left out: they quote what they dispute, and cover nothing.
 */
public final class QuoteSpans {
    private static final Node ATTESTED_BY = Vocab.tdo("attestedBy");
    private static final Node HAS_SOURCE = Vocab.uri(Vocab.OA + "hasSource");
    private static final Node HAS_SELECTOR = Vocab.uri(Vocab.OA + "hasSelector");
    private static final Node START = Vocab.uri(Vocab.OA + "start");
    private static final Node END = Vocab.uri(Vocab.OA + "end");
    private static final Node REASON = Vocab.tdo("noFactReason");

    private QuoteSpans() {
    }

    /** The spans of the quotes of {@code report}'s facts in its graph, in text order. */
    public static List<QuoteSpan> of(Graph graph, Node report) {
        List<QuoteSpan> out = new ArrayList<>();
        for (Triple t : graph.find(Node.ANY, ATTESTED_BY, Node.ANY).toList()) {
            QuoteSpan.Cover cover = coverOf(graph, t.getSubject());
            if (cover == null || !graph.contains(t.getObject(), HAS_SOURCE, report)) {
                continue;
            }
            int[] pos = position(graph, t.getObject());
            if (pos != null) {
                out.add(new QuoteSpan(pos[0], pos[1], cover,
                        cover == QuoteSpan.Cover.NO_FACT ? reason(graph, t.getSubject()) : null));
            }
        }
        out.sort(Comparator.comparingInt(QuoteSpan::start).thenComparingInt(QuoteSpan::end)
                .thenComparing(QuoteSpan::cover).thenComparing(q -> String.valueOf(q.reason())));
        return out;
    }

    private static QuoteSpan.Cover coverOf(Graph g, Node fact) {
        if (g.contains(fact, Vocab.TYPE, Vocab.tdo("DisputedValue"))) {
            return null;
        }
        if (g.contains(fact, Vocab.TYPE, Vocab.tdo("NoFactMark"))) {
            return QuoteSpan.Cover.NO_FACT;
        }
        if (g.contains(fact, Vocab.TYPE, Vocab.tdo("Statement"))) {
            return QuoteSpan.Cover.STATEMENT;
        }
        return g.contains(fact, Vocab.TYPE, Node.ANY) ? QuoteSpan.Cover.STRUCTURE : QuoteSpan.Cover.MENTION;
    }

    private static int[] position(Graph g, Node quote) {
        for (Triple s : g.find(quote, HAS_SELECTOR, Node.ANY).toList()) {
            Node sel = s.getObject();
            var start = g.find(sel, START, Node.ANY);
            var end = g.find(sel, END, Node.ANY);
            if (start.hasNext() && end.hasNext()) {
                int a = Integer.parseInt(start.next().getObject().getLiteralLexicalForm());
                int b = Integer.parseInt(end.next().getObject().getLiteralLexicalForm());
                return new int[] {a, b};
            }
        }
        return null;
    }

    private static String reason(Graph g, Node mark) {
        var r = g.find(mark, REASON, Node.ANY);
        return r.hasNext() ? r.next().getObject().getURI().replaceFirst("^.*/", "") : "unknown";
    }
}
