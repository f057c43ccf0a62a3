package tw.gov.taichung.kg.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import tw.gov.taichung.kg.model.PartialDate;

/**
 * Writes a synthetic corpus {@code factor} times the size of a real one, in the project's own curated
 * format (registry YAML, report YAML, report texts), so that the real loader, quote checks and SHACL run
 * on it unchanged.
 *
 * <p>Copy {@code i} (0 .. factor-1) of every report keeps the report's text, so every quote really occurs,
 * and the report's shape: the same trips, delegations, events, visits, posts, pledges, assessments. Its
 * report-level ids (report, trips, events, pledges, agreements, partnerships) get the suffix {@code -c<i>},
 * and every date moves {@code i} years later (the same shift for a whole copy, so an event stays inside
 * its trip and each precision is kept). Copy 0 is the real corpus unchanged, so named queries with their
 * default parameters answer as on the real data.
 *
 * <p>People and organisations recur as they do in a real archive: copies {@code 4g .. 4g+3} share the
 * registry generation {@code g}, whose people and organisations carry the suffix {@code -r<g>} (none for
 * g = 0). Places (cities, countries) and the entities of {@code registry/common.yaml} (the city
 * government, the mayors) are shared by every copy.
 */
public final class CorpusGenerator {
    /** Report copies per registry generation. */
    public static final int COPIES_PER_GENERATION = 4;
    private static final String COMMON = "common.yaml";
    private static final Set<String> ID_KEYS = Set.of("id", "leader", "members", "destinations", "trip", "part_of",
            "place", "visited", "who", "partner", "with", "established_by", "parties", "signed_at", "by", "to",
            "made_at", "followed_up_by", "evidence", "pledge", "entity", "publisher", "person", "org", "parent",
            "country", "within", "about", "stated_by", "stated_at", "table", "to_event", "led_to", "event", "speaker",
            "for", "from", "founder", "headquarters", "owner", "organizer", "establishes", "report");
    private static final Set<String> DATE_KEYS = Set.of("date", "start", "end", "at", "since");
    /** Registry sections every generation shares (written once, in generation 0). */
    private static final Set<String> SHARED_SECTIONS = Set.of("places", "projects", "measures");
    private static final Set<String> REPORT_SECTIONS = Set.of("trips", "events", "pledges", "agreements",
            "partnerships");

    private final Map<String, String> registryFiles = new TreeMap<>();
    private final Map<String, String> reportFiles = new TreeMap<>();
    private final Map<String, String> texts = new TreeMap<>();
    /** Person and organisation ids outside common.yaml: renamed per registry generation. */
    private final Set<String> perGeneration = new HashSet<>();
    /** Report-level ids: renamed per copy. */
    private final Set<String> perCopy = new HashSet<>();

    /** What was written. */
    public record Summary(int copies, int reports, int registryFiles, long bytes, long millis) {
    }

    /** Reads the real corpus (registry/*.yaml, reports/*.yaml and reports/*.txt). */
    public CorpusGenerator(Path realData) throws IOException {
        read(realData.resolve("registry"), registryFiles, ".yaml");
        read(realData.resolve("reports"), reportFiles, ".yaml");
        read(realData.resolve("reports"), texts, ".txt");
        for (var e : registryFiles.entrySet()) {
            if (e.getKey().equals(COMMON)) {
                continue;
            }
            MappingNode root = compose(e.getKey(), e.getValue());
            for (String section : List.of("people", "organizations")) {
                for (Node item : items(value(root, section))) {
                    Node id = value(item, "id");
                    if (id instanceof ScalarNode s) {
                        perGeneration.add(s.getValue());
                    }
                }
            }
        }
        for (var e : reportFiles.entrySet()) {
            MappingNode root = compose(e.getKey(), e.getValue());
            if (value(value(root, "report"), "id") instanceof ScalarNode s) {
                perCopy.add(s.getValue());
            }
            for (String section : REPORT_SECTIONS) {
                for (Node item : items(value(root, section))) {
                    if (value(item, "id") instanceof ScalarNode s) {
                        perCopy.add(s.getValue());
                    }
                }
            }
        }
        Set<String> both = new HashSet<>(perGeneration);
        both.retainAll(perCopy);
        if (!both.isEmpty()) {
            throw new IllegalStateException("ids used both in the registry and in reports: " + both);
        }
    }

