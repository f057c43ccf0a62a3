package tw.gov.taichung.kg.scaffold;

import java.util.Comparator;
import java.util.List;

/**
 * Titles of posts (市長, 局長, 主委 ...), to tell a title from a name in 研考會主委柳嘉峰 or 盧秀燕市長 when the
 * name is not in the registry.
 */
final class Titles {
    static final List<String> ALL = List.of("市長", "副市長", "秘書長", "副秘書長", "主任秘書", "主委", "主任委員", "副主委",
            "局長", "副局長", "處長", "副處長", "主任", "副主任", "科長", "副科長", "股長", "專員", "科員", "委員", "參議",
            "技正", "秘書", "顧問", "發言人", "議長", "副議長", "議員", "董事長", "總經理", "執行長", "代表", "部長", "院長",
            "校長", "館長", "署長", "司長", "組長", "隊長", "主席", "理事長", "會長", "團長", "副團長", "領隊", "研究員",
            "工程司", "視察", "專門委員", "簡任技正", "助理", "辦事員").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private Titles() {
    }

    /** A phrase split into what comes before the name (unit and title), the name, and a title after it. */
    record Split(String before, String name, String after) {
    }

    /**
     * Splits 經發局局長呂曜志 into (經發局局長, 呂曜志, "") and 盧秀燕市長 into ("", 盧秀燕, 市長); null when no title
     * is found or the rest does not look like a name (2 to 4 CJK characters, or Latin words).
     */
    static Split split(String phrase) {
        String p = Text.noSpace(phrase);
        for (String t : ALL) {
            if (p.endsWith(t) && p.length() > t.length()) {
                String name = p.substring(0, p.length() - t.length());
                if (looksLikeName(name)) {
                    return new Split("", name, t);
                }
            }
        }
        int best = -1;
        for (String t : ALL) {
            int at = p.lastIndexOf(t);
            if (at >= 0 && at + t.length() > best) {
                best = at + t.length();
            }
        }
        if (best > 0 && best < p.length() && looksLikeName(p.substring(best))) {
            return new Split(p.substring(0, best), p.substring(best), "");
        }
        return null;
    }

    /** The title at the end of a unit cell such as 臺中市長 or 臺中市副市長, or null. */
    static String trailing(String unit) {
        String u = Text.noSpace(unit);
        for (String t : ALL) {
            if (u.endsWith(t) && u.length() > t.length()) {
                return t;
            }
        }
        return null;
    }

    static boolean looksLikeName(String s) {
        int n = s.codePointCount(0, s.length());
        if (s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return n >= 2 && n <= 4;
        }
        return s.matches("[A-Za-z][A-Za-z.' -]+");
    }
}
