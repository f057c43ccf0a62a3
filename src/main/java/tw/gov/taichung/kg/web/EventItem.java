package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Vocab;

/** One event as a list item: date, label, type, place, participants with roles, and its quoted passages. */
final class EventItem {
    static final Node START = Vocab.schema("startDate");
    static final Node END = Vocab.schema("endDate");
    static final Node SUPER = Vocab.schema("superEvent");
    static final Node TYPE = Vocab.uri(Vocab.SEM + "eventType");
    static final Node ROLE_TYPE = Vocab.uri(Vocab.SEM + "roleType");
    static final Node PARTICIPATION = Vocab.tdo("participation");
    static final Node LOCATION = Vocab.schema("location");

    private EventItem() {
    }

    /**
     * The item; {@code showDate} puts the date first, {@code showTrip} names the trip it belongs to, and
     * {@code focus} (may be null) is the entity whose page this is: its own role is named, and it is not
     * listed among the participants.
     */
    static String render(View v, Node e, boolean showDate, boolean showTrip, Node focus) {
        Kg kg = v.kg();
        StringBuilder sb = new StringBuilder("<li class=\"event\">");
        if (showDate) {
            sb.append("<span class=\"date\">").append(esc(Dates.range(kg.text(e, START), kg.text(e, END))))
                    .append("</span> ");
        }
        String zh = kg.zh(e);
        String en = kg.en(e);
        sb.append(Links.a(v.links().href(e), zh != null ? zh : en != null ? en : v.links().shortName(e)));
        if (zh != null && en != null) {
            sb.append(" <span class=\"en\" lang=\"en\">").append(esc(en)).append("</span>");
        }
        List<String> meta = new ArrayList<>();
        String start = kg.text(e, START);
        String end = kg.text(e, END);
        if (!showDate && end != null && !end.equals(start)) {
            meta.add("至 <small lang=\"en\">until</small> " + esc(end));
        }
        Node type = kg.object(e, TYPE);
        if (type != null) {
            meta.add("<span class=\"tag\">" + esc(label(kg, type)) + "</span>");
        }
        for (Node place : kg.objects(e, LOCATION)) {
            meta.add("地點 <small lang=\"en\">at</small> " + v.linkShort(place));
        }
        if (showTrip) {
            for (Node trip : kg.objects(e, SUPER)) {
                meta.add("行程 <small lang=\"en\">trip</small> " + v.linkShort(trip));
            }
        }
        List<String> people = new ArrayList<>();
        List<String> mine = new ArrayList<>();
        for (Node role : kg.objects(e, PARTICIPATION)) {
            Node actor = kg.object(role, Vocab.VALUE);
            Node roleType = kg.object(role, ROLE_TYPE);
            String roleName = roleType == null ? "" : label(kg, roleType);
            if (actor != null && actor.equals(focus)) {
                mine.add(roleName);
            } else if (actor != null) {
                people.add(v.linkShort(actor) + (roleName.isEmpty() ? "" : "<small>（" + esc(roleName) + "）</small>"));
            }
        }
        if (!mine.isEmpty()) {
            meta.add("角色 <small lang=\"en\">role</small> " + esc(String.join("、", mine)));
        }
        if (!meta.isEmpty()) {
            sb.append("<div class=\"meta\">").append(String.join(" · ", meta)).append("</div>");
        }
        if (!people.isEmpty()) {
            sb.append("<div class=\"people\">").append(String.join("、", people)).append("</div>");
        }
        String quotes = v.quotes(e);
        if (!quotes.isEmpty()) {
            sb.append("<details><summary>引文 <small lang=\"en\">quoted passage</small> (")
                    .append(kg.quotes(e).size()).append(")</summary>").append(quotes).append("</details>");
        }
        return sb.append("</li>\n").toString();
    }

    /** A concept's Chinese label with the English one, e.g. "禮貌性拜會 courtesy call". */
    static String label(Kg kg, Node concept) {
        String zh = kg.zh(concept);
        String en = kg.en(concept);
        if (zh == null) {
            return en == null ? concept.getURI().substring(concept.getURI().lastIndexOf('/') + 1) : en;
        }
        return en == null ? zh : zh + " " + en;
    }
}
