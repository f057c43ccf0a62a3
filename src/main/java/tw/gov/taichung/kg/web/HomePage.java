package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Vocab;

/** The home page: what the graph is, how much it holds, the reports it is built from, and the questions. */
final class HomePage {
    /** What is counted: label, English label, class. */
    private static final List<String[]> COUNTS = List.of(
            new String[] {"出訪行程", "trips", Vocab.TDO + "Trip"},
            new String[] {"活動", "events", Vocab.TDO + "Event"},
            new String[] {"人物", "people", Vocab.FOAF + "Person"},
            new String[] {"機關團體", "organisations", Vocab.ORG + "Organization"},
            new String[] {"城市", "cities", Vocab.SCHEMA + "City"},
            new String[] {"承諾", "pledges", Vocab.TDO + "Pledge"},
            new String[] {"協議", "agreements", Vocab.TDO + "Agreement"},
            new String[] {"引文", "quoted passages", Vocab.TDO + "Quote"});

    private final WebUi web;

    HomePage(WebUi web) {
        this.web = web;
    }

    String render(Links links) {
        View v = new View(web.kg(), links);
        StringBuilder sb = new StringBuilder();
        sb.append("<section class=\"intro\"><h1>臺中市政府出國交流知識圖譜 <small lang=\"en\">Taichung Diplomacy Knowledge "
                + "Graph</small></h1>\n<p>臺中市政府 2015–2026 年公務出國的開放知識圖譜：誰去了哪裡、見了誰、簽了什麼、許下哪些承諾、花了多少錢；"
                + "每一項事實都連回公開出國報告中的原文。</p>\n<p lang=\"en\">An open knowledge graph of the Taichung City "
                + "Government&#39;s official overseas trips (2015–2026): who travelled where, whom they met, what they "
                + "signed and pledged, and what it cost, every fact traced to the exact sentence of the public report it "
                + "came from.</p>\n</section>\n");
        sb.append(counts(links)).append(browse(links));
        sb.append("<section class=\"pictures\"><h2>圖表 <small lang=\"en\">Pictures</small></h2>\n<ul class=\"cards\">"
                + "<li><a href=\"").append(esc(links.site("timeline"))).append("\"><strong>出訪時間軸</strong> <span lang=\"en\">"
                + "Timeline of all trips, 2015–2026</span></a></li><li><a href=\"").append(esc(links.site("map")))
                .append("\"><strong>到訪城市地圖</strong> <span lang=\"en\">Map of the cities visited</span></a></li><li><a href=\"")
                .append(esc(links.site("editor"))).append("\"><strong>SPARQL 查詢編輯器</strong> <span lang=\"en\">Ask your "
                + "own question in SPARQL</span></a></li></ul></section>\n");
        sb.append(reports(v));
        sb.append("<section class=\"questions\"><h2>常見問題 <small lang=\"en\">Questions</small></h2>\n<p>點一下即可看到答案"
                + "（表格中的連結通往各實體頁面）。<span lang=\"en\">One click shows the answer as a table; its links lead to the "
                + "entity pages.</span></p>\n").append(QuestionPage.list(web, links)).append("</section>\n");
        return Html.page("首頁 Home", links.up(), sb.toString());
    }

    private String counts(Links links) {
        StringBuilder sb = new StringBuilder("<section class=\"counts\"><h2>收錄 <small lang=\"en\">In the graph</small></h2>\n"
                + "<ul class=\"counts\">\n");
        for (String[] c : COUNTS) {
            String n = Sparql.text(web.sparql().select("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + c[2] + "> }")
                    .rows().get(0), "n");
            String key = c[1].replace(' ', '-');
            sb.append("<li id=\"count-").append(esc(key)).append("\"><strong class=\"n\">").append(esc(n))
                    .append("</strong> ").append(esc(c[0])).append(" <small lang=\"en\">").append(esc(c[1]))
                    .append("</small></li>\n");
        }
        return sb.append("</ul></section>\n").toString();
    }

    /** Links to the list of every kind ({@code id/{kind}/}). */
    private static String browse(Links links) {
        StringBuilder sb = new StringBuilder("<section class=\"browse\"><h2>瀏覽 <small lang=\"en\">Browse</small></h2>\n"
                + "<ul class=\"cards\">");
        for (String kind : tw.gov.taichung.kg.search.Searcher.kinds()) {
            sb.append("<li><a href=\"").append(esc(links.site("id/" + kind + "/"))).append("\">").append(KindNames.bi(kind))
                    .append("</a></li>");
        }
        return sb.append("</ul>\n<p>").append("或搜尋 <span lang=\"en\">or search</span>: <a href=\"")
                .append(esc(links.site("search"))).append("\">搜尋 Search</a></p></section>\n").toString();
    }

    private String reports(View v) {
        Sparql.Answer a = web.sparql().select("PREFIX tdo: <" + Vocab.TDO + "> PREFIX dct: <" + Vocab.DCT + ">\n"
                + "PREFIX oa: <" + Vocab.OA + ">\nSELECT ?r ?issued (COUNT(DISTINCT ?q) AS ?quotes) WHERE { ?r a tdo:Report "
                + "OPTIONAL { ?r dct:issued ?issued } OPTIONAL { ?q oa:hasSource ?r } } GROUP BY ?r ?issued ORDER BY ?issued ?r");
        StringBuilder sb = new StringBuilder("<section class=\"reports\"><h2>來源報告 <small lang=\"en\">The reports it is "
                + "built from</small></h2>\n<table><thead><tr><th>報告 <small lang=\"en\">report</small></th><th>發布 "
                + "<small lang=\"en\">issued</small></th><th>引文 <small lang=\"en\">quotes</small></th><th>全文 "
                + "<small lang=\"en\">text</small></th></tr></thead><tbody>\n");
        for (Map<String, Node> row : a.rows()) {
            Node r = row.get("r");
            Node file = v.kg().object(r, Vocab.schema("encoding"));
            String href = file == null ? null : v.links().href(file);
            sb.append("<tr><td>").append(v.link(r)).append("</td><td>").append(esc(Sparql.text(row, "issued")))
                    .append("</td><td class=\"num\">").append(esc(Sparql.text(row, "quotes"))).append("</td><td>")
                    .append(href == null ? "" : Links.a(href, "全文 text")).append(href == null || !href.endsWith(".txt")
                            ? "" : " · " + Links.a(href.substring(0, href.length() - 4), "閱讀 read")).append("</td></tr>\n");
        }
        return sb.append("</tbody></table></section>\n").toString();
    }
}
