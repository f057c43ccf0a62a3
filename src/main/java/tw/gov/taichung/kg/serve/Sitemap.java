package tw.gov.taichung.kg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Vocab;

/**
 * {@code /robots.txt} (everything may be crawled but the SPARQL endpoint; where the sitemap is) and
 * {@code /sitemap.xml}: the site's pages and every entity page, under the base IRI, sorted, at most the
 * 50,000 addresses one sitemap may hold.
 */
final class Sitemap extends HttpServlet {
    static final int MAX_URLS = 50_000;
    private static final List<String> PAGES = List.of("", "questions/", "timeline", "map", "editor");
    private static final Set<String> KINDS = Set.of("person", "org", "place", "trip", "event", "pledge",
            "agreement", "partnership", "report");
    private final DatasetGraph dataset;
    private final Iris iris;

    Sitemap(DatasetGraph dataset, Iris iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (Http.path(req).equals("/robots.txt")) {
            Http.send(resp, 200, "text/plain; charset=utf-8", ("User-agent: *\nDisallow: /kg/\nAllow: /\nSitemap: "
                    + iris.base() + "sitemap.xml\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : urls()) {
            sb.append("<url><loc>").append(xml(url)).append("</loc></url>\n");
        }
        sb.append("</urlset>\n");
        Http.send(resp, 200, "application/xml; charset=utf-8", sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The pages, then the entity IRIs in order. */
    List<String> urls() {
        String ids = iris.base() + "id/";
        Set<String> entities = Txn.calculateRead(dataset, () -> {
            Set<String> out = new TreeSet<>();
            dataset.find(Node.ANY, Node.ANY, Vocab.uri(Vocab.DCT + "identifier"), Node.ANY).forEachRemaining(q -> {
                String s = q.getSubject().isURI() ? q.getSubject().getURI() : "";
                int slash = s.indexOf('/', ids.length());
                if (s.startsWith(ids) && slash > 0 && KINDS.contains(s.substring(ids.length(), slash))) {
                    out.add(s);
                }
            });
            return out;
        });
        List<String> all = new java.util.ArrayList<>(PAGES.stream().map(p -> iris.base() + p).toList());
        entities.stream().limit(MAX_URLS - PAGES.size()).forEach(all::add);
        return all;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
