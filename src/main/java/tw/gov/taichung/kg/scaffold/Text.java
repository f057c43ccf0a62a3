package tw.gov.taichung.kg.scaffold;

import java.text.Normalizer;
import java.util.Arrays;

/** Small text helpers: matching keys, CJK tests and whitespace handling that keeps offsets honest. */
final class Text {
    private Text() {
    }

    /**
     * A matching key: NFKC (full-width digits and letters to ASCII), no whitespace, lower case, 台 as 臺.
     * Two spellings that differ only in these respects have the same key.
     */
    static String key(String s) {
        return keyed(s).key();
    }

    /** A key together with, for each of its chars, the index of the char of the input it came from. */
    record Keyed(String key, int[] origin) {
        Keyed {
            origin = origin.clone();
        }

        /** The input index where key position {@code i} starts ({@code i == key.length()} gives the end). */
        int start(int i, int inputLength) {
            return i < origin.length ? origin[i] : inputLength;
        }

        /** The input index just after key position {@code i - 1}. */
        int end(int i) {
            return origin[i - 1] + 1;
        }
    }

    static Keyed keyed(String s) {
        StringBuilder sb = new StringBuilder();
        int[] origin = new int[s.length() * 3 + 1];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000') {
                continue;
            }
            String norm = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).toLowerCase();
            if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                norm = String.valueOf(new char[] {c, s.charAt(i + 1)});
            }
            for (int k = 0; k < norm.length(); k++) {
                char d = norm.charAt(k);
                if (Character.isWhitespace(d)) {
                    continue;
                }
                sb.append(d == '台' ? '臺' : d);
                origin[n++] = i;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return new Keyed(sb.toString(), Arrays.copyOf(origin, n));
    }

    static boolean isCjk(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || c >= 0x3000 && c <= 0x303f || c >= 0xff00 && c <= 0xffef;
    }

    static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000';
    }

    /** Removes all whitespace (for names: 呂建 德 is 呂建德). */
    static String noSpace(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    /**
     * Joins pieces of one phrase broken over lines or cells: no space between two CJK characters, one
     * space otherwise; runs of whitespace inside a piece become one space.
     */
    static String join(Iterable<String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (String p : pieces) {
            String t = collapse(p);
            if (t.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                int last = sb.codePointBefore(sb.length());
                int first = t.codePointAt(0);
                if (!(isCjk(last) || isCjk(first))) {
                    sb.append(' ');
                }
            }
            sb.append(t);
        }
        return sb.toString();
    }

    /** Trims and turns every run of whitespace into one space. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Removes HTML-like tags ({@code <u>}, {@code <p>}, {@code <ol style=...>}) left by the conversion. */
    static String stripTags(String s) {
        return s.replaceAll("</?[A-Za-z][^<>]*>", "");
    }

    /** Chinese numerals up to 99 (一, 十, 十三, 二十一) or digits, as an int; -1 when not a number. */
    static int number(String s) {
        String t = Normalizer.normalize(noSpace(s), Normalizer.Form.NFKC);
        if (t.matches("\\d{1,4}")) {
            return Integer.parseInt(t);
        }
        String digits = "零一二三四五六七八九";
        if (t.isEmpty() || !t.matches("[零一二三四五六七八九十兩]+")) {
            return -1;
        }
        t = t.replace('兩', '二');
        int ten = t.indexOf('十');
        if (ten < 0) {
            return t.length() == 1 ? digits.indexOf(t.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(t.charAt(0));
        int ones = ten == t.length() - 1 ? 0 : digits.indexOf(t.charAt(ten + 1));
        return ten > 1 || t.length() > ten + 2 ? -1 : tens * 10 + ones;
    }
}
