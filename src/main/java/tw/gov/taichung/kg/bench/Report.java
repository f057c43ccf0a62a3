package tw.gov.taichung.kg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Turns the results JSON into Markdown tables (the figures of BENCHMARKS.md). */
public final class Report {
    private static final String[] HTTP = {"fuseki-mem", "fuseki-mem-nocache", "fuseki-tdb2", "fuseki-nq", "virtuoso",
        "fuseki-tdb2-cache", "fuseki-nq-cache"};
    private static final String[] INPROC = {"jena-mem", "jena-tdb2", "rdf4j-mem"};
    private final JsonObject res;
    private final StringBuilder sb = new StringBuilder();
    private final List<String> sizes = new ArrayList<>();

    private Report(JsonObject res) {
        this.res = res;
        JsonObject s = at(res, "sizes") instanceof JsonObject o ? o : new JsonObject();
        sizes.addAll(s.keys());
        sizes.sort((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
    }

    public static String markdown(JsonObject results) {
        return new Report(results).render();
    }

    private String render() {
        machine();
        realBuild();
        scaling();
        serveStart();
        stores();
        httpMix();
        inprocMix();
        perQuery();
        memory();
        checks();
        skipped();
        return sb.toString();
    }

    // ---- sections

    private void machine() {
        JsonObject m = obj(res, "machine");
        h("Machine and run");
        line("- CPU: " + s(m, "cpu") + ", " + s(m, "cores") + " cores; memory " + s(m, "memTotal") + "; "
                + s(m, "os") + "; " + s(m, "java"));
        line("- commit " + s(m, "commit") + (Boolean.TRUE.toString().equals(s(m, "dirty")) ? " (with uncommitted changes)"
                : "") + ", started " + s(m, "started") + "; load average " + s(m, "loadAverage") + " at start, "
                + s(m, "loadAverageAtEnd") + " at end");
        JsonObject o = obj(res, "options");
        line("- settings: warm-up " + s(o, "warmupSeconds") + " s, timed passes " + s(o, "durationSeconds")
                + " s, throughput clients " + s(o, "clients") + ", repeats " + s(o, "repeat") + ", worker heap "
                + s(o, "workerHeap") + "; CLI: `" + s(res, "cli") + "`");
        line("- named queries in the mix: " + join(at(res, "queries")));
        line("");
    }

    private void realBuild() {
        JsonObject x1 = size("1");
        if (x1 == null) {
            return;
        }
        h("Build of the real corpus (x1)");
        JsonObject cb = obj(x1, "cliBuild");
        if (!cb.keys().isEmpty()) {
            line("`tdkg build` as a user runs it, whole process (JVM start included), " + runsOf(cb) + " runs each:");
            line("");
            table(List.of("JVM", "wall min (ms)", "wall median (ms)", "CPU median (ms)", "peak RSS (MiB)", "options"));
            for (String v : cb.keys()) {
                if (!(cb.get(v) instanceof JsonObject vo) || !vo.hasKey("runs")) {
                    continue;
                }
                double[] wall = nums(vo.get("runs").getAsArray(), "wallMs");
                double[] cpu = nums(vo.get("runs").getAsArray(), "cpuMs");
                double[] rss = nums(vo.get("runs").getAsArray(), "peakRssMiB");
                row(v, f0(min(wall)), f0(median(wall)), f0(median(cpu)), f0(max(rss)), "`" + join(vo.get("jvm")) + "`");
            }
            line("");
        }
        JsonObject ph = obj(x1, "phases");
        if (!ph.keys().isEmpty()) {
            line("Stages in one JVM (`Worker phases`): the first run (cold JVM) and the best later run (warm):");
            line("");
            table(List.of("stage", "cold (ms)", "warm (ms)"));
            JsonObject warm = obj(ph, "warm");
            for (String[] st : STAGES) {
                row(st[1], f0(num(ph, st[0])), f0(num(warm, st[0])));
            }
            JsonObject d = obj(ph, "dumps");
            JsonObject dw = obj(warm, "dumps");
            for (String k : d.keys()) {
                row("&nbsp;&nbsp;dump " + k, f0(num(d, k)), f0(num(dw, k)));
            }
            line("");
        }
    }

    private static final String[][] STAGES = {
        {"readMs", "read files"}, {"loadMs", "load: YAML, ids, dates, mapping, quote checks"},
        {"quotesMs", "of which quote checks (replayed alone)"}, {"shapesMs", "parse SHACL shapes"},
        {"shaclMs", "SHACL validation"}, {"dumpsMs", "dumps (publish + every file)"}};

    private void scaling() {
        h("How the build grows (staged build, one JVM per size)");
        line("µs/quad is the stage's time divided by the quads: flat means linear growth.");
        line("");
        table(List.of("size", "quads", "reports", "generate (s)", "load+quotes (s)", "µs/quad", "quotes (s)",
                "SHACL (s)", "µs/quad", "dumps (s)", "batches", "peak heap (MiB)", "peak RSS (MiB)", "tdkg build (s)"));
        for (String s : sizes) {
            JsonObject x = size(s);
            JsonObject ph = obj(x, "phases");
            JsonObject c = obj(x, "corpus");
            double q = num(ph, "quads");
            JsonObject cb = obj(obj(x, "cliBuild"), "plain");
            double build = cb.hasKey("runs") ? median(nums(cb.get("runs").getAsArray(), "wallMs")) : Double.NaN;
            row("x" + s, f0(q), f0(num(c, "reports")), f1(num(c, "generateMs") / 1000), f1(num(ph, "loadMs") / 1000),
                    f1(num(ph, "loadMs") * 1000 / q), f2(num(ph, "quotesMs") / 1000), f1(num(ph, "shaclMs") / 1000),
                    f1(num(ph, "shaclMs") * 1000 / q), f1(num(ph, "dumpsMs") / 1000), s(c, "batches"),
                    f0(num(ph, "peakHeapMiB")), f0(num(ph, "peakRssMiB")), f1(build / 1000));
        }
        line("");
    }

    private void serveStart() {
        h("Cold start to the first answered query");
        line("From process start to the first 200 answer of the first named query over HTTP (ms). `tdkg serve` "
                + "restarts over the validated snapshot an earlier start kept (data unchanged); the 'validating' "
                + "table below is a start that loads the YAML, checks quotes and validates first (`--no-cache`); "
                + "Fuseki-TDB2 opens an existing "
                + "database; Fuseki over kg.nq parses the N-Quads dump into plain in-memory graphs (a prototype of "
                + "serving the build's output, tuned JVM); Virtuoso's figure is its server start on an empty "
                + "database.");
        line("");
        List<String> variants = new ArrayList<>();
        for (String s : sizes) {
            for (String v : obj(obj(size(s), "serve"), "fuseki-mem").keys()) {
                if (!variants.contains(v)) {
                    variants.add(v);
                }
            }
        }
        List<String> order = List.of("plain", "bin/tdkg", "cds", "tuned", "jdk25", "jdk25-aot", "jdk25-aot-tuned");
        variants.sort(java.util.Comparator.comparingInt(v -> order.indexOf(v) < 0 ? 99 : order.indexOf(v)));
        List<String> head = new ArrayList<>(List.of("size"));
        variants.forEach(v -> head.add("tdkg serve " + v));
        head.addAll(List.of("Fuseki over TDB2", "Fuseki over kg.nq (prototype)", "Virtuoso start (empty)"));
        table(head);
        for (String s : sizes) {
            JsonObject sv = obj(size(s), "serve");
            JsonObject mem = obj(sv, "fuseki-mem");
            List<String> cells = new ArrayList<>(List.of("x" + s));
            variants.forEach(v -> cells.add(serveCell(mem, v)));
            cells.add(f0(num(obj(sv, "fuseki-tdb2"), "firstAnswerMs")));
            cells.add(f0(num(obj(sv, "fuseki-nq"), "firstAnswerMs")));
            cells.add(f0(num(obj(obj(size(s), "stores"), "virtuoso"), "startMs")));
            row(cells.toArray(String[]::new));
        }
        line("");
        line("First start of `tdkg serve`, validating (`--no-cache`), one run per variant (ms):");
        line("");
        List<String> vhead = new ArrayList<>(List.of("size"));
        variants.forEach(v -> vhead.add("tdkg serve " + v));
        table(vhead);
        for (String s : sizes) {
            JsonObject mem = obj(obj(size(s), "serve"), "fuseki-mem");
            List<String> cells = new ArrayList<>(List.of("x" + s));
            variants.forEach(v -> cells.add(serveCell(mem, v, "validating")));
            row(cells.toArray(String[]::new));
        }
        line("");
        line("JVM options of the variants: " + variantOptions() + ".");
        line("");
        line("Cells with two figures are min / median over the repeats.");
        line("");
    }

    private String variantOptions() {
        List<String> out = new ArrayList<>();
        for (String s : sizes) {
            JsonObject mem = obj(obj(size(s), "serve"), "fuseki-mem");
            for (String v : mem.keys()) {
                String d = v + " `" + join(obj(mem, v).get("jvm")) + "`";
                if (out.stream().noneMatch(x -> x.startsWith(v + " "))) {
                    out.add(d);
                }
            }
        }
        return String.join("; ", out);
    }

    private String serveCell(JsonObject mem, String variant) {
        return serveCell(mem, variant, "runs");
    }

    private String serveCell(JsonObject mem, String variant, String key) {
        JsonObject v = obj(mem, variant);
        if (!v.hasKey(key)) {
            return "–";
        }
        double[] ms = nums(v.get(key).getAsArray(), "firstAnswerMs");
        return ms.length > 1 ? f0(min(ms)) + " / " + f0(median(ms)) : f0(ms.length == 0 ? Double.NaN : ms[0]);
    }

    private void stores() {
        h("Loading the N-Quads into each store");
        line("Seconds, and quads per second. Jena in memory and RDF4J parse the N-Quads into the in-process "
                + "store (Jena also builds the union default graph, as serve does); TDB2 uses the phased bulk "
                + "loader; Virtuoso uses ld_dir + rdf_loader_run + checkpoint.");
        line("");
        table(List.of("size", "quads", "Jena memory (s)", "TDB2 (s)", "TDB2 quads/s", "TDB2 disk (MiB)",
                "Virtuoso (s)", "Virtuoso quads/s", "RDF4J memory (s)", "RDF4J quads/s"));
        for (String s : sizes) {
            JsonObject x = size(s);
            double q = num(obj(x, "phases"), "quads");
            JsonObject st = obj(x, "stores");
            JsonObject in = obj(x, "inproc");
            double jm = num(obj(in, "jena-mem"), "loadMs");
            double rm = num(obj(in, "rdf4j-mem"), "loadMs");
            row("x" + s, f0(q), f1(jm / 1000), f1(num(obj(st, "tdb2"), "loadMs") / 1000),
                    f0(num(obj(st, "tdb2"), "quadsPerSecond")), f0(num(obj(st, "tdb2"), "diskMiB")),
                    f1(num(obj(st, "virtuoso"), "loadMs") / 1000), f0(num(obj(st, "virtuoso"), "quadsPerSecond")),
                    f1(rm / 1000), f0(q / (rm / 1000)));
        }
        line("");
    }

    private void httpMix() {
        h("Named-query mix over HTTP");
        line("Latency: one client; each query is sent to every engine in turn, so that whatever else runs on "
                + "the machine weighs on all engines alike (ms). Throughput: " + s(obj(res, "options"), "clients")
                + " clients in closed loops per engine, in 2-second slices rotating among the engines (queries/s). "
                + "The client shares the 2 cores. 'all' = every query the "
                + "engine answered; 'common' = the queries every engine answered with the same number of rows, on which the "
                + "ratios are taken: "
                + "p50 ratio = Virtuoso p50 / engine p50, qps ratio = engine qps / Virtuoso qps (above 1: faster "
                + "than Virtuoso).");
        line("");
        table(List.of("size", "engine", "all: queries", "p50", "p99", "qps", "common: queries", "p50", "p99",
                "qps", "p50 ratio", "qps ratio"));
        for (String s : sizes) {
            JsonObject http = obj(size(s), "http");
            JsonObject v = obj(obj(http, "virtuoso"), "common");
            for (String e : HTTP) {
                JsonObject h = obj(http, e);
                if (!h.hasKey("common")) {
                    continue;
                }
                JsonObject common = obj(h, "common");
                JsonObject full = h.hasKey("full") ? obj(h, "full") : common;
                double p50 = lat(common, "p50");
                double qps = num(obj(common, "throughput"), "qps");
                boolean peer = e.equals("virtuoso");
                row("x" + s, e, Integer.toString(count(full)), f2(lat(full, "p50")), f2(lat(full, "p99")),
                        f0(num(obj(full, "throughput"), "qps")), Integer.toString(count(common)), f2(p50),
                        f2(lat(common, "p99")), f0(qps), peer ? "1" : f2(lat(v, "p50") / p50),
                        peer ? "1" : f2(qps / num(obj(v, "throughput"), "qps")));
            }
        }
        line("");
    }

    private void inprocMix() {
        h("Named-query mix in process");
        line("One thread, the queries in turn, after warm-up, each engine in its own JVM, timed in 2-second "
                + "slices rotating among the engines (ms). 'common' = the queries every in-process engine "
                + "answered with the same number of rows; ratio = RDF4J p50 / engine p50 on them (above 1: faster than RDF4J).");
        line("");
        table(List.of("size", "engine", "all: queries", "p50", "p99", "queries/s", "common: queries", "p50",
                "p99", "queries/s", "p50 ratio", "load (s)", "live heap after load (MiB)"));
        for (String s : sizes) {
            JsonObject in = obj(size(s), "inproc");
            double rp50 = lat(obj(obj(in, "rdf4j-mem"), "common"), "p50");
            for (String e : INPROC) {
                JsonObject w = obj(in, e);
                if (!w.hasKey("common")) {
                    continue;
                }
                JsonObject common = obj(w, "common");
                JsonObject full = w.hasKey("full") ? obj(w, "full") : common;
                row("x" + s, e, Integer.toString(count(full)), f2(lat(full, "p50")), f2(lat(full, "p99")),
                        f0(num(obj(full, "latency"), "qps")), Integer.toString(count(common)),
                        f2(lat(common, "p50")), f2(lat(common, "p99")), f0(num(obj(common, "latency"), "qps")),
                        e.equals("rdf4j-mem") ? "1" : f2(rp50 / lat(common, "p50")), f1(num(w, "loadMs") / 1000),
                        f0(num(w, "liveHeapAfterLoadMiB")));
            }
        }
        line("");
    }

    private void perQuery() {
        h("Per query: p50 latency (ms) and rows");
        for (String s : sizes) {
            JsonObject x = size(s);
            List<String> engines = new ArrayList<>();
            for (String e : HTTP) {
                if (!obj(obj(x, "http"), e).keys().isEmpty()) {
                    engines.add(e);
                }
            }
            for (String e : INPROC) {
                if (!obj(obj(x, "inproc"), e).keys().isEmpty()) {
                    engines.add(e);
                }
            }
            if (engines.isEmpty()) {
                continue;
            }
            line("x" + s + " (HTTP engines, then in process):");
            line("");
            List<String> head = new ArrayList<>(List.of("query", "rows"));
            engines.forEach(e -> head.add(e));
            table(head);
            for (JsonValue qv : at(res, "queries").getAsArray()) {
                String q = qv.getAsString().value();
                List<String> cells = new ArrayList<>(List.of(q, rowsOf(x, engines, q)));
                for (String e : engines) {
                    JsonObject src = obj(obj(x, List.of(HTTP).contains(e) ? "http" : "inproc"), e);
                    String err = s(obj(obj(src, "check"), "errors"), q);
                    JsonObject pass = src.hasKey("full") ? obj(src, "full") : obj(src, "common");
                    double p = num(obj(obj(obj(pass, "latency"), "perQuery"), q), "p50");
                    cells.add(!err.equals("–") ? (err.contains("imeout") || err.contains("503")
                            || err.contains("incomplete") || err.contains("timed out") ? "timeout" : "error") : f2(p));
                }
                row(cells.toArray(String[]::new));
            }
            line("");
        }
    }

    /** The rows of the first engine, then any engine that gave another count. */
    private String rowsOf(JsonObject x, List<String> engines, String q) {
        String ref = null;
        List<String> other = new ArrayList<>();
        for (String e : engines) {
            JsonObject src = obj(obj(x, List.of(HTTP).contains(e) ? "http" : "inproc"), e);
            String v = s(obj(obj(src, "check"), "rows"), q);
            if (v.equals("–")) {
                continue;
            }
            if (ref == null) {
                ref = v;
            } else if (!v.equals(ref)) {
                other.add(e + ": " + v);
            }
        }
        return ref == null ? "–" : other.isEmpty() ? ref : ref + " (" + String.join(", ", other) + ")";
    }

    private void memory() {
        h("Peak memory");
        line("MiB. Heap is the peak of heap in use (sampled every 20 ms); RSS is the resident-set high-water "
                + "mark (for TDB2 it includes the memory-mapped database files; for Virtuoso, its buffers).");
        line("");
        table(List.of("size", "staged build heap", "staged build RSS", "tdkg serve RSS", "Fuseki-TDB2 heap (-Xmx2g)",
                "Fuseki-TDB2 RSS", "Virtuoso RSS", "Jena memory heap", "RDF4J memory heap", "Jena TDB2 heap"));
        for (String s : sizes) {
            JsonObject x = size(s);
            JsonObject http = obj(x, "http");
            JsonObject in = obj(x, "inproc");
            row("x" + s, f0(num(obj(x, "phases"), "peakHeapMiB")), f0(num(obj(x, "phases"), "peakRssMiB")),
                    f0(num(obj(http, "fuseki-mem"), "peakRssMiB")), f0(num(obj(http, "fuseki-tdb2"), "peakHeapMiB")),
                    f0(num(obj(http, "fuseki-tdb2"), "peakRssMiB")), f0(num(obj(http, "virtuoso"), "peakRssMiB")),
                    f0(num(obj(in, "jena-mem"), "liveHeapAfterLoadMiB")) + " live / "
                            + f0(num(obj(in, "jena-mem"), "peakHeapMiB")) + " peak",
                    f0(num(obj(in, "rdf4j-mem"), "liveHeapAfterLoadMiB")) + " live / "
                            + f0(num(obj(in, "rdf4j-mem"), "peakHeapMiB")) + " peak",
                    f0(num(obj(in, "jena-tdb2"), "peakHeapMiB")));
        }
        line("");
    }

    private void checks() {
        h("Answer checks");
        boolean any = false;
        for (String s : sizes) {
            JsonObject x = size(s);
            for (String kind : List.of("http", "inproc")) {
                JsonObject k = obj(x, kind);
                for (String e : k.keys()) {
                    JsonObject errs = obj(obj(obj(k, e), "check"), "errors");
                    for (String q : errs.keys()) {
                        line("- x" + s + " " + e + " `" + q + "`: " + abbreviate(s(errs, q)));
                        any = true;
                    }
                }
            }
            JsonObject errors = obj(x, "errors");
            for (String step : errors.keys()) {
                line("- x" + s + " step '" + step + "' failed: " + abbreviate(s(errors, step)));
                any = true;
            }
        }
        if (!any) {
            line("Every engine answered every query.");
        }
        line("");
        line("In the per-query tables, 'rows' is the first engine's count, followed by any engine that counted "
                + "otherwise.");
        line("");
    }

    private void skipped() {
        JsonValue sk = at(res, "skipped");
        if (!(sk instanceof JsonArray a) || a.isEmpty()) {
            return;
        }
        h("Not measured");
        for (JsonValue v : a) {
            JsonObject o = v.getAsObject();
            line("- x" + s(o, "size") + " " + s(o, "what") + ": " + s(o, "why"));
        }
        line("");
    }

    // ---- helpers

    private JsonObject size(String s) {
        return obj(obj(res, "sizes"), s);
    }

    private static int count(JsonObject pass) {
        JsonValue q = pass.get("queries");
        return q instanceof JsonArray a ? a.size() : 0;
    }

    private static double lat(JsonObject pass, String key) {
        return num(obj(obj(pass, "latency"), "all"), key);
    }

    private static String runsOf(JsonObject cb) {
        for (String v : cb.keys()) {
            if (cb.get(v) instanceof JsonObject vo && vo.hasKey("runs")) {
                return Integer.toString(vo.get("runs").getAsArray().size());
            }
        }
        return "0";
    }

    private void h(String title) {
        sb.append("### ").append(title).append("\n\n");
    }

    private void line(String s) {
        sb.append(s).append('\n');
    }

    private void table(List<String> head) {
        row(head.toArray(String[]::new));
        String[] sep = new String[head.size()];
        Arrays.fill(sep, "---");
        row(sep);
    }

    private void row(String... cells) {
        sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    static JsonValue at(JsonObject o, String key) {
        return o == null ? null : o.get(key);
    }

    static JsonObject obj(JsonObject o, String key) {
        JsonValue v = at(o, key);
        return v instanceof JsonObject x ? x : new JsonObject();
    }

    static double num(JsonObject o, String key) {
        JsonValue v = at(o, key);
        return v != null && v.isNumber() ? v.getAsNumber().value().doubleValue() : Double.NaN;
    }

    static String s(JsonObject o, String key) {
        JsonValue v = at(o, key);
        if (v == null) {
            return "–";
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isNumber()) {
            double d = v.getAsNumber().value().doubleValue();
            return d == Math.rint(d) ? Long.toString((long) d) : f2(d);
        }
        return v.toString();
    }

    private static String join(JsonValue v) {
        if (!(v instanceof JsonArray a)) {
            return "";
        }
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.isString() ? x.getAsString().value() : x.toString()));
        return String.join(" ", out);
    }

    private static double[] nums(JsonArray a, String key) {
        return a.stream().filter(JsonValue::isObject).mapToDouble(x -> num(x.getAsObject(), key))
                .filter(d -> !Double.isNaN(d)).toArray();
    }

    static double median(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    private static String fmt(double v, String f) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "–" : String.format(Locale.ROOT, f, v);
    }

    static String f0(double v) {
        return fmt(v, "%.0f");
    }

    static String f1(double v) {
        return fmt(v, "%.1f");
    }

    static String f2(double v) {
        if (!Double.isNaN(v) && Math.abs(v) >= 100) {
            return f0(v);
        }
        return fmt(v, Math.abs(v) < 1 ? "%.3f" : "%.2f");
    }

    private static String abbreviate(String s) {
        String t = s.replace('|', '/');
        return t.length() <= 160 ? t : t.substring(0, 157) + "...";
    }
}
