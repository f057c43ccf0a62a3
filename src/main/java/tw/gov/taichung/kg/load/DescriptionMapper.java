package tw.gov.taichung.kg.load;

import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.PartialDate;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Maps what an organisation, place, project or event is, as schema.org properties: written on a description node
 * (which carries the quote) and, as direct shortcuts, on the entity itself.
 */
final class DescriptionMapper {
    private static final Set<String> FIELDS = Set.of("about", "founded", "founder", "headquarters", "owner",
            "theme", "edition", "organizer", "quote", "occurrence");
    private static final Set<String> PROPERTIES = Set.of("founded", "founder", "headquarters", "owner", "theme",
            "edition", "organizer");
    private final ReportScope scope;
    private final Ctx ctx;

    DescriptionMapper(ReportScope scope) {
        this.scope = scope;
        this.ctx = scope.ctx();
    }

    void description(Y item) {
        Fields f = ctx.fields(item, FIELDS);
        Node about = ctx.ref(f, "about", true, Ctx.ENTITY);
        if (PROPERTIES.stream().noneMatch(f::has)) {
            ctx.problems.add(f.at().problem("MISSING_FIELD", "a description needs at least one of "
                    + new java.util.TreeSet<>(PROPERTIES) + " besides 'about'"));
        }
        PartialDate founded = f.date("founded", false);
        Node founder = ctx.ref(f, "founder", false, "person", "org");
        Node headquarters = ctx.ref(f, "headquarters", false, "place");
        Node owner = ctx.ref(f, "owner", false, "org");
        Node organizer = ctx.ref(f, "organizer", false, "org", "person", "place");
        Integer edition = f.integer("edition", false);
        if (edition != null && edition < 1) {
            ctx.problems.add(f.at("edition").problem("BAD_NUMBER", "'edition' counts from 1, not " + edition));
            edition = null;
        }
        Node d = scope.node(f, "description", ReportScope.hint(f, "about"));
        if (d == null) {
            scope.prov().attest(null, f);
            return;
        }
        scope.types(d, "Description");
        ctx.add(d, Vocab.tdo("about"), about);
        ctx.add(about, Vocab.tdo("description"), d);
        for (Node s : new Node[] {d, about}) {
            if (s == null) {
                continue;
            }
            if (founded != null) {
                ctx.add(s, Vocab.schema("foundingDate"), founded.toNode());
            }
            ctx.add(s, Vocab.schema("founder"), founder);
            ctx.add(s, Vocab.schema("location"), headquarters);
            ctx.add(s, Vocab.schema("parentOrganization"), owner);
            ctx.add(s, Vocab.schema("organizer"), organizer);
            if (edition != null) {
                ctx.add(s, Vocab.tdo("edition"), Ctx.integer(edition));
            }
        }
        if (f.has("theme")) {
            Texts.add(ctx, d, Vocab.schema("about"), f, "theme", false);
            Texts.add(ctx, about, Vocab.schema("about"), f, "theme", false);
        }
        scope.prov().attest(d, f);
    }
}
