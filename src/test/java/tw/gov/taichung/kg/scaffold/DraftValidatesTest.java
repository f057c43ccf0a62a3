package tw.gov.taichung.kg.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.load.LoadResult;
import tw.gov.taichung.kg.load.SourceBundle;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Problem;
import tw.gov.taichung.kg.validate.Validator;

/**
 * The draft is in the data format: as scaffolded it is rejected only where it says TODO, and once the TODOs are
 * filled (here mechanically, as a reviewer would by hand) it loads, every quote found, and conforms to the SHACL
 * shapes.
 */
class DraftValidatesTest {
    static SourceBundle data;

    @BeforeAll
    static void read() throws IOException {
        data = SourceBundle.read(Path.of("data"));
    }

    static final String[] REPORTS = {"2016-singapore-world-cities-summit", "2017-france-toulouse-paris",
        "2018-council-report-trips-2015-2018", "2024-usa-sister-cities", "2026-usa-council-report"};

    /** The registries, the report text and the given fact file, without the other reports. */
    static SourceBundle bundle(String slug, String yaml, String extraRegistry) {
        Map<String, String> files = new TreeMap<>();
        data.files().forEach((k, v) -> {
            if (k.startsWith("registry/")) {
                files.put(k, v);
            }
        });
        files.put("reports/" + slug + ".txt", data.files().get("reports/" + slug + ".txt"));
        files.put("reports/" + slug + ".yaml", yaml);
        if (extraRegistry != null) {
            files.put("registry/zz-scaffold-test.yaml", extraRegistry);
        }
        return SourceBundle.of(files);
    }

    static Draft draft(String slug, boolean fresh) {
        Map<String, String> files = new TreeMap<>(data.files());
        files.remove("reports/" + slug + ".yaml");
        if (fresh) {
            CorpusRecallTest.CASES.stream().filter(c -> c.slug().equals(slug)).findFirst()
                    .ifPresent(c -> files.remove("registry/" + c.registryFile()));
        }
        return new Scaffolder(Registry.from(SourceBundle.of(files)))
                .scaffold(slug + ".txt", data.files().get("reports/" + slug + ".txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-singapore-world-cities-summit", "2017-france-toulouse-paris",
        "2018-council-report-trips-2015-2018", "2024-usa-sister-cities", "2026-usa-council-report"})
    void unfilledDraftIsRejectedAtEachTodoAndNowhereElse(String slug) {
        Draft d = draft(slug, true);
        LoadResult r = KnowledgeGraph.load(bundle(slug, d.yaml(), null), Iris.defaults());
        List<String> lines = d.yaml().lines().toList();
        Set<Integer> todo = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("TODO") && !lines.get(i).startsWith("#")) {
                todo.add(i + 1);
            }
        }
        Set<Integer> rejected = new TreeSet<>();
        for (Problem p : r.problems()) {
            assertTrue(p.file().endsWith(slug + ".yaml") && p.line() > 0, p.toString());
            assertTrue(todo.contains(p.line()), "problem at a line without TODO: " + p + "\n  "
                    + lines.get(p.line() - 1));
            rejected.add(p.line());
        }
        assertEquals(todo, rejected, "every TODO line is rejected by the loader");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-singapore-world-cities-summit", "2017-france-toulouse-paris",
        "2018-council-report-trips-2015-2018", "2024-usa-sister-cities", "2026-usa-council-report"})
    void filledDraftLoadsAndConforms(String slug) {
        for (boolean fresh : new boolean[] {false, true}) {
            Draft d = draft(slug, fresh);
            Filled f = fill(d.yaml());
            LoadResult r = KnowledgeGraph.load(bundle(slug, f.yaml(), f.registry()), Iris.defaults());
            assertEquals(List.of(), r.problems().stream().map(Problem::toString).toList(), slug + (fresh ? " fresh" : ""));
            List<Problem> shacl = Validator.standard().validate(r.dataset(), r.origins());
            assertEquals(List.of(), shacl.stream().map(Problem::toString).toList(), slug + " SHACL");
            assertFalse(f.yaml().contains("TODO"), "all TODOs filled");
        }
    }

    /** A draft with its TODOs filled, and the registry entries the filling needed. */
    record Filled(String yaml, String registry) {
    }

    private static final Pattern SUGGESTED = Pattern.compile("type: TODO  # (?:suggested: ([a-z-]+); )?.*");
    private static final Pattern PERSON = Pattern.compile("TODO-([^\\s,\\]\"]+)");

    /** Fills the TODOs as a reviewer would: names ids, takes the suggested type, adds unknown people. */
    static Filled fill(String yaml) {
        StringBuilder out = new StringBuilder();
        for (String line : yaml.split("\n", -1)) {
            if (line.startsWith("#")) {
                continue;
            }
            Matcher m = SUGGESTED.matcher(line.strip());
            if (m.matches()) {
                line = line.substring(0, line.indexOf("type:")) + "type: " + (m.group(1) == null ? "other" : m.group(1));
            }
            line = line.replace("  # TODO name it YYYY-MM-DD-what", "");
            line = line.replaceAll("-TODO-(\\d+)", "-item-$1").replaceAll("(\\d{4}-\\d{2})-TODO\\b", "$1-trip");
            line = line.replace("en: \"\"}  # TODO the English title", "en: Officer}");
            out.append(line).append('\n');
        }
        String filled = out.toString();
        Map<String, String> people = new LinkedHashMap<>();
        Map<String, String> orgs = new LinkedHashMap<>();
        Matcher m = PERSON.matcher(filled);
        while (m.find()) {
            int lineStart = filled.lastIndexOf('\n', m.start()) + 1;
            boolean org = filled.substring(lineStart, m.start()).strip().startsWith("org:");
            (org ? orgs : people).putIfAbsent(m.group(1), (org ? "new-org-" : "new-person-") + ((org ? orgs : people).size() + 1));
        }
        StringBuilder reg = new StringBuilder();
        List<String> replaced = new ArrayList<>();
        if (!people.isEmpty()) {
            reg.append("people:\n");
            people.forEach((name, id) -> reg.append("  - {id: ").append(id).append(", zh: ").append(name).append("}\n"));
        }
        if (!orgs.isEmpty()) {
            reg.append("organizations:\n");
            orgs.forEach((name, id) -> reg.append("  - {id: ").append(id).append(", zh: ").append(name)
                    .append(", type: government-body}\n"));
        }
        for (var e : people.entrySet()) {
            filled = filled.replace("TODO-" + e.getKey(), e.getValue());
            replaced.add(e.getKey());
        }
        for (var e : orgs.entrySet()) {
            filled = filled.replace("TODO-" + e.getKey(), e.getValue());
        }
        return new Filled(filled, reg.length() == 0 ? null : reg.toString());
    }
}
