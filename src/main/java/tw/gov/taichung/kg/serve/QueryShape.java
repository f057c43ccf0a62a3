package tw.gov.taichung.kg.serve;

import java.util.Locale;

/**
 * A bound on the shape of a SPARQL request, checked on its text before it is parsed: brackets nested at most
 * {@value #MAX_DEPTH} deep and at most {@value #MAX_CLAUSES} UNION, OPTIONAL and MINUS clauses. ARQ's parser,
 * algebra and evaluator recurse on these, so a query far past them (3,100 chained UNIONs, 10,000 nested
 * brackets) would otherwise end in a stack overflow; such a query is refused with a 400 and a sentence.
 * Strings and comments are skipped, so brackets or keywords inside them do not count.
 */
final class QueryShape {
    static final int MAX_DEPTH = 64;
    static final int MAX_CLAUSES = 512;

    private QueryShape() {
    }

    /** Null when the text is within the bounds; otherwise the sentence that refuses it. */
    static String refuse(String text) {
        int depth = 0;
        int deepest = 0;
        int clauses = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                i = endOfString(text, i);
            } else if (c == '{' || c == '(' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int j = i;
                while (j < n && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                String word = text.substring(i, j).toUpperCase(Locale.ROOT);
                if (word.equals("UNION") || word.equals("OPTIONAL") || word.equals("MINUS")) {
                    clauses++;
                }
                i = j - 1;
            }
        }
        if (deepest > MAX_DEPTH) {
            return "the request nests brackets " + deepest + " deep; at most " + MAX_DEPTH + " are accepted";
        }
        if (clauses > MAX_CLAUSES) {
            return "the request has " + clauses + " UNION, OPTIONAL and MINUS clauses; at most " + MAX_CLAUSES
                    + " are accepted";
        }
        return null;
    }

    /** The index of the last character of the string literal that starts at {@code i}. */
    private static int endOfString(String text, int i) {
        char q = text.charAt(i);
        boolean triple = text.startsWith(String.valueOf(q).repeat(3), i);
        int j = i + (triple ? 3 : 1);
        while (j < text.length()) {
            char c = text.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (triple ? text.startsWith(String.valueOf(q).repeat(3), j) : c == q) {
                return j + (triple ? 2 : 0);
            }
            if (!triple && c == '\n') {
                return j;
            }
            j++;
        }
        return text.length() - 1;
    }
}
