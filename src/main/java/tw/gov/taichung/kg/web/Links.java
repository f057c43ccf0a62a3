package tw.gov.taichung.kg.web;

import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Vocab;

/**
 * Links from one page: our own IRIs become site-relative links ({@code up} leads from the page to the site
 * root), so pages work under any host and behind a proxy; other http(s) IRIs are linked as they are.
 */
final class Links {
    private final Iris iris;
    private final String up;

    Links(Iris iris, String up) {
        this.iris = iris;
        this.up = up;
    }

    String up() {
        return up;
    }

    Iris iris() {
        return iris;
    }

    /** The site-relative path (no leading slash) at which an IRI is served, or null when it is not ours. */
    String localPath(String iri) {
        if (iri.startsWith(iris.base())) {
            return iri.substring(iris.base().length());
        }
        if (iri.startsWith(Vocab.SITE + "ontology")) {
            return iri.substring(Vocab.SITE.length());
        }
        return null;
    }

    /** The href of a resource, or null when it has none (a blank node, a non-web IRI). */
    String href(Node n) {
        if (n == null || !n.isURI()) {
            return null;
        }
        String local = localPath(n.getURI());
        if (local != null) {
            return up + local;
        }
        return n.getURI().matches("(?i)https?://.*") ? n.getURI() : null;
    }

    /** A link to a page of this site, by its path from the root ({@code "map"}, {@code "questions/x"}). */
    String site(String path) {
        return up + path;
    }

    /** {@code <a href="…">text</a>} with both escaped; the text alone when there is no href. */
    static String a(String href, String text) {
        return href == null ? Html.esc(text) : "<a href=\"" + Html.esc(href) + "\">" + Html.esc(text) + "</a>";
    }

    /** The short name of an IRI: {@code person:chang-kuang-yao} for our entities, else a prefixed name. */
    String shortName(Node n) {
        if (!n.isURI()) {
            return n.toString();
        }
        String u = n.getURI();
        if (u.startsWith(iris.base() + "id/")) {
            return u.substring(iris.base().length() + 3).replaceFirst("/", ":");
        }
        return Vocab.prefixes().shortForm(u);
    }
}
