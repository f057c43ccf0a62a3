package tw.gov.taichung.kg.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tw.gov.taichung.kg.export.Dumps;
import tw.gov.taichung.kg.export.Publication;
import tw.gov.taichung.kg.load.LoadResult;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Problem;
import tw.gov.taichung.kg.validate.Validator;

/**
 * Loads, verifies quotes, validates and writes the dumps (every RDF format, the JSON-LD context, the VoID
 * description and SHA256SUMS); the output folder appears whole or not at all.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Load the data, verify quotes, validate with SHACL and write the dataset in every format "
                + "(kg.nq, kg.trig, kg.ttl, kg.nt, kg.jsonld, kg.rdf), context.jsonld, void.ttl and SHA256SUMS. "
                + "--out must be new, empty or an earlier build's; never the data folder, in it or around it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the data has problems; nothing written",
                "2:usage error, or an --out that would hold or replace the data", "3:input cannot be read",
                "4:the output cannot be written"})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--out", description = "output folder (default: ${DEFAULT-VALUE})", defaultValue = "target/kg")
    Path out;

    @Override
    public Integer call() throws IOException {
        String refused = OutputPlace.refuseFolder(data.data, out);
        if (refused != null) {
            System.err.println(refused);
            return Main.USAGE;
        }
        DataOptions.Checked loaded = data.load(false, System.err);
        if (loaded.exitCode() != Main.OK) {
            return loaded.exitCode();
        }
        LoadResult r = loaded.result();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemon());
        try {
            // SHACL runs while the dumps are written into a temporary folder; they are moved into place only
            // when the data conforms
            Future<List<Problem>> shacl = pool.submit(() -> Validator.standard().validate(r.dataset(), r.origins()));
            DataOptions.Checked[] checked = new DataOptions.Checked[1];
            Map<String, Long> sizes;
            try {
                sizes = writeAtomically(r, new Iris(data.base), out, pool, () -> {
                    checked[0] = data.report(r, join(shacl), System.err);
                    return checked[0].exitCode() == Main.OK;
                });
            } catch (IOException | java.io.UncheckedIOException e) {
                System.err.println(OutputPlace.cannotWrite(out, e));
                return Main.OUTPUT;
            }
            if (sizes == null) {
                return checked[0].exitCode();
            }
            System.err.println("wrote " + out + " (" + r.dataset().stream().count() + " quads): " + sizes);
            printCoverage(r);
            return Main.OK;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Coverage totals per report, after the dump summary. */
    private void printCoverage(LoadResult r) {
        Path reports = data.data.resolve("reports");
        for (var c : tw.gov.taichung.kg.coverage.Coverage.measure(r.dataset(), new Iris(data.base), f -> {
            try {
                return Files.readString(reports.resolve(Path.of(f).getFileName()));
            } catch (IOException e) {
                return null;
            }
        })) {
            System.err.println("coverage " + tw.gov.taichung.kg.coverage.CoverageTable.totals(c));
        }
    }

    private static List<Problem> join(Future<List<Problem>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemon() {
        return task -> {
            Thread t = new Thread(task, "tdkg-build");
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Writes the dump folder into a temporary sibling (the files as tasks of {@code executor}); moves it into
     * place when {@code commit} says yes and returns the file sizes; otherwise removes it and returns null.
     */
    static Map<String, Long> writeAtomically(LoadResult r, Iris iris, Path out, Executor executor,
            BooleanSupplier commit) throws IOException {
        Path abs = out.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + "-");
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Map<String, Long> sizes = new Dumps(Publication.publish(r.dataset(), iris), iris).writeTo(tmp, executor);
            Files.writeString(tmp.resolve(OutputPlace.MARKER), OutputPlace.MARKER_TEXT);
            if (!commit.getAsBoolean()) {
                return null;
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
