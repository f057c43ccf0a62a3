package tw.gov.taichung.kg.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;

/**
 * The Lucene files of a built index kept in a folder beside the validated snapshot they were built from (the
 * same key: every data byte, the base and the program), so that a restart reads them instead of building the
 * index again. Read into memory (no lock on the folder, so several servers may share it); written whole or
 * not at all (a temporary folder, then one move).
 */
final class KeptIndex {
    private KeptIndex() {
    }

    /** The index kept in {@code dir}, in memory; null when there is none or it cannot be read. */
    static Directory read(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return null;
        }
        try (FSDirectory fs = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(fs)) {
                return null;
            }
            ByteBuffersDirectory mem = new ByteBuffersDirectory();
            for (String f : fs.listAll()) {
                if (!f.equals("write.lock")) {
                    mem.copyFrom(fs, f, f, IOContext.DEFAULT);
                }
            }
            DirectoryReader.open(mem).close();
            return mem;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Keeps the committed index of {@code from} in {@code dir}; false (nothing kept) when that fails. */
    static boolean write(Directory from, Path dir) {
        Path tmp = null;
        try {
            Files.createDirectories(dir.getParent());
            tmp = Files.createTempDirectory(dir.getParent(), ".search-");
            try (FSDirectory fs = FSDirectory.open(tmp)) {
                for (String f : from.listAll()) {
                    fs.copyFrom(from, f, f, IOContext.DEFAULT);
                }
                fs.sync(java.util.List.of(fs.listAll()));
            }
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            delete(tmp);
            return false;
        }
    }

    /** Deletes a folder and what it holds; quietly does nothing when it cannot. */
    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // left for the next prune
        }
    }
}
