package tw.gov.taichung.kg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import tw.gov.taichung.kg.export.Exporter;

/** {@code /.well-known/void}: the VoID and DCAT description of the dataset, in any RDF format (Turtle first). */
final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Site site;

    VoidServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Negotiation.Offer offer = Negotiation.choose(request, Negotiation.RDF);
        if (offer == null) {
            Http.notAcceptable(response, Negotiation.RDF);
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(site.voidGraph(), offer.format(), site.iris(), out);
        Http.sendNegotiated(response, offer.contentType(), out.toByteArray());
    }
}
