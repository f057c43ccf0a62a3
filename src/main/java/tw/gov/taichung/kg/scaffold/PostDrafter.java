package tw.gov.taichung.kg.scaffold;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tw.gov.taichung.kg.scaffold.Registry.Entity;
import tw.gov.taichung.kg.scaffold.Registry.KnownPost;

/**
 * Drafts the post a delegation member held, from the unit and title cells of the delegation table: the unit is
 * linked to an organisation (臺中市 → 臺中市政府, 秘書處 by its alias), the English title is the one curated for
 * the same Chinese title elsewhere.
 */
final class PostDrafter {
    private final Context ctx;

    PostDrafter(Context ctx) {
        this.ctx = ctx;
    }

    List<DraftPost> post(DraftMember m, DelegationTable.Row row) {
        if (m.title() == null || m.title().isEmpty() || m.unit() == null) {
            return List.of();
        }
        String org = org(m.unit());
        if (org == null) {
            ctx.flag("UNMATCHED_ORG", row.line().start(), "unit '" + m.unit() + "' is not an organisation of the "
                    + "registry: link it or add it, then replace TODO-" + Text.noSpace(m.unit()));
            org = "TODO-" + Text.noSpace(m.unit());
        }
        String en = englishTitle(m.title());
        if (en == null) {
            ctx.flag("ROLE_EN", row.line().start(), "no English title known for '" + m.title() + "': fill role.en");
        }
        Segment line = new Segment(row.line().start(), row.line().end(), row.line().text()).trim();
        return List.of(new DraftPost(m.ref(), org, m.title(), en, ctx.quoter.quote(line)));
    }

    private String org(String unit) {
        for (String candidate : List.of(unit, unit + "政府", unit + "市政府", "臺中市政府" + unit)) {
            Entity e = ctx.names.unique(candidate, "org");
            if (e != null) {
                return e.id();
            }
        }
        return null;
    }

    /** The English title most often curated for this Chinese title, or null. */
    private String englishTitle(String zh) {
        Map<String, Integer> counts = new HashMap<>();
        for (KnownPost p : ctx.registry.posts()) {
            if (zh.equals(p.roleZh()) && p.roleEn() != null) {
                counts.merge(p.roleEn(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
