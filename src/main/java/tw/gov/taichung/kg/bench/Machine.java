package tw.gov.taichung.kg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;

/** What the numbers were measured on: CPU, cores, memory, Java, the commit, and the load beside us. */
final class Machine {
    private Machine() {
    }

    static JsonObject describe(Path repo) {
        JsonObject o = Json.obj();
        o.put("cpu", firstMatch(Path.of("/proc/cpuinfo"), "model name"));
        o.put("cores", Runtime.getRuntime().availableProcessors());
        String mem = firstMatch(Path.of("/proc/meminfo"), "MemTotal");
        o.put("memTotal", mem);
        o.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        o.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        o.put("commit", git(repo, "rev-parse", "--short", "HEAD"));
        String dirty = git(repo, "status", "--porcelain", "--untracked-files=no");
        o.put("dirty", dirty != null && !dirty.isBlank());
        Json.put(o, "loadAverage", Memory.loadAverage());
        o.put("started", java.time.OffsetDateTime.now().withNano(0).toString());
        return o;
    }

    private static String firstMatch(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException e) {
            return "?";
        }
        return "?";
    }

    static String git(Path repo, String... args) {
        try {
            List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
