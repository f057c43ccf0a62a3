package tw.gov.taichung.kg.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Ontology;

/** Assembles the full dataset: the loaded graphs plus the ontology graph. */
public final class KnowledgeGraph {
    private KnowledgeGraph() {
    }

    /** Loads the bundle and adds the ontology as its own named graph. */
    public static LoadResult load(SourceBundle bundle, Iris iris) {
        LoadResult r = new Loader(iris).load(bundle);
        Graph ont = Ontology.graph();
        Graph target = r.dataset().getGraph(iris.ontologyGraph());
        ont.find().forEachRemaining(target::add);
        return r;
    }

    /**
     * A copy for querying whose default graph is the union of all named graphs, so that a query
     * without GRAPH sees everything, and GRAPH still selects one report.
     */
    public static DatasetGraph withUnionDefault(DatasetGraph dsg) {
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        org.apache.jena.system.Txn.executeWrite(out, () -> {
            dsg.find().forEachRemaining(q -> {
                out.add(q);
                out.getDefaultGraph().add(q.asTriple());
            });
            out.prefixes().putAll(tw.gov.taichung.kg.model.Vocab.prefixes().getNsPrefixMap());
        });
        return out;
    }
}
