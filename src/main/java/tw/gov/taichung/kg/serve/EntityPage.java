package tw.gov.taichung.kg.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.web.EntityView;

/**
 * The {@code text/html} answer for one resource: the entity page of the web interface
 * ({@link EntityView}), read from the whole published dataset so that it can show more than the
 * resource's description (a trip's events by day, a person's timeline, a pledge's status history).
 */
final class EntityPage {
    private EntityPage() {
    }

    /**
     * The page for {@code focus}; {@code up} leads from the request path to the site root (e.g.
     * {@code ../../} for {@code /id/person/x}). The description is not needed: the page reads the dataset.
     */
    static String render(Node focus, DatasetGraph description, Site site, String up) {
        return EntityView.render(focus, site.data(), site.iris(), up, site::text);
    }
}
