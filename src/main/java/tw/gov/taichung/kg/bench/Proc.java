package tw.gov.taichung.kg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A child process whose output (stdout and stderr merged) is logged to a file and kept as lines, and
 * whose resident-set high-water mark is polled every 50 ms while it runs. Always bounded: every wait has
 * a time-out, after which the process (and its descendants) are ended.
 */
final class Proc implements AutoCloseable {
    private final Process process;
    private final long startNanos;
    private final List<String> lines = new ArrayList<>();
    private volatile long peakRssMiB = -1;
    private volatile long cpuTicks = -1;
    private volatile long endNanos;
    private final Thread reader;
    private volatile String endpoint;

    private Proc(Process process, long startNanos, Path log) {
        this.process = process;
        this.startNanos = startNanos;
        this.reader = new Thread(() -> pump(log), "proc-reader-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        Thread poller = new Thread(this::poll, "proc-poller-" + process.pid());
        poller.setDaemon(true);
        poller.start();
    }

    /** Starts a command in {@code dir}, logging to {@code log} (appended). */
    static Proc start(List<String> command, Path dir, Path log) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            long t0 = System.nanoTime();
            return new Proc(pb.start(), t0, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command to completion (bounded by {@code timeout}) and returns it, ended. */
    static Proc run(List<String> command, Path dir, Path log, Duration timeout) {
        Proc p = start(command, dir, log);
        p.waitFor(timeout);
        return p;
    }

    private void pump(Path log) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
             PrintWriter w = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
            String line;
            while ((line = r.readLine()) != null) {
                w.println(line);
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process ended; what was read is kept
        }
        synchronized (lines) {
            lines.notifyAll();
        }
    }

    private void poll() {
        while (process.isAlive()) {
            long v = Memory.peakRssMiB(process.pid());
            if (v > peakRssMiB) {
                peakRssMiB = v;
            }
            long c = Memory.cpuTicks(process.pid());
            if (c > cpuTicks) {
                cpuTicks = c;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits for the first output line matching {@code test}; null after the time-out or when the process ended. */
    String awaitLine(Predicate<String> test, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        synchronized (lines) {
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (test.test(lines.get(seen))) {
                        return lines.get(seen);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    return null;
                }
                try {
                    lines.wait(Math.max(1, Math.min(200, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }

    /** Waits for the process to end; ends it after the time-out. Returns the exit code, or -1 on time-out. */
    int waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                return -1;
            }
            endNanos = System.nanoTime();
            reader.join(5000);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            return -1;
        }
    }

    /** Wall time from start to the end of the process (or until now), in milliseconds. */
    double wallMillis() {
        long end = endNanos != 0 ? endNanos : System.nanoTime();
        return (end - startNanos) / 1e6;
    }

    long startNanos() {
        return startNanos;
    }

    /** Peak resident set seen while the process ran, in MiB (-1 when never read). */
    long peakRssMiB() {
        long now = Memory.peakRssMiB(process.pid());
        return Math.max(now, peakRssMiB);
    }

    /** CPU time (user + system) of the process as last seen, in milliseconds (-1 when never read). */
    double cpuMillis() {
        long now = Memory.cpuTicks(process.pid());
        long t = Math.max(now, cpuTicks);
        return t < 0 ? -1 : t * 10.0;
    }

    /** Every output line so far. */
    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** Sends one line to the process's stdin. */
    void send(String line) {
        try {
            var out = process.getOutputStream();
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes stdin, so a worker that waits for it ends by itself. */
    void closeInput() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already closed
        }
    }

    /**
     * Asks the process alone to end (SIGTERM) and waits for it, so that what it does at exit (a JVM writing
     * a class archive or AOT cache, perhaps in a child process) can finish; ends everything after the time-out.
     */
    void terminate(Duration timeout) {
        process.destroy();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
        }
    }

    /** Ends the process and its descendants: politely, then by force after 10 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (endNanos == 0) {
            endNanos = System.nanoTime();
        }
    }

    /** The SPARQL endpoint of a server process, once known. */
    String endpoint() {
        return endpoint;
    }

    void endpoint(String url) {
        endpoint = url;
    }
}
