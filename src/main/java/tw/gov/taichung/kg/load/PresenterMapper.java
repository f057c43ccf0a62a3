package tw.gov.taichung.kg.load;

import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.PartialDate;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Maps who presented (wrote) a report: a presentation node with the person or office, and, when the report gives
 * the person's post (organisation and role), that post as a membership attested at the report's date.
 */
final class PresenterMapper {
    private static final Set<String> FIELDS = Set.of("person", "org", "role", "quote", "occurrence");
    private final Ctx ctx;
    private final Provenance prov;

    PresenterMapper(Ctx ctx, Provenance prov) {
        this.ctx = ctx;
        this.prov = prov;
    }

    void presenter(Node report, String reportId, Y item, PartialDate reportDate) {
        Fields f = ctx.fields(item, FIELDS);
        Node person = ctx.ref(f, "person", false, "person");
        Node org = ctx.ref(f, "org", false, "org");
        if (!f.has("person") && !f.has("org")) {
            ctx.problems.add(f.at().problem("MISSING_FIELD", "'presented_by' needs 'person' (or 'org' when only an "
                    + "office is named)"));
        }
        Node who = person != null ? person : org;
        String whoId = f.text(person != null ? "person" : "org", false);
        if (who == null || report == null) {
            prov.attest(null, f);
            return;
        }
        Node p = ctx.mint("presentation", reportId + "-" + whoId, f.at());
        ctx.add(p, Vocab.TYPE, Vocab.tdo("ReportPresentation"));
        ctx.add(p, Vocab.TYPE, Vocab.uri(Vocab.PROV + "Entity"));
        ctx.add(p, Vocab.tdo("presentedReport"), report);
        ctx.add(p, Vocab.tdo("presenter"), who);
        ctx.add(report, Vocab.tdo("presentedBy"), who);
        if (person != null) {
            ctx.add(p, Vocab.tdo("presenterOrganization"), org);
        }
        Texts.add(ctx, p, Vocab.tdo("presenterRole"), f, "role", false);
        prov.attest(p, f);
        if (person != null && org != null && hasEnglishRole(f)) {
            new PostMapper(ctx, prov).post(item, reportDate);
        }
    }

    private static boolean hasEnglishRole(Fields f) {
        Y role = f.node("role");
        return role != null && role.isMap() && role.entries().containsKey("en")
                && role.entries().get("en").value().isScalar();
    }
}
