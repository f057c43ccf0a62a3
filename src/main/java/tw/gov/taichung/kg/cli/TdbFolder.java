package tw.gov.taichung.kg.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;

/** One line for a TDB2 folder that cannot be opened: locked by another process, read-only, or otherwise. */
final class TdbFolder {
    private TdbFolder() {
    }

    static String explain(Path dir, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String msg = String.valueOf(t.getMessage());
            if (name.equals("AlreadyLocked") || msg.contains("lock") && (msg.contains("ocked") || msg.contains("PID") || msg.contains("held by"))) {
                return dir + ": the TDB2 database is in use by another process (it holds " + dir.resolve("tdb.lock")
                        + "); stop that process or give another folder";
            }
            if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException
                    || msg.contains("Permission denied") || msg.contains("Read-only file system")) {
                return dir + ": the TDB2 database cannot be written (the folder or its files are read-only); "
                        + "serve --tdb2 needs write access to it";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return dir + ": the TDB2 database cannot be opened: " + (root.getMessage() != null ? root.getMessage()
                : root.getClass().getSimpleName());
    }
}
