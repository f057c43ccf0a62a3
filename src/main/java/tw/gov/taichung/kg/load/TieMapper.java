package tw.gov.taichung.kg.load;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.PartialDate;
import tw.gov.taichung.kg.model.Terms;
import tw.gov.taichung.kg.model.Vocab;

/** Maps city partnerships (one node per tie, with its tier) and agreements (MoUs, declarations...). */
final class TieMapper {
    private final Ctx ctx;
    private final Provenance prov;

    TieMapper(Ctx ctx, Provenance prov) {
        this.ctx = ctx;
        this.prov = prov;
    }

    void partnership(Y item) {
        Fields f = ctx.fields(item, Set.of("id", "partner", "with", "tier", "since", "since_derived",
                "established_by", "zh", "en", "en_stated", "quote", "occurrence"));
        String id = f.slug("id", true);
        Node partner = ctx.ref(f, "partner", true, "place", "org");
        Node with = f.has("with") ? ctx.ref(f, "with", true, "place", "org") : home(f);
        String tier = f.choice("tier", true, Terms.TIERS);
        PartialDate since = f.date("since", false);
        Boolean derived = f.bool("since_derived");
        Node event = ctx.ref(f, "established_by", false, "event");
        if (id == null) {
            return;
        }
        Node tie = ctx.mint("partnership", id, f.at());
        ctx.add(tie, Vocab.TYPE, Vocab.tdo("CityPartnership"));
        if (f.has("zh")) {
            ctx.labels(tie, f);
        }
        ctx.add(tie, Vocab.tdo("partner"), partner);
        ctx.add(tie, Vocab.tdo("partner"), with);
        ctx.add(tie, Vocab.tdo("localPartner"), with);
        ctx.add(tie, Vocab.tdo("foreignPartner"), partner);
        if (tier != null) {
            ctx.add(tie, Vocab.tdo("tier"), Vocab.concept("partnership-tier", tier));
        }
        if (since != null) {
            ctx.add(tie, Vocab.schema("startDate"), since.toNode());
            if (Boolean.TRUE.equals(derived)) {
                ctx.add(tie, Vocab.tdo("startDateDerived"), Ctx.bool(true));
            }
        }
        ctx.add(tie, Vocab.tdo("establishedBy"), event);
        if (partner != null && with != null && tier != null) {
            ctx.add(partner, Vocab.tdo("partnerOf"), with);
            ctx.add(with, Vocab.tdo("partnerOf"), partner);
            ctx.add(partner, Vocab.tdo("partnership"), tie);
        }
        prov.attest(tie, f);
    }

    private Node home(Fields f) {
        if (!ctx.symbols.has("place", "taichung")) {
            ctx.problems.add(f.at().problem("UNKNOWN_REF", "no 'with' given and the default place 'taichung' is "
                    + "not in the registry"));
            return null;
        }
        return ctx.iris.id("place", "taichung");
    }

    void agreement(Y item) {
        Fields f = ctx.fields(item, Set.of("id", "type", "zh", "en", "en_stated", "alt", "parties", "date",
                "signed_at", "quote", "occurrence", "establishes", "unnamed_parties"));
        String id = f.slug("id", true);
        String type = f.choice("type", true, Terms.AGREEMENT_TYPES);
        List<Node> parties = ctx.refs(f, "parties", "org", "place", "person");
        PartialDate date = f.date("date", false);
        Node signedAt = ctx.ref(f, "signed_at", false, "event");
        Node establishes = ctx.ref(f, "establishes", false, "partnership");
        if (f.scalars("parties").size() < 2 && !f.has("unnamed_parties")) {
            ctx.problems.add(f.at().problem("MISSING_FIELD", "an agreement needs at least two 'parties'"));
        }
        if (id == null) {
            return;
        }
        Node a = ctx.mint("agreement", id, f.at());
        ctx.add(a, Vocab.TYPE, Vocab.tdo("Agreement"));
        ctx.add(a, Vocab.TYPE, Vocab.uri(Vocab.PROV + "Entity"));
        ctx.labels(a, f);
        if (type != null) {
            ctx.add(a, Vocab.tdo("agreementType"), Vocab.concept("agreement-type", type));
        }
        for (Node p : parties) {
            ctx.add(a, Vocab.tdo("party"), p);
            ctx.add(p, Vocab.tdo("partyTo"), a);
        }
        if (date != null) {
            ctx.add(a, Vocab.uri(Vocab.DCT + "date"), date.toNode());
        }
        ctx.add(a, Vocab.tdo("signedAt"), signedAt);
        ctx.add(a, Vocab.tdo("establishes"), establishes);
        ctx.add(establishes, Vocab.tdo("foundingAgreement"), a);
        Texts.add(ctx, a, Vocab.tdo("unnamedParties"), f, "unnamed_parties", false);
        prov.attest(a, f);
    }
}
