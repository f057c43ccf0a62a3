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
import tw.gov.taichung.kg.query.QueryRunner;

/**
 * The small data set of src/test/resources/fixtures/new-kinds (two reports, a and b) that holds one or more of
 * every new kind of fact of issue 13, loaded once; its counts can be read off its two short texts.
 */
final class Fixture {
    static final Path DIR = Path.of("src/test/resources/fixtures/new-kinds");
    private static LoadResult result;
    private static DatasetGraph served;

    private Fixture() {
    }

    static synchronized LoadResult result() {
        if (result == null) {
            try {
                result = KnowledgeGraph.load(SourceBundle.read(DIR), Iris.defaults());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertEquals(List.of(), result.problems(), "the fixture must load without problems");
        }
        return result;
    }

    static synchronized DatasetGraph served() {
        if (served == null) {
            served = KnowledgeGraph.withUnionDefault(result().dataset());
        }
        return served;
    }

    static List<String> rows(String sparql) {
        return new QueryRunner(served(), Iris.DEFAULT_BASE).select(sparql).rows().stream()
                .map(r -> String.join(" | ", r)).toList();
    }
}
