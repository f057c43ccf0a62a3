package tw.gov.taichung.kg.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Terms;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Maps a disagreement between reports: one node linking the values each report gives for the same thing, each
 * value with its report and its quote, checked against the text of the report it names.
 */
final class DisagreementMapper {
    private static final Set<String> FIELDS = Set.of("id", "about", "property", "zh", "en", "en_stated", "values");
    private static final Set<String> VALUE = Set.of("report", "value", "quote", "occurrence");
    private final ReportScope scope;
    private final Ctx ctx;
    private final Map<String, Provenance> byReport = new HashMap<>();

    DisagreementMapper(ReportScope scope) {
        this.scope = scope;
        this.ctx = scope.ctx();
    }

    void disagreement(Y item) {
        Fields f = ctx.fields(item, FIELDS);
        String id = f.slug("id", true);
        Node about = ctx.ref(f, "about", true, Ctx.ENTITY);
        Node property = scope.concept(f, "property", true, Terms.DISPUTED_PROPERTIES, "disputed-property", null);
        List<Y> values = f.maps("values");
        Node d = id == null ? null : ctx.mint("disagreement", id, f.at());
        if (d != null) {
            scope.types(d, "Disagreement");
            ctx.labels(d, f);
            ctx.add(d, Vocab.tdo("about"), about);
            ctx.add(about, Vocab.tdo("disagreement"), d);
            ctx.add(d, Vocab.tdo("disputedProperty"), property);
        } else {
            ctx.label(f, "zh", true);
        }
        for (int i = 0; i < values.size(); i++) {
            value(d, id, i + 1, ctx.fields(values.get(i), VALUE));
        }
        Set<String> reports = namedReports(values);
        if (values.size() < 2 || reports.size() < 2) {
            ctx.problems.add(f.at(values.isEmpty() ? "id" : "values").problem("DISAGREEMENT_SOURCES",
                    "a disagreement needs at least two values from at least two different reports; found "
                            + values.size() + (values.size() == 1 ? " value" : " values") + " from "
                            + reports.size() + (reports.size() == 1 ? " report" : " reports")));
        }
    }

    /** The report ids the values name, as written. */
    private static Set<String> namedReports(List<Y> values) {
        Set<String> out = new HashSet<>();
        for (Y v : values) {
            Y r = v.entries().containsKey("report") ? v.entries().get("report").value() : null;
            if (r != null && r.isScalar()) {
                out.add(r.text().strip());
            }
        }
        return out;
    }

    /** Writes one value, its report and its quote located in that report's text. */
    private void value(Node d, String id, int n, Fields f) {
        Node report = ctx.ref(f, "report", true, "report");
        String value = f.text("value", true);
        String reportId = report == null ? null : f.text("report", true);
        String text = reportId == null ? null : ctx.reportTexts.get(reportId);
        if (text == null) {
            f.scalars("quote");
            return;
        }
        Provenance prov = byReport.computeIfAbsent(reportId, r -> {
            Provenance p = new Provenance(ctx, text);
            p.report(report, r);
            return p;
        });
        Node v = d == null ? null : ctx.mint("disputed-value", id + "-" + n, f.at());
        if (v != null) {
            scope.types(v, "DisputedValue");
            ctx.add(d, Vocab.tdo("disputedValue"), v);
            ctx.add(v, Vocab.tdo("reportedIn"), report);
            if (value != null) {
                ctx.add(v, Vocab.VALUE, Ctx.str(value));
            }
        }
        prov.attest(v, f);
    }
}
