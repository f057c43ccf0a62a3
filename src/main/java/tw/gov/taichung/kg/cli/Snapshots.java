package tw.gov.taichung.kg.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.export.Dumps;
import tw.gov.taichung.kg.search.SearchIndex;

/**
 * Validated datasets kept between runs of {@code serve}: once a data folder has loaded and passed SHACL,
 * its published dataset is written (see {@link SnapshotFormat}) under a key made of every byte of the folder, the base
 * IRI and the program itself (the jar's path, size and time), so the next start with the same data and
 * program reads it instead of loading and validating again. Any change to a data file, the base or the
 * program gives another key. The search index built from a snapshot is kept beside it under the same key
 * ({@code KEY.search/}) and goes when the snapshot goes. Only used when running from a jar: without one there is nothing to key the
 * program by.
 */
final class Snapshots {
    private static final int KEEP = 8;
    private static final String SUFFIX = ".snapshot";
    private static final String SEARCH_SUFFIX = ".search";
    private final Path dir;

    Snapshots(Path dir) {
        this.dir = dir;
    }

    /** The default folder: {@code $XDG_CACHE_HOME/tdkg}, else {@code ~/.cache/tdkg}. */
    static Path defaultDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("tdkg");
    }

    /** The key of the data folder under this base and program, or null when the program is not a jar. */
    static String key(Path data, String base) throws IOException {
        Path jar = runningJar();
        return jar == null ? null : key(data, base, jar.toAbsolutePath() + "\n" + Files.size(jar) + "\n"
                + Files.getLastModifiedTime(jar).toMillis());
    }

    /** The key of the data folder under this base and the program identified by {@code program}. */
    static String key(Path data, String base, String program) throws IOException {
        MessageDigest md = Dumps.sha256();
        update(md, "tdkg snapshot 1\n" + base + "\n" + program + "\n");
        List<Path> files;
        try (Stream<Path> s = Files.walk(data)) {
            files = s.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing(p -> data.relativize(p).toString())).toList();
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                // a link, pipe or device is never read here (the loader refuses it); its name still counts
                update(md, data.relativize(f) + "\nnot a regular file\n");
                continue;
            }
            update(md, data.relativize(f) + "\n" + Files.size(f) + "\n");
            try (InputStream in = Files.newInputStream(f)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * The dataset kept under {@code key}, or null when there is none or it cannot be read. Its context names
     * the folder of its search index ({@link SearchIndex#KEEP}), kept beside it under the same key.
     */
    DatasetGraph read(String key) {
        Path file = dir.resolve(key + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DatasetGraph dsg = SnapshotFormat.read(in);
            dsg.getContext().set(SearchIndex.KEEP, dir.resolve(key + SEARCH_SUFFIX));
            return dsg;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Keeps {@code published} under {@code key} (written whole or not at all); the oldest beyond eight go. */
    void write(String key, DatasetGraph published) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".snapshot-", ".tmp");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    SnapshotFormat.write(published, out);
                }
                Files.move(tmp, dir.resolve(key + SUFFIX), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                published.getContext().set(SearchIndex.KEEP, dir.resolve(key + SEARCH_SUFFIX));
            } finally {
                Files.deleteIfExists(tmp);
            }
            prune();
        } catch (IOException | UncheckedIOException e) {
            System.err.println("note: could not keep the validated dataset in " + dir + " (" + e.getMessage()
                    + "); the next start validates again");
        }
    }

    private void prune() throws IOException {
        List<Path> kept;
        try (Stream<Path> s = Files.list(dir)) {
            kept = s.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(Snapshots::modified).reversed()).toList();
        }
        for (Path old : kept.subList(Math.min(KEEP, kept.size()), kept.size())) {
            Files.deleteIfExists(old);
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path index : s.filter(p -> p.getFileName().toString().endsWith(SEARCH_SUFFIX)).toList()) {
                String name = index.getFileName().toString();
                if (!Files.exists(dir.resolve(name.substring(0, name.length() - SEARCH_SUFFIX.length()) + SUFFIX))) {
                    SearchIndex.forget(index);
                }
            }
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static Path runningJar() {
        try {
            var source = Snapshots.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
    }
}
