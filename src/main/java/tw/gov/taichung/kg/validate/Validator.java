package tw.gov.taichung.kg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.model.Location;
import tw.gov.taichung.kg.model.Ontology;
import tw.gov.taichung.kg.model.Problem;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Checks the dataset against the SHACL shapes ({@code shapes/tdkg-shapes.ttl}) and turns each
 * violation into a {@link Problem} pointing at the data file that declared the focus node.
 */
public final class Validator {
    private final Shapes shapes;

    public Validator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The project's shapes, from the classpath. */
    public static Validator standard() {
        Graph g = GraphFactory.createDefaultGraph();
        Ontology.readResource("/shapes/tdkg-shapes.ttl", g);
        return new Validator(Shapes.parse(g));
    }

    /** Validates the union of every graph of the dataset. */
    public List<Problem> validate(DatasetGraph dataset, Map<Node, Location> origins) {
        Graph union = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        return validate(union, origins);
    }

    public List<Problem> validate(Graph data, Map<Node, Location> origins) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Problem> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Node focus = e.focusNode();
            Location at = origins.get(focus);
            String component = e.sourceConstraintComponent() == null ? "Constraint"
                    : e.sourceConstraintComponent().getLocalName().replace("ConstraintComponent", "");
            String code = "SHACL_" + component.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
            String path = e.resultPath() == null ? "" : " " + shorten(e.resultPath().toString());
            String value = e.value() == null ? "" : " (value " + shorten(e.value().toString()) + ")";
            String msg = shorten(focus.toString()) + path + ": " + message(e) + value;
            out.add(at == null ? new Problem("(graph)", 0, 0, code, msg)
                    : new Problem(at.file(), at.line(), at.column(), code, msg));
        }
        return out.stream().sorted().distinct().toList();
    }

    /**
     * The shape's message: the English one followed by the Traditional Chinese one when the shape gives both
     * (sh:message in several languages), otherwise SHACL's own.
     */
    static String message(ReportEntry e) {
        String en = null;
        String zh = null;
        for (Node m : e.messages()) {
            if (m.isLiteral() && m.getLiteralLanguage().equalsIgnoreCase("en")) {
                en = m.getLiteralLexicalForm();
            } else if (m.isLiteral() && m.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT).startsWith("zh")) {
                zh = m.getLiteralLexicalForm();
            }
        }
        if (en == null) {
            return e.message();
        }
        return zh == null ? en : en + " / " + zh;
    }

    private static String shorten(String s) {
        return Vocab.prefixes().shortForm(s.replaceAll("^<|>$", ""));
    }
}
