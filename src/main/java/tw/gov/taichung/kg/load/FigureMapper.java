package tw.gov.taichung.kg.load;

import java.math.BigDecimal;
import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.PartialDate;
import tw.gov.taichung.kg.model.Terms;
import tw.gov.taichung.kg.model.Units;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Maps stated quantities (schema:QuantitativeValue, schema:MonetaryAmount for money) and the comparison tables
 * that hold some of them (qb:DataSet, with the figures as qb:Observation).
 */
final class FigureMapper {
    private static final Set<String> FIELDS = Set.of("id", "about", "measure", "value", "unit", "approx", "kind",
            "at", "stated_by", "stated_at", "table", "zh", "en", "en_stated", "quote", "occurrence");
    private static final Set<String> TABLE = Set.of("id", "zh", "en", "en_stated", "quote", "occurrence");
    private final ReportScope scope;
    private final Ctx ctx;

    FigureMapper(ReportScope scope) {
        this.scope = scope;
        this.ctx = scope.ctx();
    }

    void table(Y item) {
        Fields f = ctx.fields(item, TABLE);
        String id = f.slug("id", true);
        if (id == null) {
            scope.prov().attest(null, f);
            return;
        }
        Node t = ctx.mint("table", id, f.at());
        scope.types(t, "Table", Vocab.QB + "DataSet");
        ctx.labels(t, f);
        scope.prov().attest(t, f);
    }

    void figure(Y item) {
        Fields f = ctx.fields(item, FIELDS);
        Node about = ctx.ref(f, "about", true, Ctx.ENTITY);
        Node measure = scope.measure(f, "measure", true);
        BigDecimal value = f.decimal("value", true);
        String unit = unit(f);
        Node approx = scope.concept(f, "approx", false, Terms.APPROXIMATIONS, "approximation", "exact");
        Node kind = scope.concept(f, "kind", false, Terms.FIGURE_KINDS, "figure-kind", "actual");
        PartialDate at = f.date("at", false);
        Node statedBy = ctx.ref(f, "stated_by", false, Ctx.AGENT);
        Node statedAt = ctx.ref(f, "stated_at", false, "event");
        Node table = ctx.ref(f, "table", false, "table");
        Node fig = scope.node(f, "figure", ReportScope.hint(f, "measure"));
        if (fig == null) {
            scope.prov().attest(null, f);
            return;
        }
        scope.types(fig, "Figure", Vocab.SCHEMA + "QuantitativeValue");
        if (f.has("zh")) {
            ctx.labels(fig, f);
        }
        ctx.add(fig, Vocab.tdo("about"), about);
        ctx.add(about, Vocab.tdo("figure"), fig);
        ctx.add(fig, Vocab.tdo("measure"), measure);
        if (value != null) {
            ctx.add(fig, Vocab.schema("value"), Ctx.decimal(value));
        }
        if (unit != null) {
            unitTriples(fig, unit, table != null);
        }
        ctx.add(fig, Vocab.tdo("approximation"), approx);
        ctx.add(fig, Vocab.tdo("figureKind"), kind);
        if (at != null) {
            ctx.add(fig, Vocab.uri(Vocab.DCT + "date"), at.toNode());
        }
        ctx.add(fig, Vocab.tdo("statedBy"), statedBy);
        ctx.add(fig, Vocab.tdo("statedAt"), statedAt);
        if (table != null) {
            ctx.add(fig, Vocab.TYPE, Vocab.uri(Vocab.QB + "Observation"));
            ctx.add(fig, Vocab.uri(Vocab.QB + "dataSet"), table);
        }
        scope.prov().attest(fig, f);
    }

    private void unitTriples(Node fig, String unit, boolean observation) {
        Node concept = Vocab.concept("unit", Units.conceptSlug(unit));
        ctx.add(fig, Vocab.tdo("unit"), concept);
        if (Units.isCurrency(unit)) {
            ctx.add(fig, Vocab.TYPE, Vocab.schema("MonetaryAmount"));
            ctx.add(fig, Vocab.schema("currency"), Ctx.str(unit));
        } else if (!Units.COMMON_CODES.get(unit).isEmpty()) {
            ctx.add(fig, Vocab.schema("unitCode"), Ctx.str(Units.COMMON_CODES.get(unit)));
        }
        if (observation) {
            ctx.add(fig, Vocab.uri(Vocab.SDMX_ATTRIBUTE + "unitMeasure"), concept);
        }
    }

    private String unit(Fields f) {
        String u = f.text("unit", true);
        if (u != null && !Units.known(u)) {
            ctx.problems.add(f.at("unit").problem("BAD_UNIT", "'" + Provenance.abbreviate(u) + "' is not a known "
                    + "unit; expected an ISO 4217 currency code or one of " + Units.COMMON_CODES.keySet()));
            return null;
        }
        return u;
    }
}
