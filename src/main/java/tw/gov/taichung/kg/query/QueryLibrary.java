package tw.gov.taichung.kg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The named queries bundled under {@code /queries} on the classpath (copied from the queries/ folder). */
public final class QueryLibrary {
    private final Map<String, NamedQuery> queries;

    public QueryLibrary(Map<String, NamedQuery> queries) {
        this.queries = new TreeMap<>(queries);
    }

    public Map<String, NamedQuery> all() {
        return java.util.Collections.unmodifiableMap(queries);
    }

    public NamedQuery get(String name) {
        return queries.get(name);
    }

    /** Reads every {@code .rq} resource under {@code /queries}, from a folder or from the jar. */
    public static QueryLibrary bundled() {
        try {
            URI uri = QueryLibrary.class.getResource("/queries").toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return fromFolder(fs.getPath("/queries"));
                }
            }
            return fromFolder(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no bundled queries on the classpath", e);
        }
    }

    public static QueryLibrary fromFolder(Path dir) throws IOException {
        Map<String, NamedQuery> map = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(x -> x.getFileName().toString().endsWith(".rq")).toList()) {
                String name = p.getFileName().toString().replaceAll("\\.rq$", "");
                try (InputStream in = Files.newInputStream(p)) {
                    map.put(name, NamedQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return new QueryLibrary(map);
    }
}
