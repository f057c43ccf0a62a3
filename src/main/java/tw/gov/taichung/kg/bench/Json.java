package tw.gov.taichung.kg.bench;

import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Small helpers over Jena's JSON objects, for the worker-to-runner protocol and the results file. */
final class Json {
    /** The line prefix of a worker's result. */
    static final String RESULT = "@result ";

    private Json() {
    }

    static JsonObject obj() {
        return new JsonObject();
    }

    static String line(JsonObject o) {
        return RESULT + JSON.toStringFlat(o);
    }

    static JsonObject parse(String s) {
        return JSON.parse(s);
    }

    static double num(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || !v.isNumber() ? Double.NaN : v.getAsNumber().value().doubleValue();
    }

    static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null ? null : v.isString() ? v.getAsString().value() : v.toString();
    }

    static JsonObject stats(Stats s) {
        JsonObject o = obj();
        o.put("n", s.n());
        put(o, "p50", s.p50());
        put(o, "p90", s.p90());
        put(o, "p99", s.p99());
        put(o, "mean", s.mean());
        put(o, "max", s.max());
        return o;
    }

    static void put(JsonObject o, String key, double v) {
        if (!Double.isNaN(v) && !Double.isInfinite(v)) {
            o.put(key, org.apache.jena.atlas.json.JsonNumber.value(Math.round(v * 1000) / 1000.0));
        }
    }

    static JsonObject mix(MixRunner.Result r) {
        JsonObject o = obj();
        o.put("all", stats(r.all()));
        JsonObject per = obj();
        r.perQuery().forEach((k, v) -> per.put(k, stats(v)));
        o.put("perQuery", per);
        o.put("requests", r.requests());
        o.put("errors", r.errors());
        put(o, "seconds", r.seconds());
        put(o, "qps", r.qps());
        return o;
    }

    /** The pass with its raw samples (microseconds), so that slices can be merged elsewhere. */
    static JsonObject mixWithRaw(MixRunner.Result r) {
        JsonObject o = mix(r);
        JsonObject raw = obj();
        r.raw().forEach((k, v) -> {
            JsonArray a = new JsonArray();
            for (int i = 0; i < v.size(); i++) {
                a.add(org.apache.jena.atlas.json.JsonNumber.value(v.get(i) / 1000));
            }
            raw.put(k, a);
        });
        o.put("raw", raw);
        return o;
    }

    /** A pass read back from {@link #mixWithRaw}. */
    static MixRunner.Result mixFromRaw(JsonObject o) {
        java.util.Map<String, Samples> per = new java.util.LinkedHashMap<>();
        JsonObject raw = o.get("raw").getAsObject();
        for (String k : raw.keys()) {
            Samples s = new Samples();
            raw.get(k).getAsArray().forEach(v -> s.add(v.getAsNumber().value().longValue() * 1000));
            per.put(k, s);
        }
        return MixRunner.result(per, (long) num(o, "requests"), (long) num(o, "errors"), num(o, "seconds"));
    }

    static JsonObject check(MixRunner.Check c) {
        JsonObject o = obj();
        JsonObject rows = obj();
        c.rows().forEach(rows::put);
        JsonObject errors = obj();
        c.errors().forEach(errors::put);
        JsonObject first = obj();
        c.firstMillis().forEach((k, v) -> put(first, k, v));
        o.put("rows", rows);
        o.put("errors", errors);
        o.put("firstMillis", first);
        return o;
    }

    static JsonArray array(Iterable<String> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }

    static JsonObject of(Map<String, ?> m) {
        JsonObject o = obj();
        m.forEach((k, v) -> {
            if (v instanceof Number n) {
                put(o, k, n.doubleValue());
            } else if (v != null) {
                o.put(k, v.toString());
            }
        });
        return o;
    }
}
