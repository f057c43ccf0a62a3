package tw.gov.taichung.kg.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import tw.gov.taichung.kg.model.Problem;

/**
 * One entry of a data folder ({@code registry/} or {@code reports/}), checked before it is read: a regular
 * file inside the data folder (a symbolic link only when it points to one inside it), of a known kind
 * ({@code .yaml} or {@code .txt}), of at most {@link #MAX_BYTES} bytes, read with that bound. Anything else
 * is a {@link Problem} naming the file and the reason, never an exception and never a read that does not end
 * (a FIFO, {@code /dev/zero}).
 */
final class DataFile {
    /** The most bytes read from one file: 2,000,000 characters of four bytes, the loader's limit, and a margin. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    private DataFile() {
    }

    /** The outcome: the bytes of the file, or the problem that refuses it (exactly one is not null). */
    record Read(byte[] bytes, Problem problem) {
    }

    /** Whether the name is one the loader reads. */
    static boolean known(String name) {
        return name.endsWith(".yaml") || name.endsWith(".txt");
    }

    /**
     * Reads {@code p} (named {@code rel} relative to the data folder, whose real path is {@code dataReal}),
     * or says why not. A name of another kind is refused too, so that a {@code .yml} file is not silently
     * left out.
     */
    static Read read(Path p, String rel, Path dataReal) {
        String name = p.getFileName().toString();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink()) {
                Path target;
                try {
                    target = p.toRealPath();
                } catch (NoSuchFileException e) {
                    return refuse(rel, "UNREADABLE", "the file is a symbolic link to " + Files.readSymbolicLink(p)
                            + ", which does not exist");
                }
                if (!target.startsWith(dataReal)) {
                    return refuse(rel, "OUTSIDE_DATA", "the file is a symbolic link to " + target + ", outside the "
                            + "data folder; only files inside the data folder are read (copy it in)");
                }
                attrs = Files.readAttributes(target, BasicFileAttributes.class);
            }
        } catch (IOException e) {
            return refuse(rel, "UNREADABLE", "the file cannot be read: " + reason(e));
        }
        if (!known(name)) {
            return refuse(rel, "UNKNOWN_FILE", (attrs.isDirectory() ? "a folder here is not read" : "the file is not "
                    + "read, because its name ends in " + extension(name)) + "; registry/ and reports/ hold .yaml "
                    + "files (facts) and .txt files (report texts) only: rename it or move it out of the data folder");
        }
        if (!attrs.isRegularFile()) {
            return refuse(rel, "NOT_A_FILE", "this is " + kind(p, attrs) + ", not a regular file; a name ending in "
                    + extension(name) + " must be a plain file");
        }
        if (attrs.size() > MAX_BYTES) {
            return tooLarge(rel, attrs.size());
        }
        try (InputStream in = Files.newInputStream(p)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            return bytes.length > MAX_BYTES ? tooLarge(rel, bytes.length) : new Read(bytes, null);
        } catch (IOException e) {
            return refuse(rel, "UNREADABLE", "the file cannot be read: " + reason(e));
        }
    }

    private static Read tooLarge(String rel, long size) {
        return refuse(rel, "FILE_TOO_LARGE", "the file is " + (size > MAX_BYTES ? "larger than " : "")
                + MAX_BYTES + " bytes, more than is read from one file; split it into smaller files");
    }

    private static Read refuse(String rel, String code, String message) {
        return new Read(null, new Problem(rel, 0, 0, code, message));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "no extension" : "'" + name.substring(dot) + "'";
    }

    /** What a non-regular entry is, in words: a folder, a named pipe, a device, a socket. */
    private static String kind(Path p, BasicFileAttributes attrs) {
        if (attrs.isDirectory()) {
            return "a folder";
        }
        try {
            int type = ((Integer) Files.getAttribute(p, "unix:mode")) & 0170000;
            switch (type) {
                case 0010000: return "a named pipe (FIFO)";
                case 0020000: return "a character device";
                case 0060000: return "a block device";
                case 0140000: return "a socket";
                default: break;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // no unix attributes here: say it generally
        }
        return "a device, pipe or socket";
    }

    /** The reason of an I/O failure in plain words. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
