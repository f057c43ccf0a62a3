package tw.gov.taichung.kg.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tw.gov.taichung.kg.export.Exporter;
import tw.gov.taichung.kg.export.Publication;
import tw.gov.taichung.kg.model.Iris;

/** Loads and validates, then writes the published dataset in one format to standard output or a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the dataset in one RDF format (sorted, deterministic) to standard output or --out FILE.")
final class ExportCommand implements Callable<Integer> {
    private static final String IDS = Arrays.stream(Exporter.Format.values()).map(f -> f.id)
            .collect(Collectors.joining(", "));

    @Mixin
    DataOptions data;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "ttl, nt, nq, trig, jsonld or rdf (RDF/XML)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path out;

    @Override
    public Integer call() throws IOException {
        Exporter.Format f = Exporter.Format.byId(format);
        if (f == null) {
            System.err.println("--format must be one of " + IDS + ", not '" + format + "'");
            return Main.USAGE;
        }
        String refused = out == null ? null : OutputPlace.refuseFile(data.data, out);
        if (refused != null) {
            System.err.println(refused);
            return Main.USAGE;
        }
        DataOptions.Checked c = data.load(true, System.err);
        if (c.exitCode() != Main.OK) {
            return c.exitCode();
        }
        Iris iris = new Iris(data.base);
        var published = Publication.publish(c.result().dataset(), iris);
        if (out == null) {
            OutputStream os = new BufferedOutputStream(new FilterOutputStream(System.out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            Exporter.write(published, f, iris, os);
            os.flush();
            return Main.OK;
        }
        try {
            writeFile(published, f, iris);
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println(OutputPlace.cannotWrite(out, e));
            return Main.OUTPUT;
        }
        System.err.println("wrote " + out + " (" + Files.size(out.toAbsolutePath()) + " bytes)");
        return Main.OK;
    }

    private void writeFile(org.apache.jena.sparql.core.DatasetGraph published, Exporter.Format f, Iris iris)
            throws IOException {
        Path abs = out.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + "-", ".tmp");
        try {
            if (abs.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                Exporter.write(published, f, iris, os);
            }
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
