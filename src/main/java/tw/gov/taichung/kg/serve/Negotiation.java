package tw.gov.taichung.kg.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import tw.gov.taichung.kg.export.Exporter.Format;

/**
 * Content negotiation with Jena's own machinery ({@link ConNeg}, {@link AcceptList}): the Accept header
 * against an ordered list of offers. No Accept header, or {@code *}{@code /*}, gets the first offer.
 */
final class Negotiation {
    /** One media type on offer and the format that writes it ({@code null} for HTML). */
    record Offer(String mediaType, Format format) {
        Offer {
            if (mediaType == null || mediaType.isBlank()) {
                throw new IllegalArgumentException("media type required");
            }
        }

        boolean html() {
            return format == null;
        }

        /** The Content-Type header value. */
        String contentType() {
            return mediaType + "; charset=utf-8";
        }
    }

    /** The RDF formats, Turtle first. */
    static final List<Offer> RDF = List.of(new Offer("text/turtle", Format.TTL),
            new Offer("application/ld+json", Format.JSONLD), new Offer("application/n-triples", Format.NT),
            new Offer("application/rdf+xml", Format.RDF), new Offer("application/trig", Format.TRIG),
            new Offer("application/n-quads", Format.NQ));
    /** The RDF formats and an HTML page for browsers. */
    static final List<Offer> RDF_AND_HTML = concat(RDF, new Offer("text/html", null));

    private Negotiation() {
    }

    /** The offer that best meets the request's Accept header, or null when none does (406). */
    static Offer choose(HttpServletRequest request, List<Offer> offers) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return offers.get(0);
        }
        MediaType chosen;
        try {
            chosen = ConNeg.chooseContentType(request,
                    AcceptList.create(offers.stream().map(Offer::mediaType).toArray(String[]::new)), null);
        } catch (RuntimeException e) {
            return null;
        }
        if (chosen == null) {
            return null;
        }
        return offers.stream().filter(o -> o.mediaType().equals(chosen.getContentTypeStr())).findFirst().orElse(null);
    }

    /** The media types on offer, for a 406 message. */
    static String list(List<Offer> offers) {
        return String.join(", ", offers.stream().map(Offer::mediaType).toList());
    }

    private static List<Offer> concat(List<Offer> a, Offer b) {
        List<Offer> out = new java.util.ArrayList<>(a);
        out.add(b);
        return List.copyOf(out);
    }
}
