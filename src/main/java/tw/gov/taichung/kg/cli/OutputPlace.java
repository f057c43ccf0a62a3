package tw.gov.taichung.kg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tw.gov.taichung.kg.export.Dumps;

/**
 * Where {@code build} and {@code export} may write: never the data folder, nothing inside it, nothing that
 * contains it or the current folder; and an existing output folder only when an earlier build made it (it
 * holds {@link #MARKER}) or it is empty. Refusals are one sentence each, and nothing is touched before the
 * check, so nothing of the user's is ever deleted.
 */
final class OutputPlace {
    /** The file every build writes into its output folder, so that a later build knows it may replace it. */
    static final String MARKER = ".tdkg-build";
    static final String MARKER_TEXT = "This folder was written by 'tdkg build'; the next build with this --out "
            + "replaces it whole.\n";

    private OutputPlace() {
    }

    /** Null when {@code out} may take a build's output folder; otherwise the sentence that refuses it. */
    static String refuseFolder(Path data, Path out) {
        String place = refusePlace(data, out);
        if (place != null) {
            return place;
        }
        Path abs = out.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(abs)) {
            return "--out " + out + " is a symbolic link; give the folder itself";
        }
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isDirectory(abs)) {
            return "--out " + out + " is a file, not a folder; give a new or empty folder";
        }
        List<String> names;
        try (Stream<Path> s = Files.list(abs)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return "--out " + out + " cannot be read (" + e.getClass().getSimpleName() + "); give a new or empty folder";
        }
        if (names.isEmpty()) {
            return null;
        }
        if (!Files.isRegularFile(abs.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return "--out " + out + " already holds files that tdkg build did not write; give a new or empty folder "
                    + "(nothing was deleted)";
        }
        Set<String> ours = new HashSet<>(Dumps.files());
        ours.add(MARKER);
        for (String name : names) {
            if (!ours.contains(name) || !Files.isRegularFile(abs.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                return "--out " + out + " holds '" + name + "', which tdkg build did not write; move it away or give "
                        + "another folder (nothing was deleted)";
            }
        }
        return null;
    }

    /** Null when {@code out} may take an export file; otherwise the sentence that refuses it. */
    static String refuseFile(Path data, Path out) {
        String place = refusePlace(data, out);
        if (place != null) {
            return place;
        }
        if (Files.isDirectory(out.toAbsolutePath())) {
            return "--out " + out + " is a folder; give the name of a file to write";
        }
        return null;
    }

    /** The refusal for an output at {@code out} that is, holds or lies in the data folder or holds the current one. */
    private static String refusePlace(Path data, Path out) {
        Path o = real(out);
        Path d = real(data);
        Path cwd = real(Path.of(""));
        if (o.equals(d)) {
            return "--out " + out + " is the data folder; the output must go somewhere else, or the build would "
                    + "replace the data";
        }
        if (o.startsWith(d)) {
            return "--out " + out + " lies inside the data folder " + data + "; write the output outside it";
        }
        if (d.startsWith(o)) {
            return "--out " + out + " contains the data folder " + data + "; give a folder of its own for the output";
        }
        if (cwd.startsWith(o)) {
            return "--out " + out + " contains the current folder; give a folder of its own for the output";
        }
        return null;
    }

    /**
     * The path with every symbolic link of its existing part resolved, and the rest appended as written
     * (normalised), so that two spellings of one place compare equal.
     */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    /** One line for an output that could not be written: where, and why, in plain words. */
    static String cannotWrite(Path out, Exception e) {
        Throwable t = e instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String why;
        String where = null;
        if (t instanceof java.nio.file.FileSystemException f) {
            where = f.getFile();
            if (where != null && Path.of(where).getFileName() != null
                    && Path.of(where).getFileName().toString().startsWith(".") && Path.of(where).getParent() != null) {
                where = Path.of(where).getParent().toString(); // a temporary file of ours: name its folder
            }
            why = t instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : t instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way"
                    : t instanceof java.nio.file.NoSuchFileException ? "no such folder"
                    : f.getReason() != null ? f.getReason() : t.getClass().getSimpleName();
        } else {
            why = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
        }
        return "cannot write the output " + out + ": " + why.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                + why.substring(1) + (where != null ? " (" + where + ")" : "") + "; nothing was written";
    }
}
