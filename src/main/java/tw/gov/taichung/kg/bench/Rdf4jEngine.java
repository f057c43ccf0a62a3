package tw.gov.taichung.kg.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.impl.SimpleDataset;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.common.transaction.IsolationLevels;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.sail.memory.MemoryStore;

/**
 * The peer in process: Eclipse RDF4J's memory store, with the named graphs as named graphs and their
 * union (each triple once) as the default graph, as the project serves it.
 * RDF4J is a provided dependency: present when compiling and testing, absent from tdkg.jar
 * ({@link #available()} says whether it is on the classpath now).
 */
public final class Rdf4jEngine implements QueryEngine {
    private static final String UNION = "urn:x-tdkg-bench:union";
    private final SailRepository repo;
    private final SimpleDataset dataset;

    private Rdf4jEngine(SailRepository repo, SimpleDataset dataset) {
        this.repo = repo;
        this.dataset = dataset;
    }

    /** True when RDF4J's memory store can be loaded. */
    public static boolean available() {
        try {
            Class.forName("org.eclipse.rdf4j.sail.memory.MemoryStore", false, Rdf4jEngine.class.getClassLoader());
            Class.forName("org.eclipse.rdf4j.query.parser.sparql.SPARQLParser", false,
                    Rdf4jEngine.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * A memory store holding the quads of an N-Quads file, plus every distinct triple once more in a union
     * context that queries use as their default graph. Without that, RDF4J's default graph is the bag of
     * the statements of every context, and a triple told by three reports matches three times (Jena's served
     * dataset has the same physical union copy, see KnowledgeGraph.withUnionDefault).
     */
    public static Rdf4jEngine memory(Path nquads) throws IOException {
        SailRepository repo = new SailRepository(new MemoryStore());
        repo.init();
        SimpleDataset dataset = new SimpleDataset();
        try (RepositoryConnection c = repo.getConnection();
             InputStream in = new BufferedInputStream(Files.newInputStream(nquads), 1 << 16)) {
            ValueFactory vf = c.getValueFactory();
            IRI union = vf.createIRI(UNION);
            c.begin(IsolationLevels.NONE);
            RDFParser parser = Rio.createParser(RDFFormat.NQUADS, vf);
            parser.setRDFHandler(new AbstractRDFHandler() {
                @Override
                public void handleStatement(Statement st) {
                    c.add(st);
                    c.add(st.getSubject(), st.getPredicate(), st.getObject(), union);
                }
            });
            parser.parse(in, "");
            c.commit();
            dataset.addDefaultGraph(union);
            try (var ids = c.getContextIDs()) {
                for (Resource ctx : ids) {
                    if (ctx instanceof IRI g && !g.equals(union)) {
                        dataset.addNamedGraph(g);
                    }
                }
            }
        }
        return new Rdf4jEngine(repo, dataset);
    }

    public long size() {
        try (RepositoryConnection c = repo.getConnection()) {
            return c.size();
        }
    }

    @Override
    public long select(String sparql) {
        try (RepositoryConnection c = repo.getConnection();
             TupleQueryResult r = query(c, sparql).evaluate()) {
            long n = 0;
            while (r.hasNext()) {
                r.next();
                n++;
            }
            return n;
        }
    }

    private TupleQuery query(RepositoryConnection c, String sparql) {
        TupleQuery q = c.prepareTupleQuery(QueryLanguage.SPARQL, sparql);
        q.setDataset(dataset);
        q.setMaxExecutionTime(QueryEngine.TIMEOUT_SECONDS);
        return q;
    }

    @Override
    public void close() {
        repo.shutDown();
    }
}
