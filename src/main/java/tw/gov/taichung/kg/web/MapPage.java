package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Vocab;

/**
 * A map of the cities the trips visited, one marker per city sized by the number of trips that went there,
 * drawn on the server as SVG over the bundled world outline; {@code /map?region=NAME} zooms to a region.
 * A city counts as visited by a trip when it is the trip's destination or the place of one of its events;
 * cities in Taichung's own country are left out. The same cities follow as a table.
 */
final class MapPage {
    static final double WIDTH = 1000;

    /** A visited city with its coordinates and the number of trips that went there. */
    record City(Node iri, double lat, double lon, int visits, String first, String last) {
    }

    private final WebUi web;

    MapPage(WebUi web) {
        this.web = web;
    }

    /** The visited cities, most visited first. */
    static List<City> cities(WebUi web) {
        Node home = web.iris().id("place", "taichung");
        Sparql.Answer a = web.sparql().select("PREFIX tdo: <" + Vocab.TDO + "> PREFIX schema: <" + Vocab.SCHEMA + ">\n"
                + "PREFIX geo: <" + Vocab.GEO + ">\nSELECT ?city ?lat ?long (COUNT(DISTINCT ?trip) AS ?visits) "
                + "(MIN(?start) AS ?first) (MAX(?start) AS ?last) WHERE {\n"
                + "  ?city a schema:City ; geo:lat ?lat ; geo:long ?long .\n"
                + "  ?trip a tdo:Trip ; schema:startDate ?start .\n"
                + "  { ?trip tdo:destination ?city } UNION { ?e schema:superEvent ?trip ; schema:location ?city }\n"
                + "  FILTER NOT EXISTS { ?city tdo:country ?c . <" + home.getURI() + "> tdo:country ?c }\n"
                + "} GROUP BY ?city ?lat ?long ORDER BY DESC(?visits) ?city");
        List<City> out = new ArrayList<>();
        for (Map<String, Node> r : a.rows()) {
            out.add(new City(r.get("city"), Double.parseDouble(Sparql.text(r, "lat")),
                    Double.parseDouble(Sparql.text(r, "long")), Integer.parseInt(Sparql.text(r, "visits")),
                    Sparql.text(r, "first"), Sparql.text(r, "last")));
        }
        return out;
    }

    String render(String regionName, Links links) {
        WorldMap.Region region = WorldMap.region(regionName == null ? "world" : regionName);
        if (region == null) {
            return null;
        }
        List<City> cities = cities(web);
        View v = new View(web.kg(), links);
        StringBuilder sb = new StringBuilder("<h1>到訪城市地圖 <small lang=\"en\">Map of the cities visited</small></h1>\n<p>")
                .append(cities.size()).append(" 個城市；圓點大小依到訪行程數。<span lang=\"en\">").append(cities.size())
                .append(" cities; each marker is sized by the number of trips that went there.</span></p>\n<p class=\"regions\">");
        for (WorldMap.Region r : WorldMap.REGIONS) {
            String href = links.site("map") + (r.name().equals("world") ? "" : "?region=" + r.name());
            sb.append(r == region ? "<strong>" : "<a href=\"" + esc(href) + "\">").append(esc(r.zh()))
                    .append(" <small lang=\"en\">").append(esc(r.en())).append("</small>")
                    .append(r == region ? "</strong> " : "</a> ");
        }
        sb.append("</p>\n").append(svg(region, cities, v)).append(table(cities, v))
                .append("<p><small>底圖 <span lang=\"en\">Base map</span>: Natural Earth 1:110m (public domain) via world-atlas "
                        + "(ISC), <a href=\"").append(esc(links.site("assets/world/LICENSE.txt"))).append("\">licence</a>.</small></p>\n");
        return Html.page("到訪城市地圖 Map", links.up(), sb.toString());
    }

