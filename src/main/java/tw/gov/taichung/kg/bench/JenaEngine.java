package tw.gov.taichung.kg.bench;

import java.nio.file.Path;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import tw.gov.taichung.kg.load.KnowledgeGraph;

/** Jena in process: the in-memory dataset exactly as {@code serve} builds it, or a TDB2 database. */
public final class JenaEngine implements QueryEngine {
    private final DatasetGraph dsg;
    private final boolean tdb2;

    private JenaEngine(DatasetGraph dsg, boolean tdb2) {
        this.dsg = dsg;
        this.tdb2 = tdb2;
    }

    /** Parses N-Quads and builds the served form: a transactional in-memory dataset, default graph = union. */
    public static JenaEngine memory(Path nquads) {
        DatasetGraph loaded = DatasetGraphFactory.create();
        RDFParser.source(nquads).lang(Lang.NQUADS).parse(loaded);
        return new JenaEngine(KnowledgeGraph.withUnionDefault(loaded), false);
    }

    /** An existing TDB2 database, with the union of the named graphs as default graph. */
    public static JenaEngine tdb2(Path dir) {
        return new JenaEngine(openTdb2(dir), true);
    }

    /** Opens a TDB2 database whose default graph is the union of its named graphs (as {@code serve} has it). */
    public static DatasetGraph openTdb2(Path dir) {
        DatasetGraph d = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        d.getContext().set(TDB2.symUnionDefaultGraph, true);
        return d;
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    @Override
    public long select(String sparql) {
        Query q = QueryFactory.create(sparql);
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(DatasetFactory.wrap(dsg))
                    .timeout(QueryEngine.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS).build()) {
                ResultSet rs = qe.execSelect();
                long n = 0;
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                return n;
            }
        });
    }

    @Override
    public void close() {
        if (tdb2) {
            dsg.close();
        }
    }
}
