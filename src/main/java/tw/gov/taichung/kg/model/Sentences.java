package tw.gov.taichung.kg.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a report text as coverage counts them: the text split after 。！？ and at line breaks,
 * each trimmed of white space, those of fewer than {@link #MIN_LETTERS} letters left out. Offsets are in code
 * points, as quote selectors count them. Letters and white space follow the curators' interim script
 * (Python's str.isalpha/isdigit and str.isspace), so that both count the same.
 */
public final class Sentences {
    public static final int MIN_LETTERS = 6;
    private static final String ENDS = "。！？";

    private Sentences() {
    }

    /** One sentence: code-point offsets into the text, and its text. */
    public record Sentence(int start, int end, String text) {
    }

    /** The text's sentences, in order. */
    public static List<Sentence> of(String text) {
        return segments(text, MIN_LETTERS);
    }

    /**
     * Every piece of the text between splits, trimmed, that has at least {@code minLetters} letters: with 0, also
     * the short lines coverage leaves out (a heading such as 伍、建議).
     */
    public static List<Sentence> segments(String text, int minLetters) {
        int[] cps = text.codePoints().toArray();
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= cps.length; i++) {
            boolean stop = i == cps.length || cps[i] == '\n';
            boolean closing = i < cps.length && ENDS.indexOf(cps[i]) >= 0;
            if (!stop && !closing) {
                continue;
            }
            int end = closing ? i + 1 : i;
            int s = start;
            int e = end;
            while (s < e && isSpace(cps[s])) {
                s++;
            }
            while (e > s && isSpace(cps[e - 1])) {
                e--;
            }
            if (e > s && letters(cps, s, e) >= minLetters) {
                out.add(new Sentence(s, e, new String(cps, s, e - s)));
            }
            start = i + 1;
        }
        return out;
    }

    /** Letters and digits among the code points [from, to). */
    public static int letters(int[] cps, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(to, cps.length); i++) {
            if (isLetter(cps[i])) {
                n++;
            }
        }
        return n;
    }

    public static int letters(String s) {
        int[] cps = s.codePoints().toArray();
        return letters(cps, 0, cps.length);
    }

    /** A letter or a digit: Unicode letters, decimal digits, and digits such as ² (Python's isdigit). */
    public static boolean isLetter(int cp) {
        if (Character.isLetter(cp) || Character.isDigit(cp)) {
            return true;
        }
        int v = Character.getNumericValue(cp);
        return Character.getType(cp) == Character.OTHER_NUMBER && v >= 0 && v <= 9;
    }

    /** White space as Python's str.isspace sees it (including no-break and ideographic spaces). */
    public static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** The text trimmed of white space at both ends, in that sense. */
    public static String trim(String s) {
        int[] cps = s.codePoints().toArray();
        int a = 0;
        int b = cps.length;
        while (a < b && isSpace(cps[a])) {
            a++;
        }
        while (b > a && isSpace(cps[b - 1])) {
            b--;
        }
        return new String(cps, a, b - a);
    }

    /** True when a quote stands for the whole sentence: equal to it, trimmed, with or without its 。！？. */
    public static boolean isWhole(String quote, String sentence) {
        String q = trim(quote);
        String s = trim(sentence);
        if (q.equals(s)) {
            return true;
        }
        int cut = s.length();
        while (cut > 0 && ENDS.indexOf(s.charAt(cut - 1)) >= 0) {
            cut--;
        }
        return q.equals(s.substring(0, cut));
    }
}
