package tw.gov.taichung.kg.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Location;
import tw.gov.taichung.kg.model.Problem;

/**
 * Turns curated data (registries, report fact files and report texts) into an RDF dataset with one
 * named graph per report and one for the registries. Every problem in every file is collected in one
 * run; the caller decides what to do with a dataset that has problems (usually: write nothing).
 */
public final class Loader {
    /** Largest YAML file accepted, in code points. */
    public static final int MAX_YAML_CODE_POINTS = 2_000_000;
    private final Iris iris;

    public Loader(Iris iris) {
        this.iris = iris;
    }

    public LoadResult load(SourceBundle bundle) {
        List<Problem> problems = new ArrayList<>(bundle.problems());
        Map<Node, Location> origins = new HashMap<>();
        Ctx ctx = new Ctx(iris, new Symbols(), problems, origins);
        Map<String, Y> registries = new LinkedHashMap<>();
        Map<String, Y> reports = new LinkedHashMap<>();
        for (var e : bundle.files().entrySet()) {
            if (!e.getKey().endsWith(".yaml")) {
                continue;
            }
            Y root = parse(e.getKey(), e.getValue(), problems);
            if (root != null) {
                (e.getKey().startsWith("registry/") ? registries : reports).put(e.getKey(), root);
            }
        }
        if (reports.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("reports/", 0, 0, "NO_REPORTS", "there is no report file (reports/*.yaml)"));
        }
        registries.values().forEach(r -> new RegistryMapper(ctx).declare(r));
        reports.values().forEach(r -> ReportMapper.declare(ctx, r));

