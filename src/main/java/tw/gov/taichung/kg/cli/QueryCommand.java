package tw.gov.taichung.kg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.query.NamedQuery;
import tw.gov.taichung.kg.query.QueryLibrary;
import tw.gov.taichung.kg.query.QueryRunner;
import tw.gov.taichung.kg.query.TablePrinter;

/** Answers a named query (from queries/) or a .rq file, as a table, CSV or JSON. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Answer a named query or a SPARQL file: tdkg query NAME|FILE.rq [--param key=value] "
                + "[--format table|csv|json]; tdkg query --list shows the names, titles and parameters")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(arity = "0..1", paramLabel = "NAME|FILE.rq", description = "a named query or a .rq file")
    String target;

    @Option(names = "--list", description = "list the named queries with their titles and parameters")
    boolean list;

    @Option(names = "--param", paramLabel = "key=value", description = "a query parameter (repeatable)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", description = "table, csv or json (default: ${DEFAULT-VALUE})",
            defaultValue = "table")
    String format;

    @Option(names = "--cache", paramLabel = "DIR", description = "where validated datasets are kept between "
            + "runs, so a query on unchanged data loads nothing (default: $XDG_CACHE_HOME/tdkg or ~/.cache/tdkg)")
    Path cacheDir;

    @Option(names = "--no-cache", description = "always load and validate the data; keep nothing")
    boolean noCache;

    @Override
    public Integer call() throws IOException {
        QueryLibrary lib = QueryLibrary.bundled();
        if (list) {
            printList(lib);
            return Main.OK;
        }
        if (target == null || !format.matches("table|csv|json")) {
            System.err.println(target == null ? "give a query name or a .rq file (tdkg query --list shows names)"
                    : "--format must be table, csv or json, not '" + format + "'");
            return Main.USAGE;
        }
        NamedQuery q;
        if (target.endsWith(".rq")) {
            Path p = Path.of(target);
            if (!Files.isReadable(p)) {
                System.err.println(target + ": cannot read the query file");
                return Main.UNREADABLE;
            }
            String name = p.getFileName().toString().replaceAll("\\.rq$", "");
            q = NamedQuery.parse(name, Files.readString(p, StandardCharsets.UTF_8));
        } else if ((q = lib.get(target)) == null) {
            System.err.println("no query named '" + target + "'; tdkg query --list shows the names");
            return Main.USAGE;
        }
        String sparql;
        try {
            sparql = q.render(params);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return Main.USAGE;
        }
        try {
            QueryRunner.parse(sparql);
        } catch (QueryParseException e) {
            System.err.println(target + ": SPARQL_SYNTAX " + e.getMessage().strip().split("\\R", 2)[0]);
            return Main.USAGE;
        } catch (IllegalArgumentException e) {
            System.err.println(target + ": " + e.getMessage());
            return Main.USAGE;
        }
        ValidatedData.Outcome o = ValidatedData.published(data, new Iris(data.base), cacheDir, noCache, System.err);
        if (o.exitCode() != Main.OK) {
            return o.exitCode();
        }
        QueryRunner runner = new QueryRunner(KnowledgeGraph.withUnionDefault(o.published()), data.base);
        try {
            if (format.equals("table")) {
                System.out.print(runner.select(sparql).render());
            } else {
                System.out.print(runner.format(sparql, format));
            }
        } catch (QueryCancelledException e) {
            System.err.println(target + ": TIMEOUT the query took too long");
            return Main.VIOLATIONS;
        }
        return Main.OK;
    }

    /** The named queries as an aligned table: name, titles in Chinese and English, parameters with defaults. */
    private static void printList(QueryLibrary lib) {
        List<List<String>> rows = new ArrayList<>();
        for (NamedQuery q : lib.all().values()) {
            rows.add(List.of(q.name(), q.titleZh(), q.titleEn(), q.describeParams()));
        }
        TablePrinter.print(List.of("name", "標題", "title", "parameters (default)"), rows, System.out);
        System.out.println(rows.size() + " queries; run one with: tdkg query NAME [--param key=value] "
                + "[--format table|csv|json]");
    }
}
