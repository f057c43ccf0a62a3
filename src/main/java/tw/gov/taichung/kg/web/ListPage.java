package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;

/**
 * {@code /id/{kind}/}: every entity of a kind, {@value #PAGE} a page ({@code page=N}), sorted by name, English
 * name, number of statements or date ({@code sort=}), with facets that filter it ({@code {facet}={value}}), each
 * value with the number of entities of the filtered list that have it.
 */
final class ListPage {
    static final int PAGE = 50;
    private static final int VALUES = 30;

    private ListPage() {
    }

    static String render(Listing list, HttpServletRequest req, View v) {
        Map<String, String> filters = new TreeMap<>();
        for (Facets.Facet f : Facets.of(list.kind())) {
            String val = req.getParameter(f.key());
            if (val != null && !val.isEmpty()) {
                filters.put(f.key(), val);
            }
        }
        String asked = req.getParameter("sort");
        String sort = asked != null && Listing.SORTS.contains(asked) ? asked : "name";
        List<Listing.Row> rows = new ArrayList<>(list.filter(filters));
        rows.sort(Listing.order(sort));
        int pages = Math.max(1, (rows.size() + PAGE - 1) / PAGE);
        int page = Math.min(pages, Math.max(1, number(req.getParameter("page"))));
        String kind = list.kind();
        StringBuilder sb = new StringBuilder("<h1>").append(KindNames.bi(kind)).append(" <small>(")
                .append(rows.size()).append(rows.size() == list.rows().size() ? "" : " / " + list.rows().size())
                .append(")</small></h1>\n").append(sorts(filters, sort)).append(facets(list, rows, filters, sort, v))
                .append(table(rows.subList((page - 1) * PAGE, Math.min(rows.size(), page * PAGE)), kind, v))
                .append(pager(filters, sort, page, pages));
        return Html.page(KindNames.zh(kind) + " " + KindNames.en(kind), v.links().up(), sb.toString());
    }

    private static int number(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String query(Map<String, String> filters, String sort, int page) {
        Map<String, String> all = new LinkedHashMap<>(filters);
        if (!sort.equals("name")) {
            all.put("sort", sort);
        }
        if (page > 1) {
            all.put("page", Integer.toString(page));
        }
        StringBuilder sb = new StringBuilder("?");
        all.forEach((k, val) -> sb.append(sb.length() > 1 ? "&" : "").append(k).append('=')
                .append(URLEncoder.encode(val, StandardCharsets.UTF_8)));
        return sb.length() == 1 ? "./" : sb.toString();
    }

    private static String sorts(Map<String, String> filters, String sort) {
        StringBuilder sb = new StringBuilder("<p class=\"sorts\">排序 <small lang=\"en\">Sort by</small>: ");
        String[][] names = {{"name", "名稱 name"}, {"en", "English name"}, {"facts", "陳述數 statements"}, {"date", "日期 date"}};
        for (String[] n : names) {
            sb.append(n[0].equals(sort) ? "<strong>" + esc(n[1]) + "</strong>" : Links.a(query(filters, n[0], 1), n[1]))
                    .append(' ');
        }
        return sb.append("</p>\n").toString();
    }

    private static String facets(Listing list, List<Listing.Row> rows, Map<String, String> filters, String sort, View v) {
        StringBuilder sb = new StringBuilder("<div class=\"facets\">\n");
        for (Facets.Facet f : Facets.of(list.kind())) {
            Map<String, Node> nodes = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            for (Listing.Row r : rows) {
                for (Node val : r.values().getOrDefault(f.key(), List.of())) {
                    nodes.put(Listing.key(val), val);
                    counts.merge(Listing.key(val), 1, Integer::sum);
                }
            }
            sb.append("<section class=\"facet\" id=\"facet-").append(esc(f.key())).append("\"><h3>").append(esc(f.zh()))
                    .append(" <small lang=\"en\">").append(esc(f.en())).append("</small></h3><ul>\n");
            List<String> keys = new ArrayList<>(counts.keySet());
            keys.sort(Comparator.comparing((String k) -> -counts.get(k)).thenComparing(k -> k));
            for (String k : keys.subList(0, Math.min(VALUES, keys.size()))) {
                boolean on = k.equals(filters.get(f.key()));
                Map<String, String> next = new TreeMap<>(filters);
                if (on) {
                    next.remove(f.key());
                } else {
                    next.put(f.key(), k);
                }
                sb.append("<li><a").append(on ? " class=\"on\"" : "").append(" href=\"").append(esc(query(next, sort, 1)))
                        .append("\">").append(esc(name(nodes.get(k), v))).append("</a> <span class=\"count\">")
                        .append(counts.get(k)).append("</span>").append(on ? " ×" : "").append("</li>\n");
            }
            if (keys.size() > VALUES) {
                sb.append("<li><small>… ").append(keys.size() - VALUES).append(" more</small></li>\n");
            }
            sb.append("</ul></section>\n");
        }
        return sb.append("</div>\n").toString();
    }

    private static String name(Node val, View v) {
        if (val.isURI()) {
            String label = v.kg().shortLabel(val);
            return label == null ? v.links().shortName(val) : label;
        }
        return val.isLiteral() ? val.getLiteralLexicalForm() : val.toString();
    }

    private static String table(List<Listing.Row> rows, String kind, View v) {
        boolean dated = Facets.datePattern(kind) != null;
        StringBuilder sb = new StringBuilder("<table class=\"list\"><thead><tr><th>中文</th><th>English</th>")
                .append(dated ? "<th>日期 <small lang=\"en\">Date</small></th>" : "")
                .append("<th>陳述 <small lang=\"en\">Statements</small></th></tr></thead><tbody>\n");
        for (Listing.Row r : rows) {
            String href = v.links().href(r.entity());
            String zh = r.zh() != null ? r.zh() : v.links().shortName(r.entity());
            sb.append("<tr><td lang=\"zh-Hant\">").append(Links.a(href, zh)).append("</td><td lang=\"en\">")
                    .append(r.en() == null ? "" : Links.a(href, r.en())).append("</td>")
                    .append(dated ? "<td>" + esc(r.date() == null ? "" : r.date()) + "</td>" : "")
                    .append("<td class=\"num\">").append(r.facts()).append("</td></tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    private static String pager(Map<String, String> filters, String sort, int page, int pages) {
        if (pages == 1) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<nav class=\"pages\">頁 <small lang=\"en\">Page</small>: ");
        for (int p = 1; p <= pages; p++) {
            sb.append(p == page ? "<span>" + p + "</span>" : Links.a(query(filters, sort, p), Integer.toString(p)));
        }
        return sb.append("</nav>\n").toString();
    }
}
