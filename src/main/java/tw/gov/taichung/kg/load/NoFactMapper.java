package tw.gov.taichung.kg.load;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Sentences;
import tw.gov.taichung.kg.model.Terms;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Maps a curator's mark that a sentence carries no fact (a heading, a table of contents line, boilerplate, a
 * repetition, a greeting): its quote must be a whole sentence as coverage splits the text (a line too short to
 * count, such as a two-word heading, may be marked too; it changes no count).
 */
final class NoFactMapper {
    private static final Set<String> FIELDS = Set.of("quote", "occurrence", "reason");
    private final ReportScope scope;
    private final Ctx ctx;
    private List<Sentences.Sentence> sentences;

    NoFactMapper(ReportScope scope) {
        this.scope = scope;
        this.ctx = scope.ctx();
    }

    void mark(Y item) {
        Fields f = ctx.fields(item, FIELDS);
        Node reason = scope.concept(f, "reason", true, Terms.NO_FACT_REASONS, "no-fact-reason", null);
        for (Y q : f.scalars("quote")) {
            if (!q.text().contains("\n") && scope.prov().text().contains(q.text()) && !isSentence(q.text())) {
                ctx.problems.add(q.at().problem("NO_FACT_NOT_SENTENCE", "the quote '"
                        + Provenance.abbreviate(q.text()) + "' is not a whole sentence of the report text; a "
                        + "no_fact mark quotes the whole sentence, as tdkg coverage lists it"));
            }
        }
        Node n = scope.node(f, "no-fact", ReportScope.hint(f, "reason"));
        if (n == null) {
            return;
        }
        scope.types(n, "NoFactMark");
        ctx.add(n, Vocab.tdo("noFactReason"), reason);
        scope.prov().attest(n, f);
    }

    private boolean isSentence(String quote) {
        if (sentences == null) {
            sentences = Sentences.segments(scope.prov().text(), 0);
        }
        for (Sentences.Sentence s : sentences) {
            if (Sentences.isWhole(quote, s.text())) {
                return true;
            }
        }
        return false;
    }
}
