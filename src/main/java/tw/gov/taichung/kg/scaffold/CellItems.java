package tw.gov.taichung.kg.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the content of one itinerary cell into items. Numbered items ({@code 1. ... 2. ...} or
 * {@code (一)...(二)...}) are split at their numbers, which must run 1, 2, 3 ... (so a stray "3." inside a
 * sentence is not a number). A cell without numbers is split where a space is followed by an action verb
 * (參訪, 拜會, 出席 ...) or by the title of one of the report's own headings, as in
 * {@code 參訪物聯網新創公司 Sigfox 參訪土魯斯市政建設}. A cell may come in several pieces (a cell broken by a
 * page break); numbering runs on across the pieces.
 */
final class CellItems {
    static final List<String> VERBS = List.of("參訪", "拜會", "拜訪", "出席", "參加", "參觀", "考察", "搭機", "搭乘", "轉機",
            "接受", "會晤", "舉辦", "簽署", "簽訂", "前往", "抵達", "返抵", "造訪", "訪問", "出發", "轉赴", "會見", "洽談");
    private static final Pattern ARABIC = Pattern.compile("([0-9０-９]{1,2})\\s*[.．](?![0-9０-９])");
    private static final Pattern CHINESE = Pattern.compile("[(（]([一二三四五六七八九十]{1,3})[)）]");

    private final List<String> headingKeys;

    /** @param headings the report's own heading titles (一、參訪物聯網新創公司 Sigfox → 參訪物聯網新創公司 Sigfox) */
    CellItems(List<String> headings) {
        List<String> keys = new ArrayList<>();
        for (String h : headings) {
            String k = Text.key(h);
            if (k.length() >= 4) {
                keys.add(k.substring(0, Math.min(8, k.length())));
            }
        }
        this.headingKeys = keys;
    }

    /** A marker: which piece, where in it (start of the number, end of the marker), and the number. */
    private record Marker(int piece, int start, int end, int number) {
    }

    /** The items of a cell, each as pieces of text (usually one). Blank cells give no item. */
    List<List<Segment>> split(List<Segment> pieces) {
        List<Marker> markers = numbered(pieces, ARABIC);
        if (markers.isEmpty()) {
            markers = numbered(pieces, CHINESE);
        }
        List<List<Segment>> items = new ArrayList<>();
        if (!markers.isEmpty()) {
            for (int m = 0; m < markers.size(); m++) {
                Marker a = markers.get(m);
                Marker b = m + 1 < markers.size() ? markers.get(m + 1) : null;
                List<Segment> item = new ArrayList<>();
                for (int p = a.piece(); p < pieces.size() && (b == null || p <= b.piece()); p++) {
                    Segment s = pieces.get(p);
                    int from = p == a.piece() ? a.start() : 0;
                    int to = b != null && p == b.piece() ? b.start() : s.text().length();
                    Segment part = s.sub(from, to).trim();
                    if (!Text.stripTags(part.text()).isBlank()) {
                        item.add(part);
                    }
                }
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
            return items;
        }
        for (Segment s : pieces) {
            for (Segment part : unnumbered(s)) {
                if (!Text.stripTags(part.text()).isBlank()) {
                    items.add(List.of(part));
                }
            }
        }
        return items;
    }

    private static List<Marker> numbered(List<Segment> pieces, Pattern p) {
        List<Marker> out = new ArrayList<>();
        int expected = 1;
        for (int i = 0; i < pieces.size(); i++) {
            String t = pieces.get(i).text();
            Matcher m = p.matcher(t);
            while (m.find()) {
                if (Text.number(m.group(1)) == expected && atItemStart(t, m.start())) {
                    out.add(new Marker(i, m.start(), m.end(), expected));
                    expected++;
                }
            }
        }
        return out;
    }

    /** A number starts an item at the start of a cell, after a space, a tag or the end of a sentence. */
    private static boolean atItemStart(String t, int at) {
        if (at == 0) {
            return true;
        }
        char c = t.charAt(at - 1);
        return Text.isSpace(c) || c == '>' || c == '。' || c == '；' || c == ';' || c == '-';
    }

    private List<Segment> unnumbered(Segment s) {
        List<Segment> out = new ArrayList<>();
        String t = s.text();
        int from = 0;
        for (int i = 1; i < t.length(); i++) {
            if (!Text.isSpace(t.charAt(i)) || Text.isSpace(t.charAt(i - 1))) {
                continue;
            }
            int next = i;
            while (next < t.length() && Text.isSpace(t.charAt(next))) {
                next++;
            }
            if (next < t.length() && Text.noSpace(t.substring(from, i)).length() >= 2 && startsItem(t.substring(next))) {
                out.add(s.sub(from, i).trim());
                from = next;
            }
        }
        out.add(s.sub(from, t.length()).trim());
        return out;
    }

    private boolean startsItem(String rest) {
        for (String v : VERBS) {
            if (rest.startsWith(v)) {
                return true;
            }
        }
        String k = Text.key(rest);
        for (String h : headingKeys) {
            if (k.startsWith(h)) {
                return true;
            }
        }
        return false;
    }
}
