package tw.gov.taichung.kg.load;

import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Terms;
import tw.gov.taichung.kg.model.Vocab;

/** Maps talks given at events: title (as the talk's labels and schema:name), speaker, subject. */
final class TalkMapper {
    private static final Set<String> FIELDS = Set.of("id", "speaker", "event", "title", "subject", "quote",
            "occurrence");
    private final ReportScope scope;
    private final Ctx ctx;

    TalkMapper(ReportScope scope) {
        this.scope = scope;
        this.ctx = scope.ctx();
    }

    void talk(Y item) {
        Fields f = ctx.fields(item, FIELDS);
        Node speaker = ctx.ref(f, "speaker", true, "person");
        Node event = ctx.ref(f, "event", true, "event");
        Node subject = scope.concept(f, "subject", false, Terms.TOPICS, "topic", null);
        Node t = scope.node(f, "talk", ReportScope.hint(f, "speaker"));
        if (t == null) {
            scope.prov().attest(null, f);
            return;
        }
        scope.types(t, "Talk", Vocab.SCHEMA + "CreativeWork");
        Y title = f.node("title");
        if (title == null) {
            ctx.problems.add(f.at().problem("MISSING_FIELD", "the required field 'title' is missing"));
        } else if (!title.isMap()) {
            ctx.problems.add(title.at().problem("BAD_VALUE", "'title' must be a mapping {zh: ..., en: ...}"));
        } else {
            Fields tf = ctx.fields(title, Texts.FIELDS);
            ctx.labels(t, tf);
            Texts.add(ctx, t, Vocab.schema("name"), f, "title", true);
        }
        ctx.add(t, Vocab.tdo("speaker"), speaker);
        ctx.add(t, Vocab.tdo("atEvent"), event);
        ctx.add(t, Vocab.tdo("topic"), subject);
        ctx.add(speaker, Vocab.tdo("gaveTalk"), t);
        ctx.add(event, Vocab.tdo("talk"), t);
        scope.prov().attest(t, f);
    }
}
