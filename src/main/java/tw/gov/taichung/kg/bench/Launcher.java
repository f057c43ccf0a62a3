package tw.gov.taichung.kg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tw.gov.taichung.kg.cli.Main;

/**
 * Builds the command lines of child JVMs: the project's own CLI ({@code java -jar tdkg.jar ...}, exactly
 * as a user runs it) and the bench {@link Worker} (same classpath as this JVM, so RDF4J comes along when
 * it is on it).
 */
final class Launcher {
    private final String javaBin;
    private final Path jar;
    private final String classpath;

    Launcher(Path jar) {
        this.javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.jar = jar != null ? jar : ownJar();
        this.classpath = System.getProperty("java.class.path");
    }

    /** The jar holding the CLI when this JVM runs from one, else null. */
    static Path ownJar() {
        try {
            Path p = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    Path jar() {
        return jar;
    }

    String describeCli() {
        return jar != null ? "java -jar " + jar : "java -cp <classpath> " + Main.class.getName();
    }

    /** {@code java [jvm] -jar tdkg.jar args...} (or the Main class on this classpath when there is no jar). */
    List<String> cli(List<String> jvm, String... args) {
        return cli(null, jvm, args);
    }

    /** The same with another {@code java} (null: this JVM's). */
    List<String> cli(String java, List<String> jvm, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java != null ? java : javaBin);
        cmd.addAll(jvm);
        if (jar != null) {
            cmd.add("-jar");
            cmd.add(jar.toString());
        } else {
            cmd.add("-cp");
            cmd.add(classpath);
            cmd.add(Main.class.getName());
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** {@code java -Xmx.. -cp <this classpath> Worker task args...}. */
    List<String> worker(String heap, String task, String... args) {
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx" + heap, "-XX:+UseParallelGC", "-cp", classpath,
                Worker.class.getName(), task));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
