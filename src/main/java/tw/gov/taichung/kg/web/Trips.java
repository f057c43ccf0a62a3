package tw.gov.taichung.kg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Vocab;

/** The trips for the timeline: dates, labels, destinations, leader, size, number of events and cost. */
final class Trips {
    /** One trip. {@code cost} is the largest reported figure in TWD, or null. */
    record Trip(Node iri, String start, String end, String zh, String en, List<Node> destinations, Node leader,
                String size, int events, String cost) {
    }

    private Trips() {
    }

    static List<Trip> all(WebUi web) {
        Sparql.Answer a = web.sparql().select("PREFIX tdo: <" + Vocab.TDO + "> PREFIX schema: <" + Vocab.SCHEMA + ">\n"
                + "SELECT ?trip ?start ?end (SAMPLE(?size0) AS ?size) (SAMPLE(?leader0) AS ?leader) "
                + "(COUNT(DISTINCT ?e) AS ?events) (MAX(?value) AS ?cost) WHERE {\n"
                + "  ?trip a tdo:Trip ; schema:startDate ?start . OPTIONAL { ?trip schema:endDate ?end }\n"
                + "  OPTIONAL { ?trip tdo:delegationSize ?size0 } OPTIONAL { ?trip tdo:leader ?leader0 }\n"
                + "  OPTIONAL { ?e schema:superEvent ?trip } OPTIONAL { ?trip tdo:cost/schema:value ?value }\n"
                + "} GROUP BY ?trip ?start ?end ORDER BY ?start ?trip");
        Kg kg = web.kg();
        List<Trip> out = new ArrayList<>();
        for (Map<String, Node> r : a.rows()) {
            Node t = r.get("trip");
            out.add(new Trip(t, Sparql.text(r, "start"), Sparql.text(r, "end"), kg.zh(t), kg.en(t),
                    kg.objects(t, Vocab.tdo("destination")), r.get("leader"), Sparql.text(r, "size"),
                    Integer.parseInt(Sparql.text(r, "events")), r.containsKey("cost") ? Sparql.text(r, "cost") : null));
        }
        return out;
    }
}
