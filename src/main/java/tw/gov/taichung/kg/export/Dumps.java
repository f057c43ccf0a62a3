package tw.gov.taichung.kg.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.model.Iris;

/**
 * The dump folder of a published dataset: {@code kg.nq}, {@code kg.trig}, {@code kg.ttl}, {@code kg.nt},
 * {@code kg.jsonld}, {@code kg.rdf}, the JSON-LD context, the VoID description ({@code void.ttl}) and
 * {@code SHA256SUMS} (in {@code sha256sum} format). {@code tdkg build} writes it to disk and the server
 * serves the same bytes at {@code /dumps/}.
 */
public final class Dumps {
    /** The VoID and DCAT description, in Turtle. */
    public static final String VOID_FILE = "void.ttl";
    /** The checksums of every other file. */
    public static final String SUMS_FILE = "SHA256SUMS";

    private final DatasetGraph published;
    private final Iris iris;
    private final Sorted sorted;

    /** The dumps of {@code published} (see {@link Publication#publish}) under {@code iris}. */
    public Dumps(DatasetGraph published, Iris iris) {
        this.published = published;
        this.iris = iris;
        this.sorted = new Sorted(published);
    }

    /** Every file of the folder in writing order, {@code SHA256SUMS} last. */
    public static List<String> files() {
        List<String> out = new ArrayList<>();
        for (Exporter.Format f : Exporter.Format.values()) {
            out.add(f.fileName);
        }
        out.add(JsonLdWriter.CONTEXT_FILE);
        out.add(VOID_FILE);
        out.add(SUMS_FILE);
        return List.copyOf(out);
    }

    /** The media type of a file of the folder, or null when it is not one. */
    public static String mediaType(String file) {
        for (Exporter.Format f : Exporter.Format.values()) {
            if (f.fileName.equals(file)) {
                return f.mediaType();
            }
        }
        return switch (file) {
            case JsonLdWriter.CONTEXT_FILE -> Lang.JSONLD.getHeaderString();
            case VOID_FILE -> Lang.TURTLE.getHeaderString();
            case SUMS_FILE -> "text/plain";
            default -> null;
        };
    }

    /** Writes one file other than {@code SHA256SUMS}. */
    public void write(String file, OutputStream out) {
        if (file.equals(JsonLdWriter.CONTEXT_FILE)) {
            JsonLdWriter.writeContext(out);
        } else if (file.equals(VOID_FILE)) {
            Exporter.write(published.getGraph(Publication.voidGraph(iris)), Exporter.Format.TTL, iris, out);
        } else {
            Exporter.Format f = java.util.Arrays.stream(Exporter.Format.values())
                    .filter(x -> x.fileName.equals(file)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("not a dump file: " + file));
            Exporter.write(sorted, f, iris, out);
        }
    }

    /** Writes every file into the existing folder {@code dir}; returns each file's size in bytes. */
    public Map<String, Long> writeTo(Path dir) throws IOException {
        return writeTo(dir, Runnable::run);
    }

    /**
     * Writes every file into the existing folder {@code dir}, the files as separate tasks of {@code executor}
     * (the largest first), {@code SHA256SUMS} last; returns each file's size in bytes. The bytes do not
     * depend on the executor.
     */
    public Map<String, Long> writeTo(Path dir, Executor executor) throws IOException {
        List<String> order = new ArrayList<>(List.of(Exporter.Format.JSONLD.fileName, Exporter.Format.NQ.fileName,
                Exporter.Format.RDF.fileName));
        files().stream().filter(f -> !order.contains(f) && !f.equals(SUMS_FILE)).forEach(order::add);
        Map<String, CompletableFuture<byte[]>> digests = new TreeMap<>();
        for (String file : order) {
            digests.put(file, CompletableFuture.supplyAsync(() -> writeFile(dir.resolve(file), file), executor));
        }
        Map<String, byte[]> done = new TreeMap<>();
        try {
            for (var e : digests.entrySet()) {
                done.put(e.getKey(), e.getValue().join());
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
        Files.writeString(dir.resolve(SUMS_FILE), sums(done), StandardCharsets.UTF_8);
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String file : files()) {
            sizes.put(file, Files.size(dir.resolve(file)));
        }
        return sizes;
    }

    private byte[] writeFile(Path path, String file) {
        MessageDigest md = sha256();
        try (OutputStream os = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16),
                md)) {
            write(file, os);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return md.digest();
    }

    /** The {@code SHA256SUMS} text: one {@code "<hex>  <file>"} line per file, sorted by file name. */
    public static String sums(Map<String, byte[]> digests) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(digests).forEach((f, d) -> sb.append(HexFormat.of().formatHex(d)).append("  ").append(f)
                .append('\n'));
        return sb.toString();
    }

    /** A fresh SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
