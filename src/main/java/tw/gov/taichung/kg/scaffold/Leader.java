package tw.gov.taichung.kg.scaffold;

import java.util.LinkedHashSet;
import java.util.Set;
import tw.gov.taichung.kg.scaffold.Registry.Entity;
import tw.gov.taichung.kg.scaffold.Registry.KnownPost;

/**
 * Who led the delegation when there is no delegation table: the cover's 姓名職稱 (林佳龍市長等), or the sentence
 * that says who 率團 (led the delegation). When that sentence names only a title (市長 ... 率團訪問美國), the
 * leader is the one holder of that title at the Taichung City Government (known from curated posts) whose name
 * or alias (盧市長) occurs in the text.
 */
final class Leader {
    private static final String CITY = "taichung-city-government";
    private final Context ctx;
    private final People people;

    Leader(Context ctx, People people) {
        this.ctx = ctx;
        this.people = people;
    }

    /** A leader read from the text, with the piece of text it rests on. */
    record Found(DraftMember member, Segment source) {
    }

    Found find(Cover cover) {
        Cover.Field f = cover.get("姓名職稱");
        if (f != null && !f.value().blank()) {
            People.Listed l = people.list(f.value().text(), f.value().start());
            if (!l.members().isEmpty()) {
                return new Found(l.members().get(0), f.whole());
            }
        }
        int at = ctx.text.indexOf("率團");
        if (at < 0) {
            return null;
        }
        int from = Math.max(ctx.text.lastIndexOf('。', at), ctx.text.lastIndexOf('\n', at)) + 1;
        String before = Text.noSpace(ctx.text.substring(from, at));
        for (String title : Titles.ALL) {
            if (!before.endsWith(title)) {
                continue;
            }
            String lead = before.substring(0, before.length() - title.length());
            for (int len = Math.min(4, lead.length()); len >= 2; len--) {
                Entity e = ctx.names.unique(lead.substring(lead.length() - len), "person");
                if (e != null) {
                    return new Found(new DraftMember(lead.substring(lead.length() - len), title, null, e.id()),
                            new Segment(from, at + 2, ctx.text.substring(from, at + 2)));
                }
            }
            break;
        }
        String sentence = Text.noSpace(before);
        for (String title : Titles.ALL) {
            if (sentence.startsWith(title) || sentence.startsWith("由" + title)) {
                return byTitle(title, from, at);
            }
        }
        return null;
    }

    private Found byTitle(String title, int from, int at) {
        Set<String> holders = new LinkedHashSet<>();
        for (KnownPost p : ctx.registry.posts()) {
            if (title.equals(p.roleZh()) && CITY.equals(p.org()) && p.person() != null) {
                holders.add(p.person());
            }
        }
        Entity found = null;
        for (String id : holders) {
            Entity e = ctx.registry.get("person", id);
            if (e == null) {
                continue;
            }
            boolean named = e.names().stream().anyMatch(n -> Text.hasCjk(n) && ctx.text.contains(n));
            if (named) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        if (found == null) {
            return null;
        }
        ctx.flag("LEADER_GUESS", from, "the text says only '" + title + "' led the delegation; drafted as "
                + found.id() + ", the " + title + " whose name occurs in the text: check");
        return new Found(new DraftMember(found.zh() == null ? found.id() : found.zh(), title, null, found.id()),
                new Segment(from, at + 2, ctx.text.substring(from, at + 2)));
    }
}
