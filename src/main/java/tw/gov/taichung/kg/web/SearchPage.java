package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import java.util.List;
import tw.gov.taichung.kg.model.Vocab;
import tw.gov.taichung.kg.search.Hits;
import tw.gov.taichung.kg.search.Searcher;

/**
 * {@code /search?q=…} as a page: entities first (kind, zh-Hant and English label, the label or alias that
 * matched, how many statements it takes part in, linked to its page), then report passages (the sentence with
 * the match marked, its report, a link to the passage in the report's text, and the facts whose quotes lie in
 * it). Every value is escaped.
 */
final class SearchPage {
    private SearchPage() {
    }

    static String render(Hits.Answer a, String kind, Links links) {
        String up = links.up();
        StringBuilder body = new StringBuilder("<h1>搜尋 <small lang=\"en\">Search</small></h1>\n").append(form(a, kind));
        if (a.error() != null) {
            body.append("<p class=\"error\" lang=\"en\">").append(esc(a.error())).append("</p>\n");
        } else if (!a.query().isBlank()) {
            body.append(entities(a.entities(), links)).append(passages(a.passages(), links));
        }
        return Html.page(a.query().isBlank() ? "搜尋 Search" : "搜尋：" + a.query(), up, body.toString());
    }

    private static String form(Hits.Answer a, String kind) {
        StringBuilder sb = new StringBuilder("<form class=\"search-page\" action=\"search\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" maxlength=\"" + Searcher.MAX_QUERY + "\" value=\"")
                .append(esc(a.query())).append("\" aria-label=\"搜尋 Search\"> <select name=\"kind\" aria-label=\"類別 Kind\">"
                + "<option value=\"\">全部 All</option>");
        for (String k : Searcher.kinds()) {
            sb.append("<option value=\"").append(k).append('"').append(k.equals(kind) ? " selected" : "").append('>')
                    .append(esc(KindNames.zh(k) + " " + KindNames.en(k))).append("</option>");
        }
        return sb.append("</select> <button type=\"submit\">搜尋 Search</button></form>\n").toString();
    }

    private static String entities(List<Hits.EntityHit> hits, Links links) {
        StringBuilder sb = new StringBuilder("<section><h2>實體 <small lang=\"en\">Entities</small> (")
                .append(hits.size()).append(")</h2>\n");
        if (hits.isEmpty()) {
            return sb.append("<p>沒有符合的實體 <small lang=\"en\">No entity matches</small></p></section>\n").toString();
        }
        sb.append("<table class=\"results entities\"><thead><tr><th>類別 <small lang=\"en\">Kind</small></th><th>中文</th>"
                + "<th>English</th><th>符合 <small lang=\"en\">Matched</small></th><th>陳述 <small lang=\"en\">Facts</small>"
                + "</th></tr></thead><tbody>\n");
        for (Hits.EntityHit e : hits) {
            String href = links.href(Vocab.uri(e.iri()));
            String name = e.zh() != null ? e.zh() : e.en() != null ? e.en() : e.iri();
            sb.append("<tr><td>").append(esc(KindNames.zh(e.kind()))).append(" <small lang=\"en\">")
                    .append(esc(KindNames.one(e.kind()))).append("</small></td><td lang=\"zh-Hant\">")
                    .append(Links.a(href, name)).append("</td><td lang=\"en\">")
                    .append(e.en() == null ? "" : Links.a(href, e.en())).append("</td><td>").append(esc(e.matched()))
                    .append("</td><td class=\"num\">").append(e.facts()).append("</td></tr>\n");
        }
        return sb.append("</tbody></table></section>\n").toString();
    }

    private static String passages(List<Hits.PassageHit> hits, Links links) {
        StringBuilder sb = new StringBuilder("<section><h2>報告段落 <small lang=\"en\">Report passages</small> (")
                .append(hits.size()).append(")</h2>\n");
        if (hits.isEmpty()) {
            return sb.append("<p>沒有符合的段落 <small lang=\"en\">No passage matches</small></p></section>\n").toString();
        }
        sb.append("<ol class=\"passages\">\n");
        for (Hits.PassageHit p : hits) {
            sb.append("<li><blockquote lang=\"zh-Hant\">").append(marked(p.sentence(), p.marks()))
                    .append("</blockquote>\n<p class=\"cite\">出處 <span lang=\"en\">Source</span>: ")
                    .append(Links.a(links.href(Vocab.uri(p.report())), p.reportLabel())).append(", ")
                    .append(Links.a(links.site("texts/" + p.stem() + "?start=" + p.start() + "&end=" + p.end() + "#passage"),
                            "characters " + p.start() + "–" + p.end() + " of the text"))
                    .append("</p>\n");
            if (!p.facts().isEmpty()) {
                sb.append("<p class=\"facts\">事實 <span lang=\"en\">Facts</span>: ");
                for (int i = 0; i < p.facts().size(); i++) {
                    Hits.Fact f = p.facts().get(i);
                    sb.append(i == 0 ? "" : "、").append(Links.a(links.href(Vocab.uri(f.iri())), f.label()));
                }
                sb.append("</p>\n");
            }
            sb.append("</li>\n");
        }
        return sb.append("</ol></section>\n").toString();
    }

    /** The text with each {@code [from, to]} range in {@code <mark>}, all escaped. */
    static String marked(String text, List<int[]> marks) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int[] m : marks) {
            if (m[0] < at || m[1] > text.length()) {
                continue;
            }
            sb.append(esc(text.substring(at, m[0]))).append("<mark>").append(esc(text.substring(m[0], m[1])))
                    .append("</mark>");
            at = m[1];
        }
        return sb.append(esc(text.substring(at))).toString();
    }
}
