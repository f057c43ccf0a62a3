package tw.gov.taichung.kg.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tw.gov.taichung.kg.model.Problem;

/**
 * The curated input as text, keyed by path relative to the data folder (e.g. {@code reports/x.yaml}).
 * The loader works on a bundle, never on the file system; {@link #read(Path)} is the thin file edge.
 *
 * @param files     file texts by relative path, in sorted order
 * @param problems  files that could not be read (not UTF-8, unreadable)
 */
public record SourceBundle(Map<String, String> files, List<Problem> problems) {
    public SourceBundle {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
        problems = List.copyOf(problems);
    }

    public static SourceBundle of(Map<String, String> files) {
        return new SourceBundle(files, List.of());
    }

    /**
     * Reads every {@code .yaml} and {@code .txt} file under {@code registry/} and {@code reports/}: regular
     * files inside the data folder, each read with a size bound (see {@link DataFile}). Every entry that is
     * refused (a link out of the folder, a device, a pipe, a folder with a data file's name, a file of another
     * kind such as {@code .yml}, one that cannot be read) is a problem naming it, all of them in one run;
     * names starting with a dot (editors' and systems' own files) are left alone.
     */
    public static SourceBundle read(Path dataDir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        Path dataReal = dataDir.toRealPath();
        for (String sub : List.of("registry", "reports")) {
            Path dir = dataDir.resolve(sub);
            if (!Files.isDirectory(dir)) {
                problems.add(new Problem(sub + "/", 0, 0, "MISSING_FOLDER",
                        "the data folder " + dataDir + " has no " + sub + "/ folder"));
                continue;
            }
            if (!dir.toRealPath().startsWith(dataReal)) {
                problems.add(new Problem(sub + "/", 0, 0, "OUTSIDE_DATA", "the folder is a symbolic link to "
                        + dir.toRealPath() + ", outside the data folder; only files inside the data folder are read"));
                continue;
            }
            List<Path> entries;
            try (Stream<Path> s = Files.list(dir)) {
                entries = s.sorted().toList();
            } catch (IOException e) {
                problems.add(new Problem(sub + "/", 0, 0, "UNREADABLE", "the folder cannot be read: "
                        + DataFile.reason(e)));
                continue;
            }
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                String rel = sub + "/" + name;
                DataFile.Read read = DataFile.read(p, rel, dataReal);
                if (read.problem() != null) {
                    problems.add(read.problem());
                    continue;
                }
                byte[] bytes = read.bytes();
                try {
                    files.put(rel, StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes)).toString());
                } catch (CharacterCodingException e) {
                    problems.add(notUtf8(rel, bytes));
                }
            }
        }
        return new SourceBundle(files, problems);
    }

    /** The problem for a file that is not UTF-8: the line and column of the first byte that cannot be read. */
    static Problem notUtf8(String file, byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            return new Problem(file, 0, 0, "ENCODING", "the file is not valid UTF-8 text; save it as UTF-8");
        }
        out.flip();
        String before = out.toString();
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.codePointCount(before.lastIndexOf('\n') + 1, before.length()) + 1;
        return new Problem(file, line, column, "ENCODING", String.format("byte 0x%02X here is not UTF-8, so the file "
                + "is in another encoding (perhaps Big5); save it as UTF-8", bytes[in.position()] & 0xFF));
    }
}
