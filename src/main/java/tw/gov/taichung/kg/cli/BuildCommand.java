package tw.gov.taichung.kg.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tw.gov.taichung.kg.export.Dumps;
import tw.gov.taichung.kg.export.Publication;
import tw.gov.taichung.kg.model.Iris;

/**
 * Loads, verifies quotes, validates and writes the dumps (every RDF format, the JSON-LD context, the VoID
 * description and SHA256SUMS); the output folder appears whole or not at all.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Load the data, verify quotes, validate with SHACL and write the dataset in every format "
                + "(kg.nq, kg.trig, kg.ttl, kg.nt, kg.jsonld, kg.rdf), context.jsonld, void.ttl and SHA256SUMS.")
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
        Map<String, Long> sizes = writeAtomically(c, new Iris(data.base), out);
        System.err.println("wrote " + out + " (" + c.result().dataset().stream().count() + " quads): " + sizes);
        return Main.OK;
    }

    /** Writes the dump folder into a temporary sibling, then moves it into place; returns the file sizes. */
    static Map<String, Long> writeAtomically(DataOptions.Checked c, Iris iris, Path out) throws IOException {
        Path abs = out.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + "-");
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Map<String, Long> sizes = new Dumps(Publication.publish(c.result().dataset(), iris), iris).writeTo(tmp);
            Path old = null;
            if (Files.exists(abs)) {
                old = abs.resolveSibling("." + abs.getFileName() + "-old-" + System.nanoTime());
                Files.move(abs, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) {
                deleteTree(old);
            }
            return sizes;
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
