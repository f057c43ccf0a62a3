package tw.gov.taichung.kg.scaffold;

import java.util.ArrayList;
import java.util.List;
import tw.gov.taichung.kg.scaffold.NameMatcher.Hit;
import tw.gov.taichung.kg.scaffold.Registry.Entity;

/** Places and organisations named in a piece of text, the home side (Taiwan) left out. */
final class Places {
    private final Context ctx;

    Places(Context ctx) {
        this.ctx = ctx;
    }

    /** Foreign places named in the text, in order; a spelling shared by a city and a country gives the city. */
    List<Entity> foreign(String text) {
        List<Entity> out = new ArrayList<>();
        List<Hit> hits = ctx.names.find(text, e -> e.kind().equals("place") && !ctx.registry.inTaiwan(e));
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            Entity best = h.entity();
            while (i + 1 < hits.size() && hits.get(i + 1).start() == h.start()) {
                i++;
                if (rank(hits.get(i).entity()) < rank(best)) {
                    best = hits.get(i).entity();
                }
            }
            if (!out.contains(best)) {
                out.add(best);
            }
        }
        return out;
    }

    /** Foreign organisations named in the text (each spelling shared by two organisations is skipped). */
    List<Entity> orgs(String text) {
        List<Entity> out = new ArrayList<>();
        List<Hit> hits = ctx.names.find(text, e -> e.kind().equals("org") && !ctx.registry.inTaiwan(e));
        for (int i = 0; i < hits.size(); i++) {
            boolean shared = i + 1 < hits.size() && hits.get(i + 1).start() == hits.get(i).start()
                    || i > 0 && hits.get(i - 1).start() == hits.get(i).start();
            if (!shared && !out.contains(hits.get(i).entity())) {
                out.add(hits.get(i).entity());
            }
        }
        return out;
    }

    /** The most specific places of a list: cities if any, else states and counties, else countries. */
    static List<Entity> mostSpecific(List<Entity> places) {
        int best = places.stream().mapToInt(Places::rank).min().orElse(9);
        return places.stream().filter(p -> rank(p) == best).toList();
    }

    static int rank(Entity e) {
        if (e.type() == null) {
            return 1;
        }
        return switch (e.type()) {
            case "city" -> 0;
            case "admin-area" -> 1;
            default -> 2;
        };
    }
}
