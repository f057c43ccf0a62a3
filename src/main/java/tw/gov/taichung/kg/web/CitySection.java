package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Vocab;

/** A city: its partnership with Taichung (tier, since when, how it was made) and the trips that went there. */
final class CitySection {
    private static final Node PARTNER = Vocab.tdo("partner");
    private static final Node PARTNERSHIP = Vocab.tdo("CityPartnership");

    private CitySection() {
    }

    static String render(View v, Node city) {
        Kg kg = v.kg();
        StringBuilder sb = new StringBuilder("<section class=\"city\"><h2>與臺中的夥伴關係 <small lang=\"en\">Partnership "
                + "with Taichung</small></h2>\n");
        Set<Node> ties = new LinkedHashSet<>(kg.objects(city, Vocab.tdo("partnership")));
        kg.subjects(PARTNER, city).stream().filter(t -> kg.isA(t, PARTNERSHIP)).forEach(ties::add);
        if (ties.isEmpty()) {
            sb.append("<p class=\"none\">資料中沒有與臺中的締約紀錄 <small lang=\"en\">No partnership with Taichung is "
                    + "recorded</small></p>\n");
        }
        for (Node tie : ties) {
            sb.append(tie(v, city, tie));
        }
        String lat = kg.text(city, Vocab.uri(Vocab.GEO + "lat"));
        String lon = kg.text(city, Vocab.uri(Vocab.GEO + "long"));
        if (lat != null && lon != null) {
            sb.append("<p class=\"coords\">座標 <small lang=\"en\">Coordinates</small> ").append(esc(lat)).append(", ")
                    .append(esc(lon)).append(" · <a href=\"").append(esc(v.links().site("map"))).append("\">地圖 "
                    + "<small lang=\"en\">map</small></a></p>\n");
        }
        Set<Node> trips = new LinkedHashSet<>(kg.subjects(Vocab.tdo("destination"), city));
        kg.objects(city, Vocab.tdo("visitedDuring")).stream().filter(t -> kg.isA(t, Sections.TRIP)).forEach(trips::add);
        if (!trips.isEmpty()) {
            List<Node> sorted = new ArrayList<>(trips);
            sorted.sort(java.util.Comparator.comparing((Node t) -> String.valueOf(kg.text(t, EventItem.START))));
            sb.append("<h3>到訪行程 <small lang=\"en\">Trips that went there</small> (").append(sorted.size())
                    .append(")</h3>\n<ul class=\"trips\">\n");
            for (Node t : sorted) {
                sb.append("<li><span class=\"date\">").append(esc(Dates.range(kg.text(t, EventItem.START),
                        kg.text(t, EventItem.END)))).append("</span> ").append(v.linkShort(t)).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        return sb.append("</section>\n").toString();
    }

    private static String tie(View v, Node city, Node tie) {
        Kg kg = v.kg();
        StringBuilder sb = new StringBuilder("<div class=\"partnership\"><p>");
        Node tier = kg.object(tie, Vocab.tdo("tier"));
        sb.append("<strong class=\"tier\">").append(tier == null ? "夥伴城市" : esc(EventItem.label(kg, tier)))
                .append("</strong> ");
        List<String> others = new ArrayList<>();
        kg.objects(tie, PARTNER).stream().filter(p -> !p.equals(city)).forEach(p -> others.add(v.linkShort(p)));
        sb.append(String.join("、", others));
        String since = kg.text(tie, Vocab.schema("startDate"));
        if (since != null) {
            sb.append(" · 自 <small lang=\"en\">since</small> ").append(esc(since));
            if (kg.has(tie, Vocab.tdo("startDateDerived"))) {
                sb.append(" <small>（推算 <span lang=\"en\">derived</span>）</small>");
            }
        }
        Node made = kg.object(tie, Vocab.tdo("establishedBy"));
        if (made != null) {
            sb.append(" · 締結於 <small lang=\"en\">established at</small> ").append(v.linkShort(made));
        }
        sb.append(" <small>(").append(Links.a(v.links().href(tie), "夥伴關係 partnership")).append(")</small></p>")
                .append(v.quotes(tie));
        return sb.append("</div>\n").toString();
    }
}
