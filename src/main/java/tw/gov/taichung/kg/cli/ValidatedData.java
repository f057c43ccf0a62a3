package tw.gov.taichung.kg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.export.Publication;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Vocab;

/**
 * The published dataset of a data folder, validated: from the snapshot an earlier validated run kept for the
 * same data, base and program ({@link Snapshots}), or else loaded, validated with SHACL and kept as a
 * snapshot for the next run. {@code serve} and {@code query} both start here, so a query on unchanged data
 * reads the snapshot and loads nothing else.
 */
final class ValidatedData {
    /** The dataset, or null with the exit code when the data has problems. */
    record Outcome(DatasetGraph published, int exitCode, boolean fromSnapshot) {
    }

    private ValidatedData() {
    }

    /** {@code cacheDir} null: the default folder; {@code noCache}: always load and validate, keep nothing. */
    static Outcome published(DataOptions data, Iris iris, Path cacheDir, boolean noCache, PrintStream err) {
        Snapshots snapshots = noCache ? null : new Snapshots(cacheDir != null ? cacheDir : Snapshots.defaultDir());
        String key = null;
        if (snapshots != null) {
            try {
                key = Snapshots.key(data.data, iris.base());
            } catch (IOException | UncheckedIOException e) {
                key = null;
            }
            DatasetGraph kept = key == null ? null : snapshots.read(key);
            if (kept != null) {
                kept.prefixes().putAll(Vocab.prefixes().getNsPrefixMap());
                return new Outcome(kept, Main.OK, true);
            }
        }
        DataOptions.Checked c = data.load(true, err);
        if (c.exitCode() != Main.OK) {
            return new Outcome(null, c.exitCode(), false);
        }
        DatasetGraph published = Publication.publish(c.result().dataset(), iris);
        if (key != null) {
            snapshots.write(key, published);
        }
        return new Outcome(published, Main.OK, false);
    }
}
