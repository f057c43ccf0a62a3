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
        params = Map.copyOf(params);
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
                throw new IllegalArgumentException("query '" + name + "' has no parameter '" + k + "'; it has "
                        + params.keySet());
            }
        }
        String out = text;
        for (var p : params.entrySet()) {
            String v = values.getOrDefault(p.getKey(), p.getValue());
            String lit = "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            out = out.replaceAll("\\$" + Pattern.quote(p.getKey()) + "\\b", Matcher.quoteReplacement(lit));
        }
        return out;
    }
}
