package tw.gov.taichung.kg.search;

import java.util.List;
import tw.gov.taichung.kg.model.Iris;

/**
 * Answers as JSON for programs ({@code /search?q=…&format=json}, {@code /search/suggest?q=…},
 * {@code tdkg search --format json}). Each entity, report and fact carries {@code href}, its path on the site
 * (relative to the root), beside its IRI. Offsets: {@code start}/{@code end} in code points of the report
 * text (as quote selectors count); {@code marks} in UTF-16 units of {@code sentence}.
 */
public final class SearchJson {
    private final Iris iris;

    public SearchJson(Iris iris) {
        this.iris = iris;
    }

    /** The whole answer: query, entities, passages (and error, when refused). */
    public String answer(Hits.Answer a) {
        StringBuilder sb = new StringBuilder("{\"query\":").append(str(a.query()));
        if (a.error() != null) {
            sb.append(",\"error\":").append(str(a.error()));
        }
        sb.append(",\"entities\":[");
        join(sb, a.entities().stream().map(this::entity).toList());
        sb.append("],\"passages\":[");
        join(sb, a.passages().stream().map(this::passage).toList());
        return sb.append("]}\n").toString();
    }

    /** Suggestions: the entities only, as {@code {"query":…,"suggestions":[…]}}. */
    public String suggestions(Hits.Answer a) {
        StringBuilder sb = new StringBuilder("{\"query\":").append(str(a.query()));
        if (a.error() != null) {
            sb.append(",\"error\":").append(str(a.error()));
        }
        sb.append(",\"suggestions\":[");
        join(sb, a.entities().stream().map(this::entity).toList());
        return sb.append("]}\n").toString();
    }

    private String entity(Hits.EntityHit e) {
        return "{\"iri\":" + str(e.iri()) + ",\"href\":" + str(href(e.iri())) + ",\"kind\":" + str(e.kind())
                + ",\"zh\":" + str(e.zh()) + ",\"en\":" + str(e.en()) + ",\"matched\":" + str(e.matched())
                + ",\"facts\":" + e.facts() + "}";
    }

    private String passage(Hits.PassageHit p) {
        StringBuilder sb = new StringBuilder("{\"report\":").append(str(p.report())).append(",\"reportLabel\":")
                .append(str(p.reportLabel())).append(",\"file\":").append(str(p.file())).append(",\"href\":")
                .append(str("texts/" + p.stem() + "?start=" + p.start() + "&end=" + p.end() + "#passage"))
                .append(",\"start\":").append(p.start()).append(",\"end\":").append(p.end()).append(",\"sentence\":")
                .append(str(p.sentence())).append(",\"marks\":[");
        join(sb, p.marks().stream().map(m -> "[" + m[0] + "," + m[1] + "]").toList());
        sb.append("],\"facts\":[");
        join(sb, p.facts().stream().map(f -> "{\"iri\":" + str(f.iri()) + ",\"href\":" + str(href(f.iri()))
                + ",\"kind\":" + str(f.kind()) + ",\"label\":" + str(f.label()) + "}").toList());
        return sb.append("]}").toString();
    }

    /** The site path of one of our IRIs (no leading slash), or the IRI itself. */
    String href(String iri) {
        return iri.startsWith(iris.base()) ? iri.substring(iris.base().length()) : iri;
    }

    private static void join(StringBuilder sb, List<String> items) {
        sb.append(String.join(",", items));
    }

    /** A JSON string, or {@code null}; {@code <}, {@code >}, {@code &} escaped too. */
    public static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
