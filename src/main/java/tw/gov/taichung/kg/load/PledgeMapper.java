package tw.gov.taichung.kg.load;

import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.PartialDate;
import tw.gov.taichung.kg.model.Terms;
import tw.gov.taichung.kg.model.Vocab;

/** Maps pledges, invitations and stated intentions, their follow-ups and dated status assessments. */
final class PledgeMapper {
    private static final Set<String> ASSESSMENT = Set.of("status", "date", "evidence", "zh", "en", "quote",
            "occurrence");
    private final Ctx ctx;
    private final Provenance prov;

    PledgeMapper(Ctx ctx, Provenance prov) {
        this.ctx = ctx;
        this.prov = prov;
    }

    /** A pledge; {@code reportDate} dates a conclusion (recommendation, lesson, intention) made at no event. */
    void pledge(Y item, PartialDate reportDate) {
        Fields f = ctx.fields(item, Set.of("id", "by", "to", "kind", "zh", "en", "en_stated", "made_at", "date",
                "followed_up_by", "quote", "occurrence", "assessments", "about"));
        String id = f.slug("id", true);
        Node by = ctx.ref(f, "by", true, "person", "org", "place");
        Node to = ctx.ref(f, "to", false, "person", "org", "place");
        String kind = f.choice("kind", true, Terms.PLEDGE_KINDS);
        boolean conclusion = kind != null && Terms.CONCLUSION_KINDS.contains(kind);
        Node madeAt = ctx.ref(f, "made_at", !conclusion, "event");
        PartialDate date = f.date("date", false);
        if (conclusion && date == null && !f.has("made_at") && !f.has("date")) {
            date = reportDate;
        }
        var about = ctx.refs(f, "about", Ctx.ENTITY);
        var followUps = ctx.refs(f, "followed_up_by", "event");
        if (id == null) {
            return;
        }
        Node p = ctx.mint("pledge", id, f.at());
        ctx.add(p, Vocab.TYPE, Vocab.tdo("Pledge"));
        ctx.add(p, Vocab.TYPE, Vocab.uri(Vocab.PROV + "Entity"));
        ctx.labels(p, f);
        ctx.add(p, Vocab.tdo("pledgedBy"), by);
        ctx.add(p, Vocab.tdo("pledgedTo"), to);
        if (kind != null) {
            ctx.add(p, Vocab.tdo("pledgeKind"), Vocab.concept("pledge-kind", kind));
        }
        ctx.add(p, Vocab.tdo("madeAt"), madeAt);
        if (date != null) {
            ctx.add(p, Vocab.uri(Vocab.DCT + "date"), date.toNode());
        }
        for (Node a : about) {
            ctx.add(p, Vocab.tdo("about"), a);
            ctx.add(a, Vocab.tdo("pledge"), p);
        }
        for (Node e : followUps) {
            ctx.add(p, Vocab.tdo("followedUpBy"), e);
        }
        prov.attest(p, f);
        for (Y a : f.maps("assessments")) {
            assessment(p, id, ctx.fields(a, ASSESSMENT));
        }
    }

    void standaloneAssessment(Y item) {
        Set<String> fields = new java.util.HashSet<>(ASSESSMENT);
        fields.add("pledge");
        Fields f = ctx.fields(item, fields);
        Node p = ctx.ref(f, "pledge", true, "pledge");
        if (p != null) {
            assessment(p, f.text("pledge", true), f);
        }
    }

    private void assessment(Node pledge, String pledgeId, Fields f) {
        String status = f.choice("status", true, Terms.STATUSES);
        PartialDate date = f.date("date", true);
        Node evidence = ctx.ref(f, "evidence", false, "event");
        String zh = ctx.label(f, "zh", false);
        String en = ctx.label(f, "en", false);
        if (status == null || date == null) {
            prov.attest(null, f);
            return;
        }
        Node a = ctx.mint("assessment", pledgeId + "-" + date + "-" + status, f.at());
        ctx.add(a, Vocab.TYPE, Vocab.tdo("PledgeAssessment"));
        ctx.add(a, Vocab.tdo("assessedPledge"), pledge);
        ctx.add(pledge, Vocab.tdo("assessment"), a);
        ctx.add(a, Vocab.tdo("status"), Vocab.concept("pledge-status", status));
        ctx.add(a, Vocab.uri(Vocab.DCT + "date"), date.toNode());
        ctx.add(a, Vocab.tdo("evidence"), evidence);
        if (zh != null) {
            ctx.add(a, Vocab.uri(Vocab.RDFS + "comment"), Ctx.lang(zh, "zh-Hant"));
        }
        if (en != null) {
            ctx.add(a, Vocab.uri(Vocab.RDFS + "comment"), Ctx.lang(en, "en"));
        }
        prov.attest(a, f);
    }
}
