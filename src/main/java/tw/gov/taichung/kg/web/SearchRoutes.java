package tw.gov.taichung.kg.web;

import java.util.List;
import java.util.Map;
import tw.gov.taichung.kg.coverage.Coverage;
import tw.gov.taichung.kg.model.Sentences;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.fuseki.main.FusekiServer;
import tw.gov.taichung.kg.search.ReportText;
import tw.gov.taichung.kg.search.SearchIndex;
import tw.gov.taichung.kg.search.Searcher;

/**
 * The pages that need the search index: {@code /search} and {@code /search/suggest}, the lists
 * {@code /id/{kind}/} and the report text pages {@code /texts/{report}}. Exact paths, so they take precedence
 * over the linked-data servlets' prefixes ({@code /id/*}, {@code /texts/*}).
 */
final class SearchRoutes {
    private SearchRoutes() {
    }

    static void install(FusekiServer.Builder builder, WebUi web, SearchIndex index) {
        Searcher searcher = new Searcher(index, web.iris());
        searcher.warmInBackground();
        SearchServlet search = new SearchServlet(searcher, web);
        builder.addServlet("/search", search).addServlet("/search/suggest", search);
        Map<String, Listing> lists = new ConcurrentHashMap<>();
        for (String kind : Searcher.kinds()) {
            builder.addServlet("/id/" + kind + "/", new PageServlet(web.dataset(), (req, path, up) -> ListPage.render(
                    lists.computeIfAbsent(kind, k -> Listing.of(web, k, n -> searcher.facts(n))), req,
                    new View(web.kg(), web.links(up)))));
        }
        for (ReportText t : index.texts().values()) {
            String reportId = t.report().getURI().substring(t.report().getURI().lastIndexOf('/') + 1);
            List<Sentences.Sentence> bare = org.apache.jena.system.Txn.calculateRead(web.dataset(),
                    () -> Coverage.uncoveredSpans(web.dataset(), web.iris(), reportId, t.text()));
            builder.addServlet("/texts/" + t.stem(), new PageServlet(web.dataset(), (req, path, up) ->
                    TextPage.render(t, bare, req, new View(web.kg(), web.links(up)))));
        }
    }
}
