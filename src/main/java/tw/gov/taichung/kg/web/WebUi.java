package tw.gov.taichung.kg.web;

import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.query.QueryLibrary;
import tw.gov.taichung.kg.search.SearchIndex;

/**
 * The web interface, added to the embedded Fuseki server by {@link #install}:
 * <ul>
 * <li>{@code /}: the home page (what the graph is, counts, reports, the named queries as questions);</li>
 * <li>{@code /questions/} and {@code /questions/NAME?param=value}: a named query answered as a table;</li>
 * <li>{@code /editor} ({@code ?query=NAME}): the SPARQL editor (YASGUI) on {@code /kg/sparql};</li>
 * <li>{@code /timeline}: all trips on a time line; {@code /map} ({@code ?region=NAME}): the cities visited;</li>
 * <li>{@code /assets/...}: the bundled style sheet, scripts, YASGUI and world outline;</li>
 * <li>with a search index ({@link SearchRoutes}): {@code /search}, {@code /search/suggest}, the lists
 * {@code /id/{kind}/} and the report text pages {@code /texts/{report}}.</li>
 * </ul>
 * Entity pages are the {@code text/html} answer of each IRI ({@link EntityView}).
 */
public final class WebUi {
    private final DatasetGraph dataset;
    private final Iris iris;
    private final Kg kg;
    private final Sparql sparql;
    private final QueryLibrary queries;

    private WebUi(DatasetGraph dataset, Iris iris, QueryLibrary queries) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.iris = Objects.requireNonNull(iris, "iris");
        this.kg = new Kg(dataset);
        this.sparql = new Sparql(dataset);
        this.queries = queries;
    }

    /**
     * Adds the pages to a server being built. {@code dataset} is the dataset served at {@code /kg} (its
     * default graph the union of the named graphs), {@code iris} the base its IRIs were minted under.
     */
    public static void install(FusekiServer.Builder builder, DatasetGraph dataset, Iris iris) {
        install(builder, dataset, iris, null);
    }

    /**
     * Adds the pages, and with {@code search} (may be null: none) also the search pages ({@code /search},
     * {@code /search/suggest}), the lists of each kind ({@code /id/{kind}/}) and the report text pages
     * ({@code /texts/{report}}).
     */
    public static void install(FusekiServer.Builder builder, DatasetGraph dataset, Iris iris, SearchIndex search) {
        WebUi web = create(dataset, iris);
        if (search != null) {
            SearchRoutes.install(builder, web, search);
        }
        HomePage home = new HomePage(web);
        QuestionPage questions = new QuestionPage(web);
        EditorPage editor = new EditorPage(web);
        TimelinePage timeline = new TimelinePage(web);
        MapPage map = new MapPage(web);
        builder.addServlet("", web.page((req, path, up) -> home.render(web.links(up))))
                .addServlet("/index.html", web.page((req, path, up) -> home.render(web.links(up))))
                .addServlet("/questions/*", web.page((req, path, up) -> path.equals("/questions")
                        ? questions.render(req, "/questions/", web.links("")) : questions.render(req, path, web.links(up))))
                .addServlet("/editor", web.page((req, path, up) -> editor.render(web.links(up))))
                .addServlet("/timeline", web.page((req, path, up) -> timeline.render(web.links(up))))
                .addServlet("/map", web.page((req, path, up) -> map.render(req.getParameter("region"), web.links(up))))
                .addServlet("/assets/*", new AssetServlet());
    }

    /** The interface's view of a dataset, without a server (for the pages' tests). */
    static WebUi create(DatasetGraph dataset, Iris iris) {
        return new WebUi(dataset, iris, QueryLibrary.bundled());
    }

    private PageServlet page(PageServlet.Page page) {
        return new PageServlet(dataset, page);
    }

    Links links(String up) {
        return new Links(iris, up);
    }

    DatasetGraph dataset() {
        return dataset;
    }

    Iris iris() {
        return iris;
    }

    Kg kg() {
        return kg;
    }

    Sparql sparql() {
        return sparql;
    }

    QueryLibrary queries() {
        return queries;
    }
}
