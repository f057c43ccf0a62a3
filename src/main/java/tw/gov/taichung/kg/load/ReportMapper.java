package tw.gov.taichung.kg.load;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Location;
import tw.gov.taichung.kg.model.PartialDate;
import tw.gov.taichung.kg.model.Terms;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Maps one report file into its named graph: the report, its trips, posts, events, partnerships,
 * agreements, pledges and assessments, each fact tied to its verified quote.
 */
final class ReportMapper {
    static final Map<String, String> SECTIONS = Map.ofEntries(Map.entry("trips", "trip"),
            Map.entry("events", "event"), Map.entry("pledges", "pledge"), Map.entry("agreements", "agreement"),
            Map.entry("partnerships", "partnership"), Map.entry("figures", "figure"), Map.entry("tables", "table"),
            Map.entry("statements", "statement"), Map.entry("invitations", "invitation"),
            Map.entry("stand_ins", "stand-in"), Map.entry("gifts", "gift"), Map.entry("talks", "talk"),
            Map.entry("disagreements", "disagreement"));
    static final Set<String> TOP = Set.of("report", "trips", "posts", "events", "partnerships", "agreements",
            "pledges", "assessments", "mentions", "figures", "tables", "descriptions", "statements", "invitations",
            "stand_ins", "gifts", "talks", "disagreements", "no_fact");

    private final Ctx ctx;
    private final Provenance prov;
    private final Y root;
    private Node report;
    private String reportId;
    private PartialDate defaultPostDate;
    private final Map<String, PartialDate> eventDates = new HashMap<>();

    ReportMapper(Ctx ctx, Y root, String text) {
        this.ctx = ctx;
        this.root = root;
        this.prov = new Provenance(ctx, text);
    }

    /** Pass 1: declares the report id and every id this file introduces. */
    static void declare(Ctx ctx, Y root) {
        Fields top = ctx.fields(root, TOP);
        Y rep = top.node("report");
        if (rep == null || !rep.isMap()) {
            ctx.problems.add(root.at().problem("MISSING_FIELD", "a report file needs a 'report' mapping"));
        } else {
            Y id = rep.entries().containsKey("id") ? rep.entries().get("id").value() : null;
            if (id != null && id.isScalar() && tw.gov.taichung.kg.model.Iris.SLUG.matcher(id.text()).matches()) {
                Location earlier = ctx.symbols.declare("report", id.text(), id.at());
                if (earlier != null) {
                    ctx.problems.add(id.at().problem("DUPLICATE_ID", "the report id '" + id.text()
                            + "' is already declared at " + earlier));
                }
            }
        }
        for (var section : SECTIONS.entrySet()) {
            Set<String> seen = new java.util.HashSet<>();
            for (Y item : new Fields(root, TOP, new java.util.ArrayList<>()).maps(section.getKey())) {
                Y id = item.entries().containsKey("id") ? item.entries().get("id").value() : null;
                if (id == null || !id.isScalar() || !tw.gov.taichung.kg.model.Iris.SLUG.matcher(id.text()).matches()) {
                    continue;
                }
                if (!seen.add(id.text())) {
                    ctx.problems.add(id.at().problem("DUPLICATE_ID", "the " + section.getValue() + " id '"
                            + id.text() + "' appears twice in this file"));
                }
                ctx.symbols.declare(section.getValue(), id.text(), id.at());
            }
        }
    }

    /** A scalar field of the 'report' mapping (such as 'text'), or null when it is absent. */
    static Y reportField(Y root, String key) {
        Y rep = root.isMap() && root.entries().containsKey("report") ? root.entries().get("report").value() : null;
        if (rep == null || !rep.isMap() || !rep.entries().containsKey(key)) {
            return null;
        }
        Y v = rep.entries().get(key).value();
        return v.isScalar() ? v : null;
    }

