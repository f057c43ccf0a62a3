package tw.gov.taichung.kg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The outline of the world's countries from the bundled TopoJSON ({@code web/world/countries-110m.json},
 * Natural Earth 1:110m via world-atlas), decoded once, drawn as SVG paths in an equirectangular projection
 * of a region. Rings that cross the antimeridian are unwrapped and drawn on both sides.
 */
final class WorldMap {
    /** A rectangle of longitudes and latitudes, drawn {@code width} pixels wide. */
    record Region(String name, String zh, String en, double west, double east, double south, double north) {
        double scale(double width) {
            return width / (east - west);
        }

        double x(double lon, double width) {
            return (lon - west) * scale(width);
        }

        double y(double lat, double width) {
            return (north - lat) * scale(width);
        }

        double height(double width) {
            return (north - south) * scale(width);
        }
    }

    static final List<Region> REGIONS = List.of(
            new Region("world", "全球", "World", -180, 180, -58, 84),
            new Region("east-asia", "東亞與東南亞", "East and Southeast Asia", 94, 148, -10, 52),
            new Region("europe", "歐洲與中東", "Europe and the Middle East", -12, 42, 28, 58),
            new Region("north-america", "北美洲", "North America", -128, -66, 16, 52));

    private static List<double[][]> rings;

    private WorldMap() {
    }

    /** The region by name, or null. */
    static Region region(String name) {
        return REGIONS.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    /** The country outlines within a region as one SVG path's data, in pixels of a map {@code width} wide. */
    static String path(Region r, double width) {
        StringBuilder sb = new StringBuilder();
        for (double[][] ring : rings()) {
            for (double shift : new double[] {0, -360, 360}) {
                if (!overlaps(ring, shift, r)) {
                    continue;
                }
                for (int i = 0; i < ring.length; i++) {
                    sb.append(i == 0 ? 'M' : 'L').append(f(r.x(ring[i][0] + shift, width))).append(',')
                            .append(f(r.y(ring[i][1], width)));
                }
                sb.append('Z');
            }
        }
        return sb.toString();
    }

    private static boolean overlaps(double[][] ring, double shift, Region r) {
        double w = Double.MAX_VALUE;
        double e = -Double.MAX_VALUE;
        double s = Double.MAX_VALUE;
        double n = -Double.MAX_VALUE;
        for (double[] p : ring) {
            w = Math.min(w, p[0] + shift);
            e = Math.max(e, p[0] + shift);
            s = Math.min(s, p[1]);
            n = Math.max(n, p[1]);
        }
        return e >= r.west() && w <= r.east() && n >= r.south() && s <= r.north();
    }

    static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** Every ring of every country (Antarctica left out), longitudes unwrapped to be continuous. */
    static synchronized List<double[][]> rings() {
        if (rings == null) {
            rings = decode(read());
        }
        return rings;
    }

    private static JsonObject read() {
        try (InputStream in = WorldMap.class.getClassLoader().getResourceAsStream("web/world/countries-110m.json")) {
            if (in == null) {
                throw new IllegalStateException("web/world/countries-110m.json is not on the classpath");
            }
            return JSON.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes a quantized TopoJSON topology's "countries" object into rings of [lon, lat]. */
    static List<double[][]> decode(JsonObject topology) {
        JsonArray scale = topology.get("transform").getAsObject().get("scale").getAsArray();
        JsonArray translate = topology.get("transform").getAsObject().get("translate").getAsArray();
        double sx = num(scale.get(0));
        double sy = num(scale.get(1));
        double tx = num(translate.get(0));
        double ty = num(translate.get(1));
        List<double[][]> arcs = new ArrayList<>();
        for (JsonValue a : topology.get("arcs").getAsArray()) {
            JsonArray points = a.getAsArray();
            double[][] out = new double[points.size()][];
            double x = 0;
            double y = 0;
            for (int i = 0; i < points.size(); i++) {
                x += num(points.get(i).getAsArray().get(0));
                y += num(points.get(i).getAsArray().get(1));
                out[i] = new double[] {x * sx + tx, y * sy + ty};
            }
            arcs.add(out);
        }
        List<double[][]> out = new ArrayList<>();
        JsonObject countries = topology.get("objects").getAsObject().get("countries").getAsObject();
        for (JsonValue g : countries.get("geometries").getAsArray()) {
            JsonObject geometry = g.getAsObject();
            if (geometry.hasKey("id") && "010".equals(geometry.get("id").getAsString().value())) {
                continue;
            }
            String type = geometry.get("type").getAsString().value();
            JsonArray polygons = geometry.get("arcs").getAsArray();
            if (type.equals("Polygon")) {
                polygons.forEach(r -> out.add(ring(r.getAsArray(), arcs)));
            } else if (type.equals("MultiPolygon")) {
                polygons.forEach(p -> p.getAsArray().forEach(r -> out.add(ring(r.getAsArray(), arcs))));
            }
        }
        return List.copyOf(out);
    }

    private static double[][] ring(JsonArray arcIndexes, List<double[][]> arcs) {
        List<double[]> points = new ArrayList<>();
        for (JsonValue v : arcIndexes) {
            int i = (int) num(v);
            double[][] arc = arcs.get(i >= 0 ? i : ~i);
            for (int k = 0; k < arc.length; k++) {
                double[] p = arc[i >= 0 ? k : arc.length - 1 - k];
                if (k > 0 || points.isEmpty()) {
                    points.add(p.clone());
                }
            }
        }
        for (int k = 1; k < points.size(); k++) {
            double[] p = points.get(k);
            double prev = points.get(k - 1)[0];
            while (p[0] - prev > 180) {
                p[0] -= 360;
            }
            while (p[0] - prev < -180) {
                p[0] += 360;
            }
        }
        return points.toArray(new double[0][]);
    }

    private static double num(JsonValue v) {
        return v.getAsNumber().value().doubleValue();
    }
}
