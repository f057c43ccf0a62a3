package tw.gov.taichung.kg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import tw.gov.taichung.kg.export.Exporter;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Vocab;

/**
 * {@code GET /kg/sparql} (or {@code /kg/query}) with no query: the SPARQL 1.1 service description of the
 * endpoint, in the RDF format the Accept header asks for (Turtle first), or for a browser a short page that
 * points to the editor. Any request that carries a query goes on to the endpoint unchanged.
 */
final class ServiceDescription implements Filter {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private final DatasetGraph dataset;
    private final Iris iris;

    ServiceDescription(DatasetGraph dataset, Iris iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = Http.path(req);
        boolean endpoint = path.equals(SparqlService.NAME + "/sparql") || path.equals(SparqlService.NAME + "/query");
        if (!endpoint || !("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))
                || req.getQueryString() != null && req.getParameter("query") != null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        Negotiation.Offer offer = Negotiation.choose(req, Negotiation.RDF_AND_HTML);
        if (offer == null) {
            Http.notAcceptable(resp, Negotiation.RDF_AND_HTML);
            return;
        }
        String self = req.getRequestURL().toString();
        byte[] body;
        if (offer.html()) {
            body = page(path).getBytes(StandardCharsets.UTF_8);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.write(describe(self), offer.format(), iris, out);
            body = out.toByteArray();
        }
        Http.sendNegotiated(resp, offer.contentType(), body);
    }

    /** The description: the service, its language, result formats, features and the dataset's graphs. */
    Graph describe(String endpointIri) {
        Graph g = GraphFactory.createDefaultGraph();
        Node service = NodeFactory.createURI(endpointIri);
        add(g, service, Vocab.TYPE, sd("Service"));
        add(g, service, sd("endpoint"), service);
        add(g, service, sd("supportedLanguage"), sd("SPARQL11Query"));
        add(g, service, sd("feature"), sd("UnionDefaultGraph"));
        add(g, service, sd("defaultEntailmentRegime"), NodeFactory.createURI("http://www.w3.org/ns/entailment/Simple"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML", "TriG", "N-Quads"}) {
            add(g, service, sd("resultFormat"), NodeFactory.createURI(FORMATS + f));
        }
        Node ds = NodeFactory.createURI(endpointIri + "#dataset");
        Node dflt = NodeFactory.createURI(endpointIri + "#default-graph");
        add(g, service, sd("defaultDataset"), ds);
        add(g, ds, Vocab.TYPE, sd("Dataset"));
        add(g, ds, sd("defaultGraph"), dflt);
        add(g, dflt, Vocab.TYPE, sd("Graph"));
        add(g, dflt, Vocab.uri(Vocab.RDFS + "comment"),
                NodeFactory.createLiteralLang("the union of the named graphs", "en"));
        add(g, ds, Vocab.uri(Vocab.VOID + "inDataset"), NodeFactory.createURI(iris.base() + ".well-known/void#dataset"));
        for (Node name : graphNames()) {
            Node ng = NodeFactory.createURI(endpointIri + "#graph-" + name.getURI().substring(name.getURI().lastIndexOf('/') + 1));
            add(g, ds, sd("namedGraph"), ng);
            add(g, ng, Vocab.TYPE, sd("NamedGraph"));
            add(g, ng, sd("name"), name);
        }
        return g;
    }

    private List<Node> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<Node> names = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(names::add);
            names.sort(java.util.Comparator.comparing(Node::getURI));
            return names;
        });
    }

    private static String page(String path) {
        String up = "../".repeat((int) path.chars().filter(c -> c == '/').count() - 1);
        return "<!DOCTYPE html>\n<html lang=\"zh-Hant\"><head><meta charset=\"utf-8\"><title>SPARQL endpoint</title>"
                + "<link rel=\"stylesheet\" href=\"" + up + "assets/site.css\"></head><body><main>"
                + "<h1>SPARQL 查詢端點 | SPARQL endpoint</h1>"
                + "<p>This is the read-only SPARQL 1.1 endpoint of the graph. Send a query as <code>?query=…</code> "
                + "(GET) or in a POST body, or ask it in the <a href=\"" + up + "editor\">query editor</a>. "
                + "The named questions are also an API: <a href=\"" + up + "api/questions\">api/questions</a>. "
                + "Ask with <code>Accept: text/turtle</code> for the service description.</p>"
                + "</main></body></html>\n";
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
