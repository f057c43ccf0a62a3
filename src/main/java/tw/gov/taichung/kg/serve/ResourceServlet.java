package tw.gov.taichung.kg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import tw.gov.taichung.kg.export.Exporter;
import tw.gov.taichung.kg.export.Exporter.Format;

/**
 * Dereferences the IRIs of the dataset ({@code /id/...}, {@code /graph/...}, {@code /ontology...}):
 * the description of the resource in the negotiated format, 404 when nothing is known about it, 406
 * when the Accept header allows none of the offered types. TriG and N-Quads keep the named graph
 * (report) of each statement and put every statement in the default graph too; the other RDF formats give
 * the union.
 */
final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Site site;

    ResourceServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Http.path(request);
        Node iri = site.resolve(path);
        DatasetGraph description = iri == null ? null : site.describe(iri);
        if (description == null) {
            Http.error(response, HttpServletResponse.SC_NOT_FOUND, "404 Not Found: nothing is known about "
                    + site.iris().base() + path.substring(1));
            return;
        }
        Negotiation.Offer offer = Negotiation.choose(request, Negotiation.RDF_AND_HTML);
        if (offer == null) {
            Http.notAcceptable(response, Negotiation.RDF_AND_HTML);
            return;
        }
        byte[] body;
        if (offer.html()) {
            String up = "../".repeat((int) path.chars().filter(c -> c == '/').count() - 1);
            body = EntityPage.render(iri, description, site, up).getBytes(StandardCharsets.UTF_8);
        } else {
            body = write(description, offer.format());
        }
        response.setHeader("Link", alternates(iri));
        Http.sendNegotiated(response, offer.contentType(), body);
    }

    /**
     * Every statement of the description in one graph. The quad formats write it as the default graph before
     * the report graphs: a client that follows links and reads the default graph (Comunica's link traversal)
     * sees every statement, and one that reads quads still sees which report says what.
     */
    private static Graph union(DatasetGraph description) {
        Graph union = GraphFactory.createDefaultGraph();
        description.find().forEachRemaining(q -> union.add(q.asTriple()));
        return union;
    }

    /** The resource in every format it is served in, as {@code Link: <iri>; rel="alternate"; type="…"}. */
    static String alternates(Node iri) {
        StringBuilder sb = new StringBuilder();
        for (Negotiation.Offer o : Negotiation.RDF_AND_HTML) {
            sb.append(sb.length() > 0 ? ", " : "").append('<').append(iri.getURI()).append(">; rel=\"alternate\"; type=\"")
                    .append(o.mediaType()).append('"');
        }
        return sb.toString();
    }

    private byte[] write(DatasetGraph description, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == Format.JSONLD) {
            Exporter.write(union(description), format, site.iris(), out);
        } else if (format == Format.NQ || format == Format.TRIG) {
            Exporter.write(union(description), format, site.iris(), out);
            Exporter.write(description, format, site.iris(), out);
        } else {
            Exporter.write(description, format, site.iris(), out);
        }
        return out.toByteArray();
    }
}
