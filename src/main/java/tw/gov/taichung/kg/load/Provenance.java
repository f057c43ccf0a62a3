package tw.gov.taichung.kg.load;

import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Ties facts to the passages they come from: checks that each quote occurs in the report text and
 * writes a Web Annotation selector pair (TextQuoteSelector and TextPositionSelector) for it.
 */
final class Provenance {
    static final Set<String> FIELDS = Set.of("quote", "occurrence");
    private final Ctx ctx;
    private final QuoteLocator locator;
    private Node report;
    private String reportId;

    Provenance(Ctx ctx, String text) {
        this.ctx = ctx;
        this.locator = new QuoteLocator(text);
    }

    void report(Node report, String reportId) {
        this.report = report;
        this.reportId = reportId;
    }

    String reportIdOrEmpty() {
        return reportId == null ? "unknown" : reportId;
    }

    /** Reads 'quote' (required) and 'occurrence' from f and attests the fact with each quote. */
    void attest(Node fact, Fields f) {
        List<Y> quotes = f.scalars("quote");
        if (quotes.isEmpty()) {
            ctx.problems.add(f.at().problem("MISSING_QUOTE", "every fact needs a 'quote' from the report text"));
            return;
        }
        Integer occurrence = f.integer("occurrence", false);
        if (occurrence != null && occurrence < 1) {
            ctx.problems.add(f.at("occurrence").problem("BAD_NUMBER", "'occurrence' counts from 1, not "
                    + occurrence));
            return;
        }
        for (Y q : quotes) {
            Node quote = locate(q, occurrence);
            if (quote != null && fact != null && report != null) {
                ctx.add(fact, Vocab.uri(Vocab.PROV + "wasDerivedFrom"), report);
                ctx.add(fact, Vocab.tdo("attestedBy"), quote);
            }
        }
    }

    /**
     * The code-point offset of the fact's first quote in the text, or -1 when it cannot be placed; nothing is
     * reported here ({@link #attest} reports what is wrong). Used to mint ids for facts that have none.
     */
    int firstStart(Fields f) {
        Y q = f.node("quote");
        if (q != null && q.isSeq()) {
            q = q.items().isEmpty() ? null : q.items().get(0);
        }
        if (q == null || !q.isScalar()) {
            return -1;
        }
        Y occ = f.node("occurrence");
        int n = 1;
        if (occ != null && occ.isScalar()) {
            n = tw.gov.taichung.kg.model.Decimals.parse(occ.text().strip()).map(d -> d.intValue()).orElse(1);
        }
        QuoteLocator.Span span = n >= 1 && !q.text().contains("\n") ? locator.find(q.text(), n) : null;
        return span == null ? -1 : span.start();
    }

    /** The report text the quotes are found in. */
    String text() {
        return locator.text();
    }

    /** The report node this provenance writes for (null before the header is read). */
    Node reportNode() {
        return report;
    }

    private Node locate(Y q, Integer occurrence) {
        String text = q.text();
        if (text.contains("\n")) {
            ctx.problems.add(q.at().problem("QUOTE_LINE_BREAK", "the quote spans a line break; quote one line: '"
                    + abbreviate(text) + "'"));
            return null;
        }
        int n = locator.count(text);
        if (n == 0) {
            ctx.problems.add(q.at().problem("QUOTE_NOT_FOUND", "the quote '" + abbreviate(text)
                    + "' does not occur in the report text"));
            return null;
        }
        if (occurrence == null && n > 1) {
            ctx.problems.add(q.at().problem("QUOTE_AMBIGUOUS", "the quote '" + abbreviate(text) + "' occurs " + n
                    + " times in the report text; lengthen it or add 'occurrence: N'"));
            return null;
        }
        if (occurrence != null && occurrence > n) {
            ctx.problems.add(q.at().problem("QUOTE_AMBIGUOUS", "the quote '" + abbreviate(text) + "' occurs " + (n == 1 ? "once" : n + " times")
                    + ", so occurrence " + occurrence + " does not exist"));
            return null;
        }
        if (report == null) {
            return null;
        }
        QuoteLocator.Span span = locator.find(text, occurrence == null ? 1 : occurrence);
        Node node = ctx.iris.id("quote", reportId + "-" + span.start() + "-" + span.end());
        Node exact = Vocab.uri(node.getURI() + "#text");
        Node pos = Vocab.uri(node.getURI() + "#position");
        ctx.add(node, Vocab.TYPE, Vocab.uri(Vocab.OA + "SpecificResource"));
        ctx.add(node, Vocab.TYPE, Vocab.tdo("Quote"));
        ctx.add(node, Vocab.uri(Vocab.OA + "hasSource"), report);
        ctx.add(node, Vocab.uri(Vocab.OA + "hasSelector"), exact);
        ctx.add(node, Vocab.uri(Vocab.OA + "hasSelector"), pos);
        ctx.add(node, Vocab.VALUE, Ctx.str(text));
        ctx.add(exact, Vocab.TYPE, Vocab.uri(Vocab.OA + "TextQuoteSelector"));
        ctx.add(exact, Vocab.uri(Vocab.OA + "exact"), Ctx.str(text));
        ctx.add(exact, Vocab.uri(Vocab.OA + "prefix"), Ctx.str(span.prefix()));
        ctx.add(exact, Vocab.uri(Vocab.OA + "suffix"), Ctx.str(span.suffix()));
        ctx.add(pos, Vocab.TYPE, Vocab.uri(Vocab.OA + "TextPositionSelector"));
        ctx.add(pos, Vocab.uri(Vocab.OA + "start"), count(span.start()));
        ctx.add(pos, Vocab.uri(Vocab.OA + "end"), count(span.end()));
        return node;
    }

    private static Node count(int v) {
        return NodeFactory.createLiteralDT(Integer.toString(v), XSDDatatype.XSDnonNegativeInteger);
    }

    static String abbreviate(String raw) {
        String s = raw.replace("\r", "\\r").replace("\n", "\\n");
        return s.codePointCount(0, s.length()) <= 60 ? s : s.substring(0, s.offsetByCodePoints(0, 57)) + "...";
    }
}
