package tw.gov.taichung.kg.scaffold;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tw.gov.taichung.kg.model.PartialDate;

/**
 * How a draft compares with the curated facts of the same report.
 *
 * <p>Delegation: the named members of the curated trip ({@code trips[].members}) against the drafted members,
 * by id when the registry knows the report's people, by name (any registry spelling of the curated person)
 * when the draft had to leave them unlinked.
 *
 * <p>Itinerary: a curated event counts as an itinerary event when one of its quotes lies inside the
 * itinerary region of the text (the itinerary table or the day-by-day programme, fixed per report in the
 * test). A drafted event recovers a curated one when both have the same start and end date and either a quote
 * of the curated event overlaps the drafted item's text, or the curated label and the item's text share a run
 * of at least six characters (the curator quoted the narrative section and labelled the event with the
 * item's words: 參訪物聯網新創公司 Sigfox). A drafted event is confirmed when it so matches any curated event of
 * the trip, and invented when it matches none.
 *
 * <p>Trip table: a curated trip counts when one of its quotes lies inside the table; a drafted trip recovers
 * it when start and end are the same.
 */
final class Measure {
    static final int SHARED = 6;

    private Measure() {
    }

    static Figures membersById(List<String> curated, List<DraftMember> drafted) {
        Set<String> ids = new HashSet<>();
        drafted.forEach(m -> ids.add(m.id()));
        List<String> missed = curated.stream().filter(c -> !ids.contains(c)).toList();
        List<String> invented = drafted.stream().filter(m -> m.id() == null || !curated.contains(m.id()))
                .map(DraftMember::ref).toList();
        return new Figures(curated.size(), curated.size() - missed.size(), drafted.size(),
                drafted.size() - invented.size(), missed, invented);
    }

    static Figures membersByName(List<String> curated, Registry full, List<DraftMember> drafted) {
        List<String> missed = new ArrayList<>();
        Set<DraftMember> used = new HashSet<>();
        for (String id : curated) {
            Set<String> keys = names(full, id);
            DraftMember hit = drafted.stream().filter(m -> keys.contains(Text.key(m.name()))
                    || id.equals(m.id())).findFirst().orElse(null);
            if (hit == null) {
                missed.add(id);
            } else {
                used.add(hit);
            }
        }
        List<String> invented = drafted.stream().filter(m -> !used.contains(m)).map(DraftMember::name).toList();
        return new Figures(curated.size(), curated.size() - missed.size(), drafted.size(),
                drafted.size() - invented.size(), missed, invented);
    }

    private static Set<String> names(Registry full, String personId) {
        Set<String> keys = new HashSet<>();
        Registry.Entity e = full.get("person", personId);
        if (e != null) {
            e.names().forEach(n -> keys.add(Text.key(n)));
        }
        return keys;
    }

    static Figures itinerary(Curated c, List<DraftEvent> drafted, String text, int regionStart, int regionEnd) {
        Set<String> tripIds = new HashSet<>();
        c.trips().forEach(t -> tripIds.add(t.id()));
        List<Curated.Event> ofTrip = c.events().stream().filter(e -> tripIds.contains(e.trip())).toList();
        List<Curated.Event> gold = ofTrip.stream()
                .filter(e -> e.quotes().stream().anyMatch(q -> q.inside(regionStart, regionEnd))).toList();
        List<String> missed = new ArrayList<>();
        for (Curated.Event g : gold) {
            if (drafted.stream().noneMatch(d -> matches(d, g, text))) {
                missed.add(g.id());
            }
        }
        List<String> invented = new ArrayList<>();
        for (DraftEvent d : drafted) {
            if (ofTrip.stream().noneMatch(e -> matches(d, e, text))) {
                invented.add(d.id() + " " + d.zh() + " " + d.date().startText());
            }
        }
        return new Figures(gold.size(), gold.size() - missed.size(), drafted.size(), drafted.size() - invented.size(),
                missed, invented);
    }

    /** Curated events of the trip matched by some drafted event (for the record: how much of the trip it covers). */
    static int covered(Curated c, List<DraftEvent> drafted, String text) {
        Set<String> tripIds = new HashSet<>();
        c.trips().forEach(t -> tripIds.add(t.id()));
        return (int) c.events().stream().filter(e -> tripIds.contains(e.trip()))
                .filter(e -> drafted.stream().anyMatch(d -> matches(d, e, text))).count();
    }

    static boolean matches(DraftEvent d, Curated.Event e, String text) {
        if (!same(d.date().start(), e.start()) || !same(d.date().end(), e.end())) {
            return false;
        }
        if (e.quotes().stream().anyMatch(q -> q.overlaps(d.start(), d.end()))) {
            return true;
        }
        return e.zh() != null && longestShared(Text.key(e.zh()), Text.key(text.substring(d.start(), d.end()))) >= SHARED;
    }

    static Figures tripRows(Curated c, List<DraftTrip> drafted, int regionStart, int regionEnd) {
        List<Curated.Trip> gold = c.trips().stream()
                .filter(t -> t.quotes().stream().anyMatch(q -> q.inside(regionStart, regionEnd))).toList();
        List<String> missed = gold.stream().filter(g -> drafted.stream().noneMatch(d -> same(d, g)))
                .map(Curated.Trip::id).toList();
        List<String> invented = drafted.stream().filter(d -> c.trips().stream().noneMatch(g -> same(d, g)))
                .map(d -> d.id() + " " + d.period().startText()).toList();
        return new Figures(gold.size(), gold.size() - missed.size(), drafted.size(), drafted.size() - invented.size(),
                missed, invented);
    }

    static boolean same(DraftTrip d, Curated.Trip t) {
        return same(d.period().start(), t.start()) && same(d.period().end(), t.end());
    }

    private static boolean same(PartialDate a, PartialDate b) {
        return a.equals(b);
    }

    static int longestShared(String a, String b) {
        int best = 0;
        int[] prev = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }

    /** Sums figures (for the members of many trips). */
    static Figures sum(List<Figures> all) {
        int e = 0;
        int r = 0;
        int d = 0;
        int c = 0;
        List<String> m = new ArrayList<>();
        List<String> inv = new ArrayList<>();
        for (Figures f : all) {
            e += f.expected();
            r += f.recovered();
            d += f.drafted();
            c += f.confirmed();
            m.addAll(f.missed());
            inv.addAll(f.invented());
        }
        return new Figures(e, r, d, c, m, inv);
    }
}
