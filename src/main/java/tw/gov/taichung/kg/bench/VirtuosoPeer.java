package tw.gov.taichung.kg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Virtuoso open source (Debian's virtuoso-opensource-7-bin) as the HTTP peer: a private instance in its
 * own folder, bound to 127.0.0.1, driven by {@code bench/virtuoso.sh} (start, bulk load, stop).
 */
final class VirtuosoPeer implements AutoCloseable {
    private final Path script;
    private final Path dir;
    private final Path log;
    private final int httpPort;
    private final int sqlPort;
    private final long buffers;
    private boolean started;

    VirtuosoPeer(Path script, Path dir, Path log, int httpPort, int sqlPort, long buffers) {
        this.script = script;
        this.dir = dir;
        this.log = log;
        this.httpPort = httpPort;
        this.sqlPort = sqlPort;
        this.buffers = buffers;
    }

    /** Why Virtuoso cannot run here, or null when it can. */
    static String unavailable(Path script) {
        if (!Files.isRegularFile(script)) {
            return "no " + script;
        }
        for (String bin : List.of("virtuoso-t", "isql-vt")) {
            boolean found = false;
            for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                found |= Files.isExecutable(Path.of(d, bin));
            }
            if (!found) {
                return bin + " is not installed (run bench/install-virtuoso.sh)";
            }
        }
        return null;
    }

    String endpoint() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    /** Creates a fresh database and starts the server; returns the wall milliseconds until it answers. */
    double start() {
        if (Files.exists(dir)) {
            CorpusGenerator.deleteTree(dir);
        }
        Proc p = Proc.run(List.of("env", "VIRTUOSO_BUFFERS=" + buffers, "bash", script.toString(), "start",
                dir.toString(), Integer.toString(httpPort), Integer.toString(sqlPort)), script.getParent(), log,
                Duration.ofMinutes(3));
        started = true;
        if (!p.lines().stream().anyMatch(l -> l.startsWith("virtuoso up"))) {
            throw new IllegalStateException("virtuoso did not start; see " + log);
        }
        return p.wallMillis();
    }

    /** Bulk-loads an N-Quads file (ld_dir + rdf_loader_run + checkpoint); returns the wall milliseconds. */
    double load(Path nquads, Duration timeout) {
        Proc p = Proc.run(List.of("bash", script.toString(), "load", dir.toString(), nquads.toAbsolutePath().toString()),
                script.getParent(), log, timeout);
        if (p.lines().stream().anyMatch(l -> l.contains("Error") || l.contains("*** "))) {
            throw new IllegalStateException("virtuoso load failed; see " + log);
        }
        return p.wallMillis();
    }

    /** The server's process id (from its lock file), or -1. */
    long pid() {
        try {
            String s = Files.readString(dir.resolve("db/virtuoso.lck")).strip();
            return Long.parseLong(s.replaceAll("\\D", ""));
        } catch (Exception e) {
            return -1;
        }
    }

    @Override
    public void close() {
        if (started) {
            Proc.run(List.of("bash", script.toString(), "stop", dir.toString()), script.getParent(), log,
                    Duration.ofMinutes(2));
            started = false;
        }
    }
}
