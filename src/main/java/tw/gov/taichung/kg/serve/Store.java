package tw.gov.taichung.kg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * Where a served dataset lives when it can change: a TDB2 database, on disk ({@code serve --tdb2 DIR}) or
 * in memory. Every SPARQL Update or graph-store write is one TDB2 transaction, written to the journal
 * before it is acknowledged, so a process killed at any moment (even kill -9) reopens with every
 * acknowledged write and no half of any other. The default graph is the union of the named graphs, as in
 * the in-memory read-only dataset; a write must therefore name its graph ({@code GRAPH <...>}).
 */
public final class Store {
    private Store() {
    }

    /** The outcome of {@link #open}: the dataset, and whether it was loaded now (false: reopened). */
    public record Opened(DatasetGraph dataset, boolean loaded) {
    }

    /**
     * Whether {@code dir} already holds a database with data in it. False when it does not exist, is
     * empty, or holds a database whose first load never committed (killed during it).
     *
     * @throws IllegalArgumentException when {@code dir} is a file, or a non-empty folder that is not a TDB2
     *                                  database
     */
    public static boolean holdsData(Path dir) {
        if (!Files.exists(dir)) {
            return false;
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is a file, not a folder for a TDB2 database");
        }
        try (Stream<Path> s = Files.list(dir)) {
            var names = s.map(p -> p.getFileName().toString()).toList();
            if (names.isEmpty()) {
                return false;
            }
            if (names.stream().noneMatch(n -> n.startsWith("Data-") || n.equals("tdb.lock"))) {
                throw new IllegalArgumentException(dir + " is not empty and is not a TDB2 database; give an empty "
                        + "or new folder, or one that an earlier 'serve --tdb2' made");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        return Txn.calculateRead(dsg, () -> !dsg.isEmpty());
    }

    /**
     * Opens the TDB2 database in {@code dir}; when it holds no data yet, first loads {@code initial} into it
     * in one transaction (all or nothing).
     */
    public static Opened open(Path dir, Supplier<DatasetGraph> initial) {
        boolean existing = holdsData(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        if (!existing) {
            load(dsg, initial.get());
        }
        return new Opened(unionDefault(dsg), !existing);
    }

    /** A TDB2 database in memory, holding {@code initial}: writable, lost when the process ends. */
    public static DatasetGraph inMemory(DatasetGraph initial) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        load(dsg, initial);
        return unionDefault(dsg);
    }

    private static void load(DatasetGraph dsg, DatasetGraph from) {
        Txn.executeWrite(dsg, () -> {
            dsg.clear();
            from.find().forEachRemaining(q -> {
                if (!q.isDefaultGraph()) {
                    dsg.add(q);
                }
            });
            dsg.prefixes().putAll(from.prefixes());
        });
    }

    private static DatasetGraph unionDefault(DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }
}
