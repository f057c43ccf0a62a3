package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.load.LoadResult;
import tw.gov.taichung.kg.load.SourceBundle;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.query.QueryLibrary;
import tw.gov.taichung.kg.query.QueryRunner;

/** The real corpus in data/, loaded once for all tests. */
final class TestCorpus {
    private static LoadResult result;
    private static DatasetGraph served;

    private TestCorpus() {
    }

    static synchronized LoadResult result() {
        if (result == null) {
            try {
                result = KnowledgeGraph.load(SourceBundle.read(Path.of("data")), Iris.defaults());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertEquals(List.of(), result.problems(), "the corpus must load without problems");
        }
        return result;
    }

    /** The dataset as served: default graph = union of the named graphs. */
    static synchronized DatasetGraph served() {
        if (served == null) {
            served = KnowledgeGraph.withUnionDefault(result().dataset());
        }
        return served;
    }

    private static final java.util.Map<String, QueryRunner> OTHER_BASES = new java.util.HashMap<>();

    /** The corpus loaded under another base IRI, served with the union default graph. */
    static synchronized QueryRunner runnerAt(String base) {
        return OTHER_BASES.computeIfAbsent(base, b -> {
            try {
                LoadResult r = KnowledgeGraph.load(SourceBundle.read(Path.of("data")), new Iris(b));
                assertEquals(List.of(), r.problems(), "the corpus must load without problems under " + b);
                return new QueryRunner(KnowledgeGraph.withUnionDefault(r.dataset()), b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static QueryRunner runner() {
        return new QueryRunner(served(), Iris.DEFAULT_BASE);
    }

    /** Rows of a SPARQL SELECT, each row its display strings joined by " | ". */
    static List<String> rows(String sparql) {
        return runner().select(sparql).rows().stream().map(r -> String.join(" | ", r)).toList();
    }

    static List<String> named(String name, java.util.Map<String, String> params) {
        return rows(QueryLibrary.bundled().get(name).render(params));
    }
}
