package tw.gov.taichung.kg.scaffold;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import tw.gov.taichung.kg.load.SourceBundle;

/**
 * What the project already knows, for linking a draft to it: the people, organisations and places of
 * {@code registry/*.yaml} with all their names (zh, en, alt, and alt added under {@code aliases:}), the trips
 * of the curated report files (so that a trip told by two reports keeps one id), and the posts they record
 * (so that a role's English name and the city's mayors are known). Files that do not parse are skipped:
 * the scaffold only suggests, {@code tdkg validate} judges.
 */
public final class Registry {
    /** An entity of the registry: kind is person, org or place; names are every spelling known. */
    public record Entity(String kind, String id, String zh, List<String> names, String type, String country,
            String place, String parent) {
        public Entity {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            names = List.copyOf(names);
        }
    }

    /** A trip of a curated report file (dates as written there). */
    public record KnownTrip(String id, String start, String end, String file) {
        public KnownTrip {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(file, "file");
        }
    }

    /** A post recorded in a curated report file (any field may be missing in a file being curated). */
    public record KnownPost(String person, String org, String roleZh, String roleEn, String file) {
        public KnownPost {
            Objects.requireNonNull(file, "file");
        }
    }

    private final Map<String, Entity> entities;
    private final List<KnownTrip> trips;
    private final List<KnownPost> posts;

    private Registry(Map<String, Entity> entities, List<KnownTrip> trips, List<KnownPost> posts) {
        this.entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        this.trips = List.copyOf(trips);
        this.posts = List.copyOf(posts);
    }

    public static Registry empty() {
        return new Registry(Map.of(), List.of(), List.of());
    }

    /** Reads {@code registry/*.yaml} and the trips and posts of {@code reports/*.yaml} from a bundle. */
    public static Registry from(SourceBundle bundle) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        List<KnownTrip> trips = new ArrayList<>();
        List<KnownPost> posts = new ArrayList<>();
        for (var f : bundle.files().entrySet()) {
            if (!f.getKey().endsWith(".yaml")) {
                continue;
            }
            Map<?, ?> root = parse(f.getValue());
            if (root == null) {
                continue;
            }
            if (f.getKey().startsWith("registry/")) {
                readEntities(root, "people", "person", entities);
                readEntities(root, "organizations", "org", entities);
                readEntities(root, "places", "place", entities);
                for (Map<?, ?> a : maps(root.get("aliases"))) {
                    String id = str(a.get("id"));
                    if (id != null) {
                        aliases.computeIfAbsent(id, k -> new ArrayList<>()).addAll(strings(a.get("alt")));
                    }
                }
            } else if (f.getKey().startsWith("reports/")) {
                for (Map<?, ?> t : maps(root.get("trips"))) {
                    if (str(t.get("id")) != null) {
                        trips.add(new KnownTrip(str(t.get("id")), str(t.get("start")), str(t.get("end")), f.getKey()));
                    }
                }
                for (Map<?, ?> p : maps(root.get("posts"))) {
                    Map<?, ?> role = p.get("role") instanceof Map<?, ?> m ? m : Map.of();
                    posts.add(new KnownPost(str(p.get("person")), str(p.get("org")), str(role.get("zh")),
                            str(role.get("en")), f.getKey()));
                }
            }
        }
        for (var a : aliases.entrySet()) {
            for (String kind : List.of("person", "org", "place")) {
                Entity e = entities.get(kind + ":" + a.getKey());
                if (e != null) {
                    List<String> names = new ArrayList<>(e.names());
                    names.addAll(a.getValue());
                    entities.put(kind + ":" + a.getKey(), new Entity(e.kind(), e.id(), e.zh(), names, e.type(),
                            e.country(), e.place(), e.parent()));
                }
            }
        }
        return new Registry(entities, trips, posts);
    }

    public List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    /** The entity of this kind and id, or null. */
    public Entity get(String kind, String id) {
        return entities.get(kind + ":" + id);
    }

    public List<KnownTrip> trips() {
        return trips;
    }

    public List<KnownPost> posts() {
        return posts;
    }

    /** Whether a place (or the place of an organisation) lies in Taiwan: the home side of every trip. */
    public boolean inTaiwan(Entity e) {
        for (int guard = 0; e != null && guard < 8; guard++) {
            if (e.kind().equals("place")) {
                if (e.id().equals("taiwan") || "taiwan".equals(e.country())) {
                    return true;
                }
                return false;
            }
            Entity next = e.place() != null ? get("place", e.place()) : e.parent() != null ? get("org", e.parent()) : null;
            e = next;
        }
        return false;
    }

    private static void readEntities(Map<?, ?> root, String section, String kind, Map<String, Entity> out) {
        for (Map<?, ?> m : maps(root.get(section))) {
            String id = str(m.get("id"));
            if (id == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String k : List.of("zh", "en")) {
                if (str(m.get(k)) != null) {
                    names.add(str(m.get(k)));
                }
            }
            names.addAll(strings(m.get("alt")));
            out.put(kind + ":" + id, new Entity(kind, id, str(m.get("zh")), names, str(m.get("type")),
                    str(m.get("country")), str(m.get("place")), str(m.get("parent"))));
        }
    }

    /** Parses YAML with every scalar as a string (2024-07-22 stays text, as the loader reads it). */
    private static Map<?, ?> parse(String yaml) {
        LoaderOptions opts = new LoaderOptions();
        opts.setMaxAliasesForCollections(20);
        Resolver plain = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                // no implicit types: every scalar is a string
            }
        };
        try {
            Object o = new Yaml(new SafeConstructor(opts), new Representer(new DumperOptions()), new DumperOptions(),
                    opts, plain).load(new StringReader(yaml));
            return o instanceof Map<?, ?> m ? m : null;
        } catch (YAMLException e) {
            return null;
        }
    }

    private static List<Map<?, ?>> maps(Object o) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            for (Object x : l) {
                if (x instanceof Map<?, ?> m) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            for (Object x : l) {
                if (x instanceof String s && !s.isBlank()) {
                    out.add(s);
                }
            }
        } else if (o instanceof String s && !s.isBlank()) {
            out.add(s);
        }
        return out;
    }

    private static String str(Object o) {
        return o instanceof String s && !s.isBlank() ? s.strip() : null;
    }
}
