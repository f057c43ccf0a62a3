package tw.gov.taichung.kg.scaffold;

import java.util.regex.Pattern;

/** YAML scalars as the draft writes them: plain when that is safe, else double-quoted with escapes. */
final class YamlText {
    private static final Pattern PLAIN = Pattern.compile("[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`][^\\t\\n\\r\"#\\\\]*");
    private static final Pattern RESERVED = Pattern.compile("(?i)(true|false|yes|no|on|off|null|~|y|n)");

    private YamlText() {
    }

    /** A scalar in block context (a mapping value, a block list item). */
    static String scalar(String s) {
        return plain(s) ? s : quoted(s);
    }

    /** A scalar inside a flow collection ({@code [a, b]}, {@code {zh: x}}), where commas and brackets end it. */
    static String flowScalar(String s) {
        return plain(s) && !s.matches(".*[,\\[\\]{}].*") ? s : quoted(s);
    }

    private static boolean plain(String s) {
        return PLAIN.matcher(s).matches() && !s.contains(": ") && !s.endsWith(":") && !s.endsWith(" ")
                && !RESERVED.matcher(s).matches();
    }

    private static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A comment's text on one line (line breaks would end the comment). */
    static String comment(String s) {
        return s.replace("\r", " ").replace("\n", " ").replace("\t", " ");
    }
}
