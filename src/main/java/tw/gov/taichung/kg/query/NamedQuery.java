package tw.gov.taichung.kg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL query from {@code queries/NAME.rq} with its header: {@code # title: zh | en},
 * {@code # description: ...} and {@code # param: name = default} lines. Parameters are written
 * {@code $name} in the query and are replaced by string literals, so the rendered text can be sent
 * to any SPARQL endpoint.
 */
public record NamedQuery(String name, String titleZh, String titleEn, String description,
                         Map<String, String> params, String text) {
    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description|param):\\s*(.*)$");

    public NamedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Parses a query file's text. */
    public static NamedQuery parse(String name, String text) {
        String zh = name;
        String en = name;
        StringBuilder desc = new StringBuilder();
        Map<String, String> params = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = HEADER.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String v = m.group(2).strip();
            switch (m.group(1)) {
                case "title" -> {
                    String[] parts = v.split("\\|", 2);
                    zh = parts[0].strip();
                    en = parts.length > 1 ? parts[1].strip() : zh;
                }
                case "description" -> desc.append(desc.length() > 0 ? " " : "").append(v);
                default -> {
                    String[] kv = v.split("=", 2);
                    params.put(kv[0].strip(), kv.length > 1 ? kv[1].strip() : "");
                }
            }
        }
        return new NamedQuery(name, zh, en, desc.toString(), params, text);
    }

    /** The query text with each {@code $param} replaced by the given value or its default. */
    public String render(Map<String, String> values) {
        for (String k : values.keySet()) {
            if (!params.containsKey(k)) {
                throw new IllegalArgumentException("query '" + name + "' has no parameter '" + k + "'; "
                        + (params.isEmpty() ? "it takes no parameters" : "its parameters are " + describeParams()));
            }
        }
        String out = text;
        for (var p : params.entrySet()) {
            String v = values.getOrDefault(p.getKey(), p.getValue());
            out = PARAM_REF.matcher(out).replaceAll(m -> m.group(1).equals(p.getKey())
                    ? Matcher.quoteReplacement(literal(v)) : Matcher.quoteReplacement(m.group()));
        }
        return out;
    }

    private static final Pattern PARAM_REF = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    /** A SPARQL string literal for a parameter value. */
    static String literal(String v) {
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + "\"";
    }

    /** The names written {@code $name} in the query body (header comment lines are not part of the body). */
    public java.util.Set<String> references() {
        java.util.Set<String> refs = new java.util.TreeSet<>();
        for (String line : text.split("\n")) {
            if (HEADER.matcher(line.strip()).matches()) {
                continue;
            }
            Matcher m = PARAM_REF.matcher(line);
            while (m.find()) {
                refs.add(m.group(1));
            }
        }
        return refs;
    }

    /** The parameters with their defaults, e.g. {@code trip = 2016-07-singapore-wcs, day = 2016-07-10}. */
    public String describeParams() {
        StringBuilder sb = new StringBuilder();
        for (var p : params.entrySet()) {
            sb.append(sb.length() > 0 ? ", " : "").append(p.getKey()).append(" = ")
                    .append(p.getValue().isEmpty() ? "(empty)" : p.getValue());
        }
        return sb.toString();
    }
}
