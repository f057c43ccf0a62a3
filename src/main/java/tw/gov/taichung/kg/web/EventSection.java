package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Vocab;

/** An event: when, where, of which trip, who took part in which role, and what was pledged or signed there. */
final class EventSection {
    private EventSection() {
    }

    static String render(View v, Node event) {
        Kg kg = v.kg();
        StringBuilder sb = new StringBuilder("<section class=\"event\"><h2>活動 <small lang=\"en\">Event</small></h2>\n<dl>");
        String when = Dates.range(kg.text(event, EventItem.START), kg.text(event, EventItem.END));
        dd(sb, "日期 <small lang=\"en\">Date</small>", esc(when));
        Node type = kg.object(event, EventItem.TYPE);
        dd(sb, "類型 <small lang=\"en\">Type</small>", type == null ? "" : esc(EventItem.label(kg, type)));
        dd(sb, "地點 <small lang=\"en\">Place</small>", links(v, kg.objects(event, EventItem.LOCATION)));
        dd(sb, "所屬行程 <small lang=\"en\">Trip</small>", links(v, kg.objects(event, EventItem.SUPER)));
        dd(sb, "參訪對象 <small lang=\"en\">Visited</small>", links(v, kg.objects(event, Vocab.tdo("visited"))));
        List<String> people = new ArrayList<>();
        for (Node role : kg.objects(event, EventItem.PARTICIPATION)) {
            Node actor = kg.object(role, Vocab.VALUE);
            Node roleType = kg.object(role, EventItem.ROLE_TYPE);
            if (actor != null) {
                people.add(v.link(actor) + (roleType == null ? "" : " <small>（" + esc(EventItem.label(kg, roleType))
                        + "）</small>"));
            }
        }
        dd(sb, "參與者 <small lang=\"en\">Participants</small>", String.join("<br>", people));
        dd(sb, "承諾 <small lang=\"en\">Pledges made</small>", links(v, kg.subjects(Vocab.tdo("madeAt"), event)));
        dd(sb, "簽署 <small lang=\"en\">Signed</small>", links(v, kg.subjects(Vocab.tdo("signedAt"), event)));
        return sb.append("</dl></section>\n").toString();
    }

    private static String links(View v, List<Node> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(v.link(n)));
        return String.join("<br>", out);
    }

    private static void dd(StringBuilder sb, String term, String html) {
        if (!html.isEmpty()) {
            sb.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>");
        }
    }
}
