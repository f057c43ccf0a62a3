package tw.gov.taichung.kg.query;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Prints rows as a text table, counting East Asian wide characters as two columns so Chinese aligns. */
public final class TablePrinter {
    private TablePrinter() {
    }

    public static void print(List<String> header, List<List<String>> rows, PrintStream out) {
        int[] w = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header.stream().map(TablePrinter::cell).toList());
        for (List<String> r : rows) {
            all.add(r.stream().map(TablePrinter::cell).toList());
        }
        for (List<String> r : all) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(w[i], width(r.get(i)));
            }
        }
        StringBuilder rule = new StringBuilder();
        for (int x : w) {
            rule.append('+').append("-".repeat(x + 2));
        }
        rule.append('+');
        out.println(rule);
        line(all.get(0), w, out);
        out.println(rule);
        for (List<String> r : all.subList(1, all.size())) {
            line(r, w, out);
        }
        out.println(rule);
    }

    /**
     * A cell as printed: control characters (a tab inside a quoted table row, a line break) would break
     * the alignment, so they are shown escaped: backslash-t, backslash-n, backslash-r, and any other as
     * backslash-u and its code.
     */
    public static String cell(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (Character.isISOControl(cp)) {
                        sb.append(String.format("\\u%04x", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }

    private static void line(List<String> cells, int[] w, PrintStream out) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String c = cells.get(i);
            sb.append("| ").append(c).append(" ".repeat(w[i] - width(c) + 1));
        }
        out.println(sb.append('|'));
    }

    /** Display width: 2 for wide and full-width characters, 0 for combining marks, 1 otherwise. */
    public static int width(String s) {
        int n = 0;
        for (int cp : s.codePoints().toArray()) {
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            n += isWide(cp) ? 2 : 1;
        }
        return n;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