    private String svg(WorldMap.Region r, List<City> cities, View v) {
        double h = r.height(WIDTH);
        StringBuilder sb = new StringBuilder("<figure class=\"chart\"><svg class=\"world-map\" viewBox=\"0 0 ")
                .append(WorldMap.f(WIDTH)).append(' ').append(WorldMap.f(h)).append("\" role=\"img\" aria-label=\"")
                .append(esc(r.zh() + " " + r.en())).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n<rect class=\"sea\" "
                        + "width=\"100%\" height=\"100%\"/>\n<path class=\"land\" d=\"").append(WorldMap.path(r, WIDTH))
                .append("\"/>\n");
        Node home = web.iris().id("place", "taichung");
        String lat = web.kg().text(home, Vocab.uri(Vocab.GEO + "lat"));
        String lon = web.kg().text(home, Vocab.uri(Vocab.GEO + "long"));
        if (lat != null && lon != null) {
            double x = r.x(Double.parseDouble(lon), WIDTH);
            double y = r.y(Double.parseDouble(lat), WIDTH);
            sb.append("<a href=\"").append(esc(v.links().href(home))).append("\"><rect class=\"home\" x=\"")
                    .append(WorldMap.f(x - 5)).append("\" y=\"").append(WorldMap.f(y - 5)).append("\" width=\"10\" height=\"10\" "
                            + "transform=\"rotate(45 ").append(WorldMap.f(x)).append(' ').append(WorldMap.f(y))
                    .append(")\"><title>臺中 Taichung</title></rect></a>\n");
        }
        boolean labels = !r.name().equals("world");
        List<City> bySize = new ArrayList<>(cities);
        bySize.sort(Comparator.comparingInt(City::visits).reversed());
        for (City c : bySize) {
            double x = r.x(c.lon(), WIDTH);
            double y = r.y(c.lat(), WIDTH);
            String name = v.kg().shortLabel(c.iri());
            String en = v.kg().en(c.iri());
            String slug = c.iri().getURI().substring(c.iri().getURI().lastIndexOf('/') + 1);
            sb.append("<a class=\"city-link\" href=\"").append(esc(v.links().href(c.iri()))).append("\"><circle class=\"city\" "
                    + "data-city=\"").append(esc(slug)).append("\" data-visits=\"").append(c.visits()).append("\" cx=\"")
                    .append(WorldMap.f(x)).append("\" cy=\"").append(WorldMap.f(y)).append("\" r=\"")
                    .append(WorldMap.f(radius(c.visits()))).append("\"><title>").append(esc(name + (en == null ? "" : " " + en)
                            + "：" + c.visits() + " 趟 trips")).append("</title></circle>");
            if (labels) {
                sb.append("<text class=\"city-label\" x=\"").append(WorldMap.f(x + radius(c.visits()) + 2))
                        .append("\" y=\"").append(WorldMap.f(y + 4)).append("\">").append(esc(name)).append("</text>");
            }
            sb.append("</a>\n");
        }
        return sb.append("</svg></figure>\n").toString();
    }

    /** The marker's radius in pixels: its area grows with the number of visits. */
    static double radius(int visits) {
        return 4.5 * Math.sqrt(visits);
    }

    private String table(List<City> cities, View v) {
        StringBuilder sb = new StringBuilder("<div class=\"scroll\"><table class=\"cities\"><thead><tr><th>城市 <small lang=\"en\">"
                + "city</small></th><th>到訪行程 <small lang=\"en\">trips</small></th><th>首次 <small lang=\"en\">first"
                + "</small></th><th>最近 <small lang=\"en\">last</small></th></tr></thead><tbody>\n");
        for (City c : cities) {
            sb.append("<tr><td>").append(v.link(c.iri())).append("</td><td class=\"num\">").append(c.visits())
                    .append("</td><td class=\"date\">").append(esc(c.first())).append("</td><td class=\"date\">")
                    .append(esc(c.last())).append("</td></tr>\n");
        }
        return sb.append("</tbody></table></div>\n").toString();
    }
}
