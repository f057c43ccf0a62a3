package tw.gov.taichung.kg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tw.gov.taichung.kg.export.Exporter;

/** Loads, verifies quotes, validates and writes the dumps; the output folder appears whole or not at all. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Load the data, verify quotes, validate with SHACL and write the dataset.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--out", description = "output folder (default: ${DEFAULT-VALUE})", defaultValue = "target/kg")
    Path out;

    @Override
    public Integer call() throws IOException {
        DataOptions.Checked c = data.load(true, System.err);
        if (c.exitCode() != Main.OK) {
            return c.exitCode();
        }
        writeAtomically(c, out);
        System.err.println("wrote " + out + " (" + c.result().dataset().stream().count() + " quads)");
        return Main.OK;
    }

    static void writeAtomically(DataOptions.Checked c, Path out) throws IOException {
        Path abs = out.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + "-");
        try {
            for (Exporter.Format f : Exporter.Format.values()) {
                try (OutputStream os = Files.newOutputStream(tmp.resolve(f.fileName))) {
                    Exporter.write(c.result().dataset(), f, os);
                }
            }
            Path old = null;
            if (Files.exists(abs)) {
                old = abs.resolveSibling("." + abs.getFileName() + "-old-" + System.nanoTime());
                Files.move(abs, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) {
                deleteTree(old);
            }
        } finally {
            if (Files.exists(tmp)) {
                deleteTree(tmp);
            }
        }
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
