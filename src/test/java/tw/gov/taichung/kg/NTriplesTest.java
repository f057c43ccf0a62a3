package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.riot.out.NodeFmtLib;
import org.junit.jupiter.api.Test;
import tw.gov.taichung.kg.export.NTriples;

/** The fast N-Triples formatter writes every term exactly as Jena's does. */
class NTriplesTest {
    @Test
    void everyTermOfThePublishedCorpusAsJenaWritesIt() {
        Set<Node> terms = new HashSet<>();
        ExportFormatsTest.published().find().forEachRemaining(q -> {
            terms.add(q.getGraph());
            terms.add(q.getSubject());
            terms.add(q.getPredicate());
            terms.add(q.getObject());
        });
        assertTrue(terms.size() > 10_000, "terms: " + terms.size());
        for (Node n : terms) {
            assertEquals(NodeFmtLib.strNT(n), NTriples.term(n), () -> "term " + n);
        }
    }

    @Test
    void termsThatNeedEscapingAsJenaWritesThem() {
        List<Node> odd = List.of(
                NodeFactory.createURI("http://example/a b"),
                NodeFactory.createURI("http://example/台中"),
                NodeFactory.createURI("http://example/<x>"),
                NodeFactory.createURI("http://example/{x}|^`\\"),
                NodeFactory.createLiteralString("line\nbreak\ttab\r"),
                NodeFactory.createLiteralString("quote \" and \\ backslash"),
                NodeFactory.createLiteralString("\u0001\u007f"),
                NodeFactory.createLiteralString("emoji \uD83D\uDE00"),
                NodeFactory.createLiteralString(""),
                NodeFactory.createLiteralLang("臺中市", "zh-Hant"),
                NodeFactory.createLiteralDirLang("مرحبا", "ar", TextDirection.RTL),
                NodeFactory.createLiteralDT("2016-07-10", XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT("x", NodeFactory.getType("http://example/dt with space")),
                NodeFactory.createBlankNode("b0"));
        for (Node n : odd) {
            assertEquals(NodeFmtLib.strNT(n), NTriples.term(n), () -> "term " + n);
        }
    }
}
