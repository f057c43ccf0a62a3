package tw.gov.taichung.kg.load;

import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Terms;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Maps the registry's projects (plans, facilities, programmes, event series ...) and measures (what a figure
 * measures: concepts of the SKOS scheme of measures).
 */
final class ProjectMapper {
    static final Set<String> PROJECT = Set.of("id", "zh", "en", "en_stated", "alt", "type", "place");
    static final Set<String> MEASURE = Set.of("id", "zh", "en", "en_stated", "alt");
    private final Ctx ctx;

    ProjectMapper(Ctx ctx) {
        this.ctx = ctx;
    }

    void project(Y item) {
        Fields f = ctx.fields(item, PROJECT);
        String id = f.slug("id", true);
        String type = f.choice("type", true, Terms.PROJECT_TYPES);
        Node place = ctx.ref(f, "place", false, "place");
        if (id == null) {
            return;
        }
        Node n = ctx.mint("project", id, f.at());
        ctx.labels(n, f);
        ctx.add(n, Vocab.TYPE, Vocab.tdo("Project"));
        if (type != null) {
            ctx.add(n, Vocab.tdo("projectType"), Vocab.concept("project-type", type));
        }
        ctx.add(n, Vocab.schema("location"), place);
    }

    void measure(Y item) {
        Fields f = ctx.fields(item, MEASURE);
        String id = f.slug("id", true);
        f.text("en", true);
        if (id == null) {
            return;
        }
        Node n = Vocab.concept("measure", id);
        ctx.origins.putIfAbsent(n, f.at());
        ctx.labels(n, f);
        ctx.add(n, Vocab.TYPE, Vocab.uri(Vocab.SKOS + "Concept"));
        ctx.add(n, Vocab.uri(Vocab.SKOS + "inScheme"), Vocab.uri(Vocab.CONCEPT + "measure"));
        ctx.add(n, Vocab.uri(Vocab.SKOS + "notation"), Ctx.str(id));
    }
}
