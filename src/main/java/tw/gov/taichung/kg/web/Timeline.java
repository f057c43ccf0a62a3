package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Vocab;

/**
 * The events an entity took part in, in date order and grouped by year: the trips a person travelled on,
 * the events a person or organisation took part in or was visited during, the events held at a place.
 */
final class Timeline {
    private Timeline() {
    }

    static String render(View v, Node focus) {
        Kg kg = v.kg();
        Set<Node> events = new LinkedHashSet<>();
        for (String p : List.of("travelledOn", "tookPartIn", "visitedDuring")) {
            events.addAll(kg.objects(focus, Vocab.tdo(p)));
        }
        events.addAll(kg.subjects(Vocab.uri(Vocab.SEM + "hasActor"), focus));
        events.addAll(kg.subjects(EventItem.LOCATION, focus));
        events.remove(focus);
        List<Node> dated = new ArrayList<>();
        for (Node e : events) {
            if (kg.isA(e, Sections.EVENT) || kg.isA(e, Sections.TRIP)) {
                dated.add(e);
            }
        }
        if (dated.isEmpty()) {
            return "";
        }
        dated.sort(Comparator.comparing((Node e) -> String.valueOf(kg.text(e, EventItem.START)))
                .thenComparing(e -> kg.isA(e, Sections.TRIP) ? 0 : 1).thenComparing(Node::getURI));
        StringBuilder sb = new StringBuilder("<section class=\"timeline\"><h2>時間軸 <small lang=\"en\">Timeline of "
                + "events</small> (").append(dated.size()).append(")</h2>\n");
        String year = null;
        for (Node e : dated) {
            String start = kg.text(e, EventItem.START);
            String y = start == null || start.length() < 4 ? "—" : start.substring(0, 4);
            if (!y.equals(year)) {
                sb.append(year == null ? "" : "</ol>\n").append("<h3 class=\"year\">").append(esc(y))
                        .append("</h3>\n<ol class=\"events timeline-list\">\n");
                year = y;
            }
            String item = EventItem.render(v, e, true, true, focus);
            if (kg.isA(e, Sections.TRIP)) {
                item = item.replaceFirst("<li class=\"event\">", "<li class=\"event trip\">");
            }
            sb.append(item);
        }
        return sb.append("</ol>\n</section>\n").toString();
    }
}
