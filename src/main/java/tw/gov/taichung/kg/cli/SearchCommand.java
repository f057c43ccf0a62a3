package tw.gov.taichung.kg.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tw.gov.taichung.kg.export.Publication;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.query.TablePrinter;
import tw.gov.taichung.kg.search.Hits;
import tw.gov.taichung.kg.search.SearchIndex;
import tw.gov.taichung.kg.search.SearchJson;
import tw.gov.taichung.kg.search.Searcher;

/** Searches the labels, aliases and report sentences of the graph, as the web interface's search does. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Find entities by name or alias (zh-Hant or English; 台/臺 and full-width letters fold) and "
                + "report passages by phrase.")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(index = "0", paramLabel = "TERM", description = "what to look for (plain words; no query syntax)")
    String term;

    @Option(names = "--kind", paramLabel = "K", description = "only entities of this kind: person, org, place, trip, "
            + "event, pledge, agreement, report")
    String kind;

    @Option(names = "--format", description = "table or json (default: ${DEFAULT-VALUE})", defaultValue = "table")
    String format;

    @Option(names = "--limit", description = "entities and passages shown at most, each (default: ${DEFAULT-VALUE})",
            defaultValue = "20")
    int limit;

    @Override
    public Integer call() {
        if (!format.equals("table") && !format.equals("json") || limit < 1) {
            System.err.println(limit < 1 ? "--limit must be positive" : "--format must be table or json, not '" + format + "'");
            return Main.USAGE;
        }
        DataOptions.Checked c = data.load(false, System.err);
        if (c.exitCode() != Main.OK) {
            return c.exitCode();
        }
        Iris iris = new Iris(data.base);
        DatasetGraph published = Publication.publish(c.result().dataset(), iris);
        Searcher searcher = new Searcher(SearchIndex.build(published, data.data.resolve("reports")), iris);
        Hits.Answer a = searcher.search(term, kind, limit);
        if (a.error() != null) {
            System.err.println(a.error());
            return Main.USAGE;
        }
        if (format.equals("json")) {
            System.out.print(new SearchJson(iris).answer(a));
        } else {
            print(a, iris, System.out);
        }
        return Main.OK;
    }

    private static void print(Hits.Answer a, Iris iris, PrintStream out) {
        List<List<String>> rows = new ArrayList<>();
        for (Hits.EntityHit e : a.entities()) {
            rows.add(List.of(shortName(e.iri(), iris), nz(e.zh()), nz(e.en()), e.matched(), Integer.toString(e.facts())));
        }
        TablePrinter.print(List.of("entity", "zh", "en", "matched", "facts"), rows, out);
        out.println(rows.size() + (rows.size() == 1 ? " entity" : " entities"));
        if (a.passages().isEmpty()) {
            return;
        }
        List<List<String>> passages = new ArrayList<>();
        for (Hits.PassageHit p : a.passages()) {
            passages.add(List.of(p.stem(), Integer.toString(p.start()), Integer.toString(p.end()), marked(p),
                    String.join(", ", p.facts().stream().map(f -> shortName(f.iri(), iris)).toList())));
        }
        TablePrinter.print(List.of("report", "start", "end", "passage", "facts"), passages, out);
        out.println(passages.size() + (passages.size() == 1 ? " passage" : " passages"));
    }

    /** The sentence with each match in 【】, cut to 40 characters around the first. */
    private static String marked(Hits.PassageHit p) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int[] m : p.marks()) {
            sb.append(p.sentence(), at, m[0]).append('【').append(p.sentence(), m[0], m[1]).append('】');
            at = m[1];
        }
        String s = sb.append(p.sentence().substring(at)).toString();
        int first = Math.max(0, s.indexOf('【') - 20);
        String cut = s.substring(first, Math.min(s.length(), first + 40));
        return (first > 0 ? "…" : "") + cut + (first + 40 < s.length() ? "…" : "");
    }

    private static String shortName(String iri, Iris iris) {
        String id = iris.base() + "id/";
        return iri.startsWith(id) ? iri.substring(id.length()).replaceFirst("/", ":") : iri;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
