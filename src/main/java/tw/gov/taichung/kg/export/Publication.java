package tw.gov.taichung.kg.export;

import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Vocab;

/**
 * The dataset as published: the loaded named graphs plus one more, {@code {base}graph/void}, holding
 * the VoID/DCAT description and the links from each report to its plain text. Dumps, the SPARQL
 * endpoint and the entity pages all serve this same dataset. Also names the published URLs.
 */
public final class Publication {
    /** The report text files that are published: plain names ending in {@code .txt}. */
    public static final Pattern TEXT_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.txt");

    private Publication() {
    }

    /**
     * A new dataset with the named graphs of {@code loaded} and the description graph. Any description
     * graph already in {@code loaded} is replaced, so publishing twice gives the same dataset.
     */
    public static DatasetGraph publish(DatasetGraph loaded, Iris iris) {
        Node voidGraph = voidGraph(iris);
        DatasetGraph content = DatasetGraphFactory.create();
        loaded.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph() && !q.getGraph().equals(voidGraph)) {
                content.add(q);
            }
        });
        org.apache.jena.graph.Graph description = VoidDescription.describe(content, iris);
        description.find().forEachRemaining(t -> content.add(voidGraph, t.getSubject(), t.getPredicate(), t.getObject()));
        content.prefixes().putAll(Vocab.prefixes().getNsPrefixMap());
        return content;
    }

    /** The named graph holding the dataset description. */
    public static Node voidGraph(Iris iris) {
        return iris.graph("void");
    }

    /** The VoID document, {@code {base}.well-known/void}; the dataset is {@code #dataset} in it. */
    public static String voidDocument(Iris iris) {
        return iris.base() + ".well-known/void";
    }

    /** The published URL of a dump file, {@code {base}dumps/{file}}. */
    public static String dumpUrl(Iris iris, String file) {
        return iris.base() + "dumps/" + file;
    }

    /** The published URL of a report text, {@code {base}texts/{file}}. */
    public static String textUrl(Iris iris, String file) {
        return iris.base() + "texts/" + file;
    }
}