        DatasetGraph dsg = DatasetGraphFactory.create();
        ctx.graph = dsg.getGraph(iris.registryGraph());
        registries.values().forEach(r -> new RegistryMapper(ctx).emit(r));
        Map<String, String> texts = new LinkedHashMap<>();
        for (var e : reports.entrySet()) {
            String text = reportText(bundle, e.getValue(), problems);
            Y id = ReportMapper.reportField(e.getValue(), "id");
            if (text == null || id == null || !Iris.SLUG.matcher(id.text()).matches()) {
                continue;
            }
            texts.put(e.getKey(), text);
            ctx.reportTexts.putIfAbsent(id.text(), text);
        }
        for (var e : reports.entrySet()) {
            String text = texts.get(e.getKey());
            if (text == null) {
                continue;
            }
            ctx.graph = dsg.getGraph(iris.reportGraph(ReportMapper.reportField(e.getValue(), "id").text()));
            new ReportMapper(ctx, e.getValue(), text).emit();
        }
        return new LoadResult(dsg, problems, origins);
    }

    private static Y parse(String file, String content, List<Problem> problems) {
        LoaderOptions opts = new LoaderOptions();
        opts.setCodePointLimit(MAX_YAML_CODE_POINTS);
        opts.setMaxAliasesForCollections(MAX_ALIASES);
        opts.setNestingDepthLimit(20);
        try {
            org.yaml.snakeyaml.nodes.Node n = new Yaml(opts).compose(new StringReader(content));
            if (n == null) {
                problems.add(new Problem(file, 1, 1, "EMPTY_FILE", content.isBlank() ? "the file is empty"
                        : "the file holds only comments and no data; add data or delete the file"));
                return null;
            }
            Y root = new Y(n, file);
            if (!root.isMap()) {
                problems.add(root.at().problem("BAD_VALUE", "the file must hold a mapping at the top, not "
                        + root.kind()));
                return null;
            }
            return root;
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(new Problem(file, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "YAML_SYNTAX", yamlMessage(e)));
        } catch (YAMLException e) {
            String msg = e.getMessage() == null ? "unreadable" : e.getMessage();
            if (msg.contains("code points")) {
                problems.add(new Problem(file, 0, 0, "FILE_TOO_LARGE", "the file is larger than "
                        + MAX_YAML_CODE_POINTS + " characters; split it into smaller files"));
            } else if (msg.startsWith("Number of aliases")) {
                int[] at = nthAlias(content, MAX_ALIASES + 1);
                problems.add(new Problem(file, at[0], at[1], "YAML_SYNTAX", "the file refers to lists or mappings "
                        + "by alias (*name) more than " + MAX_ALIASES + " times, which can blow up its size; write "
                        + "the data out in full"));
            } else {
                problems.add(new Problem(file, 0, 0, "YAML_SYNTAX", "malformed YAML: " + msg));
            }
        }
        return null;
    }

    /** Most aliases ({@code *name}) of lists and mappings in one file: a guard against alias bombs. */
    static final int MAX_ALIASES = 20;
    private static final java.util.regex.Pattern ALIAS =
            java.util.regex.Pattern.compile("(?<=^|[\\s\\[{,:-])\\*[^\\s\\[\\]{},]+", java.util.regex.Pattern.MULTILINE);

    /** Line and column (1-based) of the n-th alias in the text; 0, 0 when there are fewer. */
    private static int[] nthAlias(String content, int n) {
        java.util.regex.Matcher m = ALIAS.matcher(content);
        for (int i = 0; m.find(); i++) {
            if (i == n - 1) {
                String before = content.substring(0, m.start());
                int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
                return new int[] {line, m.start() - before.lastIndexOf('\n')};
            }
        }
        return new int[] {0, 0};
    }

    /** SnakeYAML's token names, as a curator would say them. */
    private static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("<stream end>", "the end of the file"),
            Map.entry("<block end>", "the end of an indented block"),
            Map.entry("<block mapping start>", "the start of a mapping (key: value)"),
            Map.entry("<block sequence start>", "the start of a list (- item)"),
            Map.entry("<flow sequence start>", "'['"),
            Map.entry("<flow sequence end>", "']'"),
            Map.entry("<flow mapping start>", "'{'"),
            Map.entry("<flow mapping end>", "'}'"),
            Map.entry("<scalar>", "a value"),
            Map.entry("<key>", "a key"),
            Map.entry("<block entry>", "'-'"));

    /**
     * A plain sentence for a YAML syntax error: where the enclosing construct began (when SnakeYAML says), and
     * what was expected, without the parser's token names.
     */
    static String yamlMessage(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : String.valueOf(e.getMessage());
        if (problem.contains("\\t(TAB)")) {
            return "a tab is used for indentation here; YAML indents with spaces only";
        }
        problem = problem.replaceAll("but got (\\S)$", "but found '$1'").replace("but got", "but found")
                .replace("could not find expected ':'", "a key is not followed by ':'")
                .replace("expected the node content", "expected a value")
                .replace("found unexpected end of stream", "the file ends before it is closed")
                .replace("mapping values are not allowed here", "a ':' here starts a value where none can be; put "
                        + "text that holds ': ' in quotes")
                .replaceAll("found undefined alias (\\S+)", "the alias *$1 refers to no anchor &$1")
                .replace("but found '?'", "but found a key");
        for (var t : TOKENS.entrySet()) {
            problem = problem.replace("'" + t.getKey() + "'", t.getValue()).replace(t.getKey(), t.getValue());
        }
        if (problem.contains("expected the end of an indented block")) {
            problem += "; check the indentation of this line";
        }
        String context = e.getContext();
        var at = e.getContextMark();
        if (context == null || at == null) {
            return "malformed YAML: " + problem;
        }
        String where = " at line " + (at.getLine() + 1) + ", column " + (at.getColumn() + 1);
        String what = switch (context) {
            case "while parsing a flow sequence" -> "in the list opened with '['" + where;
            case "while parsing a flow mapping" -> "in the mapping opened with '{'" + where;
            case "while parsing a block mapping" -> "in the mapping that starts" + where;
            case "while parsing a block collection" -> "in the list that starts" + where;
            case "while scanning a quoted scalar" -> "in the quoted text that starts" + where;
            case "while scanning a simple key" -> "in the key" + where;
            case "while parsing a flow node", "while parsing a block node" -> "in the value that starts" + where;
            default -> context.replaceFirst("^while (parsing|scanning) ", "in ") + where;
        };
        return "malformed YAML " + what + ": " + problem;
    }

    private static String reportText(SourceBundle bundle, Y root, List<Problem> problems) {
        Y text = ReportMapper.reportField(root, "text");
        if (text == null) {
            return null;
        }
        String name = text.text().strip();
        if (name.contains("/") || name.contains("\\") || !name.endsWith(".txt")) {
            problems.add(text.at().problem("BAD_VALUE", "'text' must name a .txt file beside the report file, not '"
                    + name + "'"));
            return null;
        }
        String content = bundle.files().get("reports/" + name);
        if (content == null) {
            if (!bundle.problems().stream().anyMatch(p -> p.file().equals("reports/" + name))) {
                problems.add(text.at().problem("TEXT_MISSING", "the report text 'reports/" + name + "' does not exist"));
            }
            return null;
        }
        if (content.isBlank()) {
            problems.add(text.at().problem("EMPTY_REPORT", "the report text 'reports/" + name + "' is empty"));
            return null;
        }
        if (content.startsWith("\uFEFF")) {
            problems.add(new Problem("reports/" + name, 1, 1, "TEXT_BOM", "the report text starts with a byte-order "
                    + "mark (U+FEFF); save it as UTF-8 without one, because quote positions count every character "
                    + "from the start of the file"));
            return null;
        }
        return content;
    }
}