    /** Writes the corpus {@code factor} times the real one into {@code out} (which must not exist or be empty). */
    public Summary generate(int factor, Path out) throws IOException {
        return generate(0, factor, out);
    }

    /**
     * Writes report copies {@code from} (inclusive) to {@code to} (exclusive) into {@code out}, with the
     * registry they need: generation 0 (which holds the shared places and common.yaml) and the generations
     * of those copies. A run of copies starting at a multiple of {@link #COPIES_PER_GENERATION} is a closed
     * batch: nothing in it refers outside it, so batches can be loaded and validated one at a time.
     */
    public Summary generate(int from, int to, Path out) throws IOException {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("bad copy range " + from + ".." + to);
        }
        long t0 = System.nanoTime();
        Path registry = Files.createDirectories(out.resolve("registry"));
        Path reports = Files.createDirectories(out.resolve("reports"));
        long bytes = 0;
        int registryCount = 0;
        Set<Integer> gens = new java.util.TreeSet<>();
        gens.add(0);
        for (int i = from; i < to; i++) {
            gens.add(generationOf(i));
        }
        for (int g : gens) {
            for (var e : registryFiles.entrySet()) {
                if (g > 0 && e.getKey().equals(COMMON)) {
                    continue;
                }
                String text = g == 0 ? e.getValue() : registryCopy(e.getKey(), e.getValue(), g);
                if (text == null) {
                    continue;
                }
                bytes += write(registry.resolve(suffixed(e.getKey(), "r", g)), text);
                registryCount++;
            }
        }
        int reportCount = 0;
        for (int i = from; i < to; i++) {
            for (var e : reportFiles.entrySet()) {
                String text = i == 0 ? e.getValue() : reportCopy(e.getKey(), e.getValue(), i);
                bytes += write(reports.resolve(suffixed(e.getKey(), "c", i)), text);
                reportCount++;
            }
            for (var e : texts.entrySet()) {
                bytes += write(reports.resolve(suffixed(e.getKey(), "c", i)), e.getValue());
            }
        }
        return new Summary(to - from, reportCount, registryCount, bytes, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The registry generation used by report copy {@code i}. */
    public static int generationOf(int copy) {
        return copy / COPIES_PER_GENERATION;
    }

    /** A registry file for generation {@code g}, or null when it holds only shared sections. */
    private String registryCopy(String file, String text, int g) {
        MappingNode root = compose(file, text);
        if (root.getValue().stream().allMatch(t -> SHARED_SECTIONS.contains(((ScalarNode) t.getKeyNode()).getValue()))) {
            return null;
        }
        Edits edits = new Edits(text);
        for (NodeTuple t : root.getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            if (SHARED_SECTIONS.contains(key)) {
                edits.replace(t.getKeyNode(), t.getValueNode(), "");
            } else {
                rename(t.getValueNode(), key, 0, g, edits);
            }
        }
        return edits.apply();
    }

    private String reportCopy(String file, String text, int i) {
        MappingNode root = compose(file, text);
        Edits edits = new Edits(text);
        for (NodeTuple t : root.getValue()) {
            rename(t.getValueNode(), ((ScalarNode) t.getKeyNode()).getValue(), i, generationOf(i), edits);
        }
        return edits.apply();
    }

    /** Walks a value found under {@code key}, renaming ids, shifting dates and renaming the text file. */
    private void rename(Node node, String key, int copy, int gen, Edits edits) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    rename(t.getValueNode(), k.getValue(), copy, gen, edits);
                }
            }
        } else if (node instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                rename(item, key, copy, gen, edits);
            }
        } else if (node instanceof ScalarNode s && !s.getValue().isEmpty()) {
            String v = s.getValue();
            String out = null;
            if (ID_KEYS.contains(key) || key.equals("at") && perCopy.contains(v)) {
                // 'at' is a date in posts and figures, an event id in statements
                out = copy > 0 && perCopy.contains(v) ? v + "-c" + copy
                        : gen > 0 && perGeneration.contains(v) ? v + "-r" + gen : null;
            } else if (DATE_KEYS.contains(key) && copy > 0) {
                out = shift(v, copy);
            } else if (key.equals("text") && copy > 0 && v.strip().endsWith(".txt")) {
                out = suffixed(v.strip(), "c", copy);
            }
            if (out != null) {
                edits.replace(s, s, out);
            }
        }
    }

    /** A date {@code years} later, written Gregorian at the same precision (29 February becomes the 28th). */
    static String shift(String date, int years) {
        PartialDate d;
        try {
            d = PartialDate.parse(date);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return switch (d.precision()) {
            case DAY -> d.earliest().plusYears(years).toString();
            case MONTH -> String.format("%04d-%02d", d.year() + years, d.month());
            case YEAR -> String.format("%04d", d.year() + years);
        };
    }

    static String suffixed(String file, String kind, int n) {
        if (n == 0) {
            return file;
        }
        int dot = file.lastIndexOf('.');
        return file.substring(0, dot) + "-" + kind + n + file.substring(dot);
    }

    private static long write(Path p, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        Files.write(p, b);
        return b.length;
    }

    private static void read(Path dir, Map<String, String> into, String ext) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(ext)) {
                    into.put(name, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static MappingNode compose(String file, String text) {
        LoaderOptions opts = new LoaderOptions();
        opts.setCodePointLimit(Integer.MAX_VALUE);
        Node n = new Yaml(opts).compose(new StringReader(text));
        if (!(n instanceof MappingNode m)) {
            throw new IllegalArgumentException(file + ": not a YAML mapping");
        }
        return m;
    }

    private static Node value(Node map, String key) {
        if (map instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }

    private static List<Node> items(Node seq) {
        return seq instanceof SequenceNode s ? s.getValue() : List.of();
    }

    /** Replacements of source spans (code-point marks of YAML nodes), applied back to front. */
    private static final class Edits {
        private final String text;
        private final List<int[]> spans = new ArrayList<>();
        private final List<String> values = new ArrayList<>();

        Edits(String text) {
            this.text = text;
        }

        void replace(Node from, Node to, String value) {
            spans.add(new int[] {from.getStartMark().getIndex(), to.getEndMark().getIndex(), spans.size()});
            values.add(value);
        }

        String apply() {
            List<int[]> sorted = new ArrayList<>(spans);
            sorted.sort(Comparator.comparingInt(a -> a[0]));
            StringBuilder sb = new StringBuilder(text.length() + spans.size() * 8);
            int cpPos = 0;
            int charPos = 0;
            for (int[] s : sorted) {
                if (s[0] < cpPos) {
                    throw new IllegalStateException("overlapping edits");
                }
                int startChar = text.offsetByCodePoints(charPos, s[0] - cpPos);
                int endChar = text.offsetByCodePoints(startChar, s[1] - s[0]);
                sb.append(text, charPos, startChar).append(values.get(s[2]));
                charPos = endChar;
                cpPos = s[1];
            }
            return sb.append(text, charPos, text.length()).toString();
        }
    }

    /** Command-line use: {@code CorpusGenerator REAL_DATA FACTOR OUT}. */
    public static void main(String[] args) throws IOException {
        Summary s = new CorpusGenerator(Path.of(args[0])).generate(Integer.parseInt(args[1]), Path.of(args[2]));
        System.out.println(s);
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
