package tw.gov.taichung.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.load.LoadResult;
import tw.gov.taichung.kg.load.SourceBundle;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Vocab;

/** The synthetic corpus is in the curated format and loads cleanly: ids renamed, dates shifted, quotes intact. */
class CorpusGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void twoCopiesLoadWithoutProblems() throws Exception {
        CorpusGenerator.Summary s = new CorpusGenerator(Path.of("data")).generate(2, tmp);
        assertEquals(10, s.reports());
        assertTrue(Files.exists(tmp.resolve("reports/2016-singapore-world-cities-summit-c1.yaml")));
        assertTrue(Files.exists(tmp.resolve("reports/2016-singapore-world-cities-summit-c1.txt")));
        LoadResult r = KnowledgeGraph.load(SourceBundle.read(tmp), Iris.defaults());
        assertEquals(List.of(), r.problems());
        DatasetGraph d = r.dataset();
        Iris iris = Iris.defaults();
        Node trip0 = iris.id("trip", "2016-07-singapore-wcs");
        Node trip1 = iris.id("trip", "2016-07-singapore-wcs-c1");
        Node start = Vocab.schema("startDate");
        assertEquals("2016-07-09", d.find(Node.ANY, trip0, start, Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals("2017-07-09", d.find(Node.ANY, trip1, start, Node.ANY).next().getObject().getLiteralLexicalForm());
        // copies 0-3 share registry generation 0: the same deputy mayor leads both trips
        Node leader = Vocab.tdo("leader");
        assertEquals(d.find(Node.ANY, trip0, leader, Node.ANY).next().getObject(),
                d.find(Node.ANY, trip1, leader, Node.ANY).next().getObject());
    }

    @Test
    void laterGenerationsHaveTheirOwnPeopleButShareCommonEntitiesAndPlaces() throws Exception {
        new CorpusGenerator(Path.of("data")).generate(4, 5, tmp);
        LoadResult r = KnowledgeGraph.load(SourceBundle.read(tmp), Iris.defaults());
        assertEquals(List.of(), r.problems());
        Iris iris = Iris.defaults();
        Node trip = iris.id("trip", "2016-07-singapore-wcs-c4");
        Node member = Vocab.tdo("delegationMember");
        assertTrue(r.dataset().find(Node.ANY, trip, member, iris.id("person", "chen-wen-cheng-r1")).hasNext());
        // the deputy mayor is in common.yaml: the same person in every generation
        assertTrue(r.dataset().find(Node.ANY, trip, member, iris.id("person", "chang-kuang-yao")).hasNext());
        assertTrue(r.dataset().find(Node.ANY, trip, Vocab.tdo("destination"), iris.id("place", "singapore")).hasNext());
    }

    @Test
    void datesMoveByWholeYearsAtTheirPrecision() {
        assertEquals("2017-07-09", CorpusGenerator.shift("ROC 105-07-09", 1));
        assertEquals("2026-07", CorpusGenerator.shift("ROC 105-07", 10));
        assertEquals("2116", CorpusGenerator.shift("2016", 100));
        assertEquals("2017-02-28", CorpusGenerator.shift("2016-02-29", 1));
    }
}
