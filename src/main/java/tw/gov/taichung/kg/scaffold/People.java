package tw.gov.taichung.kg.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.gov.taichung.kg.scaffold.Registry.Entity;

/**
 * Reads people from table cells: a name (姓名 column), or a title and a name run together (研考會主委柳 嘉峰,
 * 盧秀燕市長), or a list of them (市長林佳龍、副市長張光瑤等九人). Known people are linked by any of their names;
 * unknown ones keep their name as written and are flagged.
 */
final class People {
    private static final Pattern SIZE = Pattern.compile("等?\\s*([0-9０-９]{1,3}|[一二三四五六七八九十兩]{1,3})\\s*(?:人|位)\\s*$");
    private final Context ctx;

    People(Context ctx) {
        this.ctx = ctx;
    }

    /** The delegation size a phrase states (林佳龍市長等 11 人 → 11), or null. */
    static Integer statedSize(String cell) {
        Matcher m = SIZE.matcher(Text.collapse(cell));
        if (!m.find()) {
            return null;
        }
        int n = Text.number(m.group(1));
        return n > 0 ? n : null;
    }

    /** A list of members and the delegation size it states (等七人), or null. */
    record Listed(List<DraftMember> members, Integer size) {
    }

    /** Reads a list such as 市長林佳龍、研考會主委柳 嘉峰 等七人; {@code at} is where it is in the text, for flags. */
    Listed list(String cell, int at) {
        String s = Text.collapse(cell);
        Integer size = null;
        Matcher m = SIZE.matcher(s);
        if (m.find()) {
            int n = Text.number(m.group(1));
            size = n > 0 ? n : null;
            s = s.substring(0, m.start());
        }
        s = s.replaceFirst("\\s*等\\s*$", "");
        List<DraftMember> out = new ArrayList<>();
        for (String part : s.split("[、，,；;]")) {
            if (Text.noSpace(part).isEmpty()) {
                continue;
            }
            DraftMember d = member(part, null, null, at);
            if (d != null) {
                out.add(d);
            }
        }
        return new Listed(out, size);
    }

    /** A person from a phrase; unit and title are kept when the table gives them in their own cells. */
    DraftMember member(String phrase, String unit, String title, int at) {
        String p = Text.noSpace(phrase);
        Entity e = ctx.names.unique(p, "person");
        if (e != null) {
            return new DraftMember(p, title, unit, e.id());
        }
        for (int i = 1; i < p.length() - 1; i++) {
            Entity s = ctx.names.unique(p.substring(i), "person");
            if (s != null) {
                return new DraftMember(p.substring(i), title != null ? title : p.substring(0, i), unit, s.id());
            }
        }
        for (int j = p.length() - 1; j >= 2; j--) {
            Entity s = ctx.names.unique(p.substring(0, j), "person");
            if (s != null && Titles.ALL.contains(p.substring(j))) {
                return new DraftMember(p.substring(0, j), p.substring(j), unit, s.id());
            }
        }
        String name = p;
        String t = title;
        if (title == null && !Titles.looksLikeName(p)) {
            Titles.Split sp = Titles.split(p);
            if (sp == null) {
                ctx.flag("UNMATCHED_PERSON", at, "could not tell a name in '" + p + "'; add the member by hand");
                return null;
            }
            name = sp.name();
            t = sp.before().isEmpty() ? sp.after() : sp.before();
        }
        ctx.flag("UNMATCHED_PERSON", at, "'" + name + "' is not in the registry: link it to an existing id "
                + "(add the spelling to its alt) or add a person to data/registry/, then replace TODO-" + name);
        return new DraftMember(name, t, unit, null);
    }
}
