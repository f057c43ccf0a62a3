package tw.gov.taichung.kg.load;

import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.PartialDate;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Maps a post held at a date: one org:Membership per (person, organisation, role), with the dates at
 * which reports attest it. Dates and roles live on the membership, never on the person.
 */
final class PostMapper {
    private static final Set<String> FIELDS = Set.of("person", "org", "role", "at", "quote", "occurrence");
    private final Ctx ctx;
    private final Provenance prov;

    PostMapper(Ctx ctx, Provenance prov) {
        this.ctx = ctx;
        this.prov = prov;
    }

    void post(Y item, PartialDate defaultDate) {
        Fields f = ctx.fields(item, FIELDS);
        Node person = ctx.ref(f, "person", true, "person");
        Node org = ctx.ref(f, "org", true, "org");
        PartialDate at = f.has("at") ? f.date("at", true) : defaultDate;
        Y roleNode = f.node("role");
        String zh = null;
        String en = null;
        if (roleNode == null) {
            ctx.problems.add(f.at().problem("MISSING_FIELD", "the required field 'role' is missing"));
        } else if (!roleNode.isMap()) {
            ctx.problems.add(roleNode.at().problem("BAD_VALUE", "'role' must be a mapping {zh: ..., en: ...}"));
        } else {
            Fields rf = ctx.fields(roleNode, Set.of("zh", "en"));
            zh = ctx.label(rf, "zh", true);
            en = ctx.label(rf, "en", true);
        }
        String roleSlug = en == null ? null : Iris.slugify(en);
        if (en != null && roleSlug == null) {
            ctx.problems.add(roleNode.at().problem("BAD_VALUE", "the role's English name '" + en
                    + "' has no letters or digits"));
        }
        if (person == null || org == null || roleSlug == null || zh == null) {
            prov.attest(null, f);
            return;
        }
        Node role = ctx.mint("role", roleSlug, roleNode.at());
        ctx.add(role, Vocab.TYPE, Vocab.uri(Vocab.ORG + "Role"));
        ctx.add(role, Vocab.TYPE, Vocab.uri(Vocab.SKOS + "Concept"));
        ctx.add(role, Vocab.LABEL, Ctx.lang(en, "en"));
        ctx.add(role, Vocab.LABEL, Ctx.lang(zh, "zh-Hant"));
        String personId = f.text("person", true);
        String orgId = f.text("org", true);
        Node m = ctx.mint("membership", personId + "-" + orgId + "-" + roleSlug, f.at());
        ctx.add(m, Vocab.TYPE, Vocab.uri(Vocab.ORG + "Membership"));
        ctx.add(m, Vocab.uri(Vocab.ORG + "member"), person);
        ctx.add(m, Vocab.uri(Vocab.ORG + "organization"), org);
        ctx.add(m, Vocab.uri(Vocab.ORG + "role"), role);
        ctx.add(m, Vocab.tdo("roleLabel"), Ctx.lang(zh, "zh-Hant"));
        ctx.add(m, Vocab.tdo("roleLabel"), Ctx.lang(en, "en"));
        ctx.add(person, Vocab.uri(Vocab.ORG + "memberOf"), org);
        ctx.add(person, Vocab.tdo("membership"), m);
        if (at != null) {
            ctx.add(m, Vocab.tdo("attestedOn"), at.toNode());
            Node interval = Vocab.uri(m.getURI() + "#during");
            Node instant = ctx.iris.id("instant", at.toString());
            ctx.add(m, Vocab.uri(Vocab.ORG + "memberDuring"), interval);
            ctx.add(interval, Vocab.TYPE, Vocab.uri(Vocab.TIME + "Interval"));
            ctx.add(interval, Vocab.uri(Vocab.TIME + "inside"), instant);
            ctx.add(instant, Vocab.TYPE, Vocab.uri(Vocab.TIME + "Instant"));
            ctx.add(instant, Vocab.uri(Vocab.TIME + switch (at.precision()) {
                case DAY -> "inXSDDate";
                case MONTH -> "inXSDgYearMonth";
                case YEAR -> "inXSDgYear";
            }), at.toNode());
        }
        prov.attest(m, f);
    }
}