    /** Pass 2: writes the report's graph. */
    void emit() {
        Fields top = new Fields(root, TOP, new java.util.ArrayList<>());
        Y rep = top.node("report");
        if (rep == null || !rep.isMap()) {
            return;
        }
        reportHeader(ctx.fields(rep, Set.of("id", "text", "source_file", "zh", "en", "en_stated", "date",
                "publisher", "quote", "occurrence", "presented_by")));
        if (report == null) {
            return;
        }
        List<Y> trips = top.maps("trips");
        for (Y t : trips) {
            new TripMapper(ctx, prov).trip(t, this);
        }
        if (defaultPostDate == null) {
            defaultPostDate = reportDate;
        }
        for (Y e : top.maps("events")) {
            new EventMapper(ctx, prov).event(e, eventDates);
        }
        for (Y p : top.maps("posts")) {
            new PostMapper(ctx, prov).post(p, defaultPostDate);
        }
        TieMapper ties = new TieMapper(ctx, prov);
        for (Y p : top.maps("partnerships")) {
            ties.partnership(p);
        }
        for (Y a : top.maps("agreements")) {
            ties.agreement(a);
        }
        PledgeMapper pledges = new PledgeMapper(ctx, prov);
        for (Y p : top.maps("pledges")) {
            pledges.pledge(p, reportDate);
        }
        for (Y a : top.maps("assessments")) {
            pledges.standaloneAssessment(a);
        }
        for (Y m : top.maps("mentions")) {
            Fields f = ctx.fields(m, Set.of("entity", "quote", "occurrence"));
            Node n = ctx.ref(f, "entity", true, "person", "org", "place", "trip", "event", "pledge", "agreement",
                    "partnership", "project");
            prov.attest(n, f);
        }
        new StatedFacts(new ReportScope(ctx, prov, new AutoIds(), reportId, reportDate)).emit(top);
    }

    private PartialDate reportDate;

    void tripStarted(PartialDate start) {
        if (start != null && (defaultPostDate == null || start.compareTo(defaultPostDate) < 0)) {
            defaultPostDate = start;
        }
    }

    private void reportHeader(Fields f) {
        reportId = f.slug("id", true);
        String text = f.text("text", true);
        reportDate = f.date("date", true);
        Node publisher = ctx.ref(f, "publisher", false, "org");
        if (reportId == null) {
            return;
        }
        report = ctx.mint("report", reportId, f.at());
        prov.report(report, reportId);
        ctx.add(report, Vocab.TYPE, Vocab.tdo("Report"));
        ctx.add(report, Vocab.TYPE, Vocab.schema("Report"));
        ctx.add(report, Vocab.TYPE, Vocab.uri(Vocab.PROV + "Entity"));
        ctx.labels(report, f);
        String zh = f.text("zh", false);
        if (zh != null) {
            ctx.add(report, Vocab.uri(Vocab.DCT + "title"), Ctx.lang(zh, "zh-Hant"));
        }
        if (reportDate != null) {
            ctx.add(report, Vocab.uri(Vocab.DCT + "issued"), reportDate.toNode());
        }
        ctx.add(report, Vocab.uri(Vocab.DCT + "publisher"), publisher);
        if (text != null) {
            ctx.add(report, Vocab.tdo("textFile"), Ctx.str(text));
        }
        String source = f.text("source_file", false);
        if (source != null) {
            ctx.add(report, Vocab.tdo("sourceFile"), Ctx.str(source));
        }
        prov.attest(report, f);
        PresenterMapper presenters = new PresenterMapper(ctx, prov);
        for (Y p : f.maps("presented_by")) {
            presenters.presenter(report, reportId, p, reportDate);
        }
    }

    static BigDecimal nonNegative(Ctx ctx, Fields f, String key) {
        BigDecimal v = f.decimal(key, false);
        if (v != null && v.signum() < 0) {
            ctx.problems.add(f.at(key).problem("NEGATIVE_AMOUNT", "'" + key + "' is " + v.toPlainString()
                    + "; an amount cannot be negative"));
            return null;
        }
        return v;
    }

    static Node concept(String scheme, String value) {
        return value == null ? null : Vocab.concept(scheme, value);
    }

    static Node cls(String type) {
        return type == null ? null : Terms.eventClass(type);
    }
}
