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
        for (var e : reports.entrySet()) {
            String text = reportText(bundle, e.getValue(), problems);
            Y id = ReportMapper.reportField(e.getValue(), "id");
            if (text == null || id == null || !Iris.SLUG.matcher(id.text()).matches()) {
                continue;
            }
            ctx.graph = dsg.getGraph(iris.reportGraph(id.text()));
            new ReportMapper(ctx, e.getValue(), text).emit();
        }
        return new LoadResult(dsg, problems, origins);
    }

    private static Y parse(String file, String content, List<Problem> problems) {
        LoaderOptions opts = new LoaderOptions();
        opts.setCodePointLimit(MAX_YAML_CODE_POINTS);
        opts.setMaxAliasesForCollections(20);
        opts.setNestingDepthLimit(20);
        try {
            org.yaml.snakeyaml.nodes.Node n = new Yaml(opts).compose(new StringReader(content));
            if (n == null) {
                problems.add(new Problem(file, 1, 1, "EMPTY_FILE", "the file is empty"));
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
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(new Problem(file, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "YAML_SYNTAX", "malformed YAML: " + what));
        } catch (YAMLException e) {
            String msg = e.getMessage() == null ? "unreadable" : e.getMessage();
            String code = msg.contains("code points") ? "FILE_TOO_LARGE" : "YAML_SYNTAX";
            problems.add(new Problem(file, 0, 0, code, code.equals("FILE_TOO_LARGE")
                    ? "the file is larger than " + MAX_YAML_CODE_POINTS + " characters" : "malformed YAML: " + msg));
        }
        return null;
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
        return content;
    }
}
