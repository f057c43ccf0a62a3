package tw.gov.taichung.kg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.gov.taichung.kg.model.Iris;

/** The index kept beside a validated snapshot is read at the next start instead of built again. */
class KeptIndexTest {
    private static List<String> answer(SearchIndex index) {
        Hits.Answer a = new Searcher(index, Iris.defaults()).search("水滸", null, 20);
        return List.of(a.entities().toString(), a.passages().stream().map(p -> p.start() + "-" + p.end()).toList().toString());
    }

    private static DatasetGraph copy(Path keep) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        SearchCorpus.searcher().index().data().find().forEachRemaining(dsg::add);
        dsg.getContext().set(SearchIndex.KEEP, keep);
        return dsg;
    }

    @Test
    void builtOnceThenRead(@TempDir Path tmp) throws IOException {
        Path keep = tmp.resolve("k.search");
        SearchIndex first = SearchIndex.build(copy(keep), Path.of("data/reports"));
        assertFalse(first.wasKept());
        assertTrue(Files.isDirectory(keep));
        SearchIndex again = SearchIndex.build(copy(keep), Path.of("data/reports"));
        assertTrue(again.wasKept());
        assertEquals(first.documents(), again.documents());
        assertEquals(answer(first), answer(again));
        assertEquals(answer(SearchCorpus.searcher().index()), answer(again));
    }

    @Test
    void anUnreadableFolderIsBuiltAgain(@TempDir Path tmp) throws IOException {
        Path keep = tmp.resolve("k.search");
        Files.createDirectories(keep);
        Files.writeString(keep.resolve("segments_1"), "not an index");
        SearchIndex index = SearchIndex.build(copy(keep), Path.of("data/reports"));
        assertFalse(index.wasKept());
        assertEquals(answer(SearchCorpus.searcher().index()), answer(index));
        assertTrue(SearchIndex.build(copy(keep), Path.of("data/reports")).wasKept(), "made again in its place");
        SearchIndex.forget(keep);
        assertFalse(Files.exists(keep));
    }
}
