package tw.gov.taichung.kg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.export.Publication;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.load.LoadResult;
import tw.gov.taichung.kg.load.SourceBundle;
import tw.gov.taichung.kg.model.Iris;

/** The real corpus of data/, published, and its search index: made once for all search tests of a run. */
final class SearchCorpus {
    private static Searcher searcher;

    private SearchCorpus() {
    }

    static synchronized Searcher searcher() {
        if (searcher == null) {
            try {
                LoadResult r = KnowledgeGraph.load(SourceBundle.read(Path.of("data")), Iris.defaults());
                assertEquals(List.of(), r.problems(), "the corpus must load without problems");
                DatasetGraph published = Publication.publish(r.dataset(), Iris.defaults());
                searcher = new Searcher(SearchIndex.build(published, Path.of("data/reports")), Iris.defaults());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return searcher;
    }
}
