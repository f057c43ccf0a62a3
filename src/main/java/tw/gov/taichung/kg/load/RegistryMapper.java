package tw.gov.taichung.kg.load;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Location;
import tw.gov.taichung.kg.model.Terms;
import tw.gov.taichung.kg.model.Vocab;

/** Maps registry files (people, organizations, places, aliases) into the registry graph. */
final class RegistryMapper {
    static final Map<String, String> SECTIONS = Map.of("people", "person", "organizations", "org", "places", "place",
            "projects", "project", "measures", "measure");
    private static final Set<String> TOP = Set.of("people", "organizations", "places", "aliases", "projects",
            "measures");
    private static final Set<String> LABEL_FIELDS = Set.of("id", "zh", "en", "en_stated", "alt");
    private static final Set<String> PERSON = LABEL_FIELDS;
    private static final Set<String> ORG = union(LABEL_FIELDS, "type", "parent", "place");
    private static final Set<String> PLACE = union(LABEL_FIELDS, "type", "country", "within", "lat", "lon");

    private final Ctx ctx;

    RegistryMapper(Ctx ctx) {
        this.ctx = ctx;
    }

    private static Set<String> union(Set<String> base, String... more) {
        var s = new java.util.HashSet<>(base);
        s.addAll(List.of(more));
        return Set.copyOf(s);
    }

    /** Pass 1: declares every id, reporting duplicates. */
    void declare(Y root) {
        Fields top = ctx.fields(root, TOP);
        for (var section : SECTIONS.entrySet()) {
            for (Y item : top.maps(section.getKey())) {
                Y id = item.entries().containsKey("id") ? item.entries().get("id").value() : null;
                if (id == null || !id.isScalar() || !tw.gov.taichung.kg.model.Iris.SLUG.matcher(id.text()).matches()) {
                    continue;
                }
                Location earlier = ctx.symbols.declare(section.getValue(), id.text(), id.at());
                if (earlier != null) {
                    ctx.problems.add(id.at().problem("DUPLICATE_ID", "the " + section.getValue() + " id '"
                            + id.text() + "' is already declared at " + earlier));
                }
            }
        }
    }

    /** Pass 2: writes the entities of one registry file. */
    void emit(Y root) {
        Fields top = new Fields(root, TOP, new java.util.ArrayList<>());
        for (Y item : top.maps("people")) {
            Fields f = ctx.fields(item, PERSON);
            Node n = entity(f, "person");
            if (n != null) {
                ctx.add(n, Vocab.TYPE, Vocab.uri(Vocab.FOAF + "Person"));
                ctx.add(n, Vocab.TYPE, Vocab.schema("Person"));
            }
        }
        for (Y item : top.maps("organizations")) {
            Fields f = ctx.fields(item, ORG);
            Node n = entity(f, "org");
            String type = f.choice("type", true, Terms.ORG_TYPES);
            Node parent = ctx.ref(f, "parent", false, "org");
            Node place = ctx.ref(f, "place", false, "place");
            if (n != null) {
                ctx.add(n, Vocab.TYPE, Vocab.uri(Vocab.ORG + "Organization"));
                ctx.add(n, Vocab.TYPE, Vocab.uri(Vocab.ORG + "FormalOrganization"));
                ctx.add(n, Vocab.TYPE, Vocab.schema("Organization"));
                if (type != null) {
                    ctx.add(n, Vocab.tdo("orgType"), Vocab.concept("org-type", type));
                }
                ctx.add(n, Vocab.uri(Vocab.ORG + "subOrganizationOf"), parent);
                ctx.add(n, Vocab.schema("location"), place);
            }
        }
        for (Y item : top.maps("places")) {
            place(ctx.fields(item, PLACE));
        }
        ProjectMapper projects = new ProjectMapper(ctx);
        top.maps("projects").forEach(projects::project);
        top.maps("measures").forEach(projects::measure);
        for (Y item : top.maps("aliases")) {
            Fields f = ctx.fields(item, Set.of("id", "alt"));
            Node n = ctx.ref(f, "id", true, "person", "org", "place", "project");
            if (n != null) {
                ctx.alts(n, f);
            }
        }
    }

    private Node entity(Fields f, String kind) {
        String id = f.slug("id", true);
        if (id == null) {
            return null;
        }
        Node n = ctx.mint(kind, id, f.at());
        ctx.labels(n, f);
        return n;
    }

    private void place(Fields f) {
        Node n = entity(f, "place");
        String type = f.choice("type", true, Terms.PLACE_TYPES);
        Node country = ctx.ref(f, "country", false, "place");
        Node within = ctx.ref(f, "within", false, "place");
        BigDecimal lat = f.decimal("lat", false);
        BigDecimal lon = f.decimal("lon", false);
        if (lat != null && lat.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            ctx.problems.add(f.at("lat").problem("BAD_COORDINATE", "latitude " + lat + " is outside -90..90"));
            lat = null;
        }
        if (lon != null && lon.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            ctx.problems.add(f.at("lon").problem("BAD_COORDINATE", "longitude " + lon + " is outside -180..180"));
            lon = null;
        }
        if (type != null && !type.equals("country") && country == null && f.text("country", false) == null) {
            ctx.problems.add(f.at().problem("MISSING_FIELD", "a " + type + " needs 'country'"));
        }
        if (n == null) {
            return;
        }
        ctx.add(n, Vocab.TYPE, Vocab.schema("Place"));
        if (type != null) {
            ctx.add(n, Vocab.TYPE, Terms.placeClass(type));
        }
        ctx.add(n, Vocab.schema("containedInPlace"), within != null ? within : country);
        ctx.add(n, Vocab.tdo("country"), country);
        if (lat != null && lon != null) {
            ctx.add(n, Vocab.uri(Vocab.GEO + "lat"), Ctx.decimal(lat));
            ctx.add(n, Vocab.uri(Vocab.GEO + "long"), Ctx.decimal(lon));
        }
    }
}
