package tw.gov.taichung.kg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.export.Dumps;
import tw.gov.taichung.kg.export.Publication;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.load.LoadResult;
import tw.gov.taichung.kg.load.SourceBundle;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Problem;
import tw.gov.taichung.kg.validate.Validator;

/**
 * The build, stage by stage, in one JVM, with the project's own code: read the files, load (YAML, ids,
 * dates, mapping, quote checks), the quote checks again on their own ({@link QuoteReplay}), SHACL, and
 * the dumps file by file. Also writes the loaded quads as plain N-Quads for the stores and peers.
 * Several data folders (batches) are processed one after another, their times added up.
 */
final class BuildPhases {
    private BuildPhases() {
    }

    static JsonObject run(List<Path> dataDirs, Path nquads, Path dumpsDir, boolean shacl) throws Exception {
        Iris iris = Iris.defaults();
        double read = 0;
        double load = 0;
        double quotes = 0;
        double shapes = 0;
        double validate = 0;
        double writeNq = 0;
        long quads = 0;
        long quoteCount = 0;
        long problems = 0;
        long liveAfterLoad = 0;
        JsonObject dumps = Json.obj();
        String firstProblem = null;
        if (nquads != null) {
            Files.deleteIfExists(nquads);
        }
        for (Path dir : dataDirs) {
            long t0 = System.nanoTime();
            SourceBundle bundle = SourceBundle.read(dir);
            long t1 = System.nanoTime();
            LoadResult r = KnowledgeGraph.load(bundle, iris);
            long t2 = System.nanoTime();
            read += ms(t0, t1);
            load += ms(t1, t2);
            QuoteReplay replay = new QuoteReplay(bundle.files());
            quotes += replay.run();
            quoteCount += replay.quotes();
            if (dataDirs.size() == 1) {
                liveAfterLoad = Memory.liveHeapMiB();
            }
            List<Problem> found = r.problems();
            if (shacl && found.isEmpty()) {
                long t3 = System.nanoTime();
                Validator v = Validator.standard();
                long t4 = System.nanoTime();
                found = v.validate(r.dataset(), r.origins());
                long t5 = System.nanoTime();
                shapes += ms(t3, t4);
                validate += ms(t4, t5);
            }
            problems += found.size();
            if (!found.isEmpty() && firstProblem == null) {
                firstProblem = found.get(0).toString();
            }
            DatasetGraph dsg = r.dataset();
            quads += dsg.stream().count();
            if (nquads != null) {
                long t6 = System.nanoTime();
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND), 1 << 16)) {
                    RDFDataMgr.write(out, dsg, RDFFormat.NQUADS_UTF8);
                }
                writeNq += ms(t6, System.nanoTime());
            }
            if (dumpsDir != null) {
                Files.createDirectories(dumpsDir);
                long tp = System.nanoTime();
                Dumps d = new Dumps(Publication.publish(dsg, iris), iris);
                add(dumps, "publish", ms(tp, System.nanoTime()));
                for (String file : Dumps.files()) {
                    if (file.equals(Dumps.SUMS_FILE)) {
                        continue;
                    }
                    long tf = System.nanoTime();
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dumpsDir.resolve(file)))) {
                        d.write(file, out);
                    }
                    add(dumps, file, ms(tf, System.nanoTime()));
                }
            }
        }
        JsonObject o = Json.obj();
        o.put("batches", dataDirs.size());
        o.put("quads", quads);
        o.put("quotes", quoteCount);
        o.put("problems", problems);
        if (firstProblem != null) {
            o.put("firstProblem", firstProblem);
        }
        Json.put(o, "readMs", read);
        Json.put(o, "loadMs", load);
        Json.put(o, "quotesMs", quotes);
        Json.put(o, "shapesMs", shapes);
        Json.put(o, "shaclMs", validate);
        Json.put(o, "writeNqMs", writeNq);
        double dumpTotal = 0;
        for (String k : dumps.keys()) {
            dumpTotal += Json.num(dumps, k);
        }
        o.put("dumps", dumps);
        Json.put(o, "dumpsMs", dumpTotal);
        o.put("liveHeapAfterLoadMiB", liveAfterLoad);
        return o;
    }

    private static void add(JsonObject o, String key, double v) {
        double old = o.hasKey(key) ? Json.num(o, key) : 0;
        Json.put(o, key, old + v);
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
