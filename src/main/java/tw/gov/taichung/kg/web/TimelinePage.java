package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;

/**
 * A timeline of all trips: an SVG drawn on the server (one row per trip, a bar from its first to its last
 * day on a scale of years, linked to the trip's page) and the same trips as a table.
 */
final class TimelinePage {
    private static final int LEFT = 16;
    private static final int WIDTH = 1000;
    private static final int TOP = 34;
    private static final int ROW = 24;

    private final WebUi web;

    TimelinePage(WebUi web) {
        this.web = web;
    }

    String render(Links links) {
        List<Trips.Trip> trips = Trips.all(web);
        View v = new View(web.kg(), links);
        StringBuilder sb = new StringBuilder("<h1>出訪時間軸 <small lang=\"en\">Timeline of all trips</small></h1>\n<p>")
                .append(trips.size()).append(" 趟出訪，依出發日期排列；點選可看行程細節。<span lang=\"en\">")
                .append(trips.size()).append(" trips by date of departure; each links to its itinerary.</span></p>\n")
                .append(svg(trips, links, web.kg())).append(table(trips, v));
        return Html.page("出訪時間軸 Timeline", links.up(), sb.toString());
    }

    /** The chart. Years run from 2015 (or the first trip) to 2026 (or the last trip), whole years. */
    static String svg(List<Trips.Trip> trips, Links links, Kg kg) {
        int first = 2015;
        int last = 2026;
        for (Trips.Trip t : trips) {
            LocalDate s = Dates.day(t.start());
            if (s != null) {
                first = Math.min(first, s.getYear());
                last = Math.max(last, s.getYear());
            }
        }
        long from = LocalDate.of(first, 1, 1).toEpochDay();
        long to = LocalDate.of(last + 1, 1, 1).toEpochDay();
        double plot = WIDTH - 2.0 * LEFT;
        int height = TOP + trips.size() * ROW + 24;
        StringBuilder sb = new StringBuilder("<figure class=\"chart\"><svg class=\"trip-timeline\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"出訪時間軸 Timeline of "
                        + "trips\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (int y = first; y <= last + 1; y++) {
            double x = LEFT + plot * (LocalDate.of(y, 1, 1).toEpochDay() - from) / (to - from);
            sb.append("<line class=\"year-line\" x1=\"").append(f(x)).append("\" y1=\"20\" x2=\"").append(f(x))
                    .append("\" y2=\"").append(height - 18).append("\"/>");
            if (y <= last) {
                double mid = x + plot / (last + 1 - first) / 2;
                sb.append("<text class=\"year\" x=\"").append(f(mid)).append("\" y=\"14\">").append(y).append("</text>")
                        .append("<text class=\"year\" x=\"").append(f(mid)).append("\" y=\"").append(height - 4)
                        .append("\">").append(y).append("</text>");
            }
            sb.append('\n');
        }
        int i = 0;
        for (Trips.Trip t : trips) {
            LocalDate s = Dates.day(t.start());
            LocalDate e = Dates.day(t.end()) == null ? s : Dates.day(t.end());
            if (s == null) {
                continue;
            }
            double x1 = LEFT + plot * (s.toEpochDay() - from) / (to - from);
            double x2 = Math.max(x1 + 5, LEFT + plot * (e.toEpochDay() + 1 - from) / (to - from));
            double y = TOP + i * ROW;
            boolean right = x1 < LEFT + plot * 0.6;
            String text = t.start().substring(0, 7) + " " + places(t, kg);
            sb.append("<a class=\"trip-mark\" href=\"").append(esc(links.href(t.iri()))).append("\"><title>")
                    .append(esc(Dates.range(t.start(), t.end()) + " " + (t.zh() == null ? "" : t.zh())))
                    .append("</title><rect class=\"trip-bar\" x=\"").append(f(x1)).append("\" y=\"").append(f(y))
                    .append("\" width=\"").append(f(x2 - x1)).append("\" height=\"14\" rx=\"3\"/><text class=\"trip-label\" x=\"")
                    .append(f(right ? x2 + 6 : x1 - 6)).append("\" y=\"").append(f(y + 11.5)).append("\"")
                    .append(right ? "" : " text-anchor=\"end\"").append(">").append(esc(text)).append("</text></a>\n");
            i++;
        }
        return sb.append("</svg></figure>\n").toString();
    }

    private static String places(Trips.Trip t, Kg kg) {
        List<String> names = new ArrayList<>();
        for (Node d : t.destinations()) {
            String name = kg.shortLabel(d);
            names.add(name == null ? d.getURI().substring(d.getURI().lastIndexOf('/') + 1) : name);
        }
        if (names.size() > 4) {
            names = new ArrayList<>(names.subList(0, 4));
            names.add("…");
        }
        return String.join("、", names);
    }

    private String table(List<Trips.Trip> trips, View v) {
        DecimalFormat money = new DecimalFormat("#,##0");
        StringBuilder sb = new StringBuilder("<div class=\"scroll\"><table class=\"trips\"><thead><tr><th>日期 <small "
                + "lang=\"en\">dates</small></th><th>行程 <small lang=\"en\">trip</small></th><th>目的地 <small lang=\"en\">"
                + "destinations</small></th><th>團長 <small lang=\"en\">leader</small></th><th>人數 <small lang=\"en\">"
                + "size</small></th><th>活動 <small lang=\"en\">events</small></th><th>經費 <small lang=\"en\">cost "
                + "(TWD)</small></th></tr></thead><tbody>\n");
        for (Trips.Trip t : trips) {
            List<String> dest = new ArrayList<>();
            t.destinations().forEach(d -> dest.add(v.linkShort(d)));
            sb.append("<tr><td class=\"date\">").append(esc(Dates.range(t.start(), t.end()))).append("</td><td>")
                    .append(v.linkShort(t.iri())).append("</td><td>").append(String.join("、", dest)).append("</td><td>")
                    .append(t.leader() == null ? "" : v.linkShort(t.leader())).append("</td><td class=\"num\">")
                    .append(esc(t.size())).append("</td><td class=\"num\">").append(t.events())
                    .append("</td><td class=\"num\">").append(t.cost() == null ? ""
                            : esc(money.format(new java.math.BigDecimal(t.cost())))).append("</td></tr>\n");
        }
        return sb.append("</tbody></table></div>\n").toString();
    }

    static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
