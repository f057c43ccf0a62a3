package tw.gov.taichung.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.gov.taichung.kg.export.Publication;
import tw.gov.taichung.kg.load.KnowledgeGraph;
import tw.gov.taichung.kg.load.LoadResult;
import tw.gov.taichung.kg.load.SourceBundle;
import tw.gov.taichung.kg.model.Iris;

/** Validated snapshots: the same quads come back, and any change to the data, base or program misses. */
class SnapshotsTest {
    @TempDir
    Path tmp;

    private static Set<Quad> quads(DatasetGraph d) {
        Set<Quad> out = new HashSet<>();
        d.find().forEachRemaining(out::add);
        return out;
    }

    @Test
    void thePublishedCorpusComesBackQuadForQuad() throws IOException {
        LoadResult r = KnowledgeGraph.load(SourceBundle.read(Path.of("data")), Iris.defaults());
        DatasetGraph published = Publication.publish(r.dataset(), Iris.defaults());
        Snapshots s = new Snapshots(tmp.resolve("cache"));
        s.write("k", published);
        DatasetGraph back = s.read("k");
        assertEquals(quads(published), quads(back));
        assertEquals(published.stream().count(), back.stream().count());
    }

    @Test
    void oddTermsComeBack() throws IOException {
        DatasetGraph d = DatasetGraphFactory.create();
        var g = NodeFactory.createURI("http://example/g");
        var s = NodeFactory.createURI("http://example/s");
        var p = NodeFactory.createURI("http://example/p");
        d.add(g, s, p, NodeFactory.createLiteralString("line\nbreak \uD83D\uDE00"));
        d.add(g, s, p, NodeFactory.createLiteralLang("臺中市", "zh-Hant"));
        d.add(g, s, p, NodeFactory.createLiteralDirLang("مرحبا", "ar", TextDirection.RTL));
        d.add(g, s, p, NodeFactory.createLiteralDT("2016-07", XSDDatatype.XSDgYearMonth));
        d.add(g, s, p, NodeFactory.createBlankNode("b1"));
        d.add(Quad.defaultGraphIRI, s, p, NodeFactory.createLiteralString(""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotFormat.write(d, out);
        assertEquals(quads(d), quads(SnapshotFormat.read(new ByteArrayInputStream(out.toByteArray()))));
    }

    @Test
    void aDamagedOrMissingSnapshotIsNotRead() throws IOException {
        Snapshots s = new Snapshots(tmp);
        assertNull(s.read("missing"));
        DatasetGraph d = DatasetGraphFactory.create();
        d.add(NodeFactory.createURI("http://example/g"), NodeFactory.createURI("http://example/s"),
                NodeFactory.createURI("http://example/p"), NodeFactory.createLiteralString("o"));
        s.write("k", d);
        Path file = tmp.resolve("k.snapshot");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertNull(s.read("k"), "truncated");
        Files.writeString(file, "not a snapshot at all");
        assertNull(s.read("k"), "wrong magic");
    }

    @Test
    void theKeyChangesWithEveryByteOfTheDataTheBaseAndTheProgram() throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("reports"));
        Files.writeString(data.resolve("reports/a.yaml"), "a: 1\n");
        Files.writeString(data.resolve("b.yaml"), "b: 2\n");
        String k = Snapshots.key(data, "https://x.example/", "jar 1");
        assertEquals(k, Snapshots.key(data, "https://x.example/", "jar 1"));
        assertNotEquals(k, Snapshots.key(data, "https://y.example/", "jar 1"));
        assertNotEquals(k, Snapshots.key(data, "https://x.example/", "jar 2"));
        Files.writeString(data.resolve("reports/a.yaml"), "a: 2\n");
        assertNotEquals(k, Snapshots.key(data, "https://x.example/", "jar 1"));
        Files.writeString(data.resolve("reports/a.yaml"), "a: 1\n");
        assertEquals(k, Snapshots.key(data, "https://x.example/", "jar 1"));
        Files.move(data.resolve("b.yaml"), data.resolve("c.yaml"));
        assertNotEquals(k, Snapshots.key(data, "https://x.example/", "jar 1"), "renamed file");
    }

    @Test
    void onlyTheEightNewestAreKept() throws IOException {
        Snapshots s = new Snapshots(tmp);
        DatasetGraph d = DatasetGraphFactory.create();
        for (int i = 0; i < 10; i++) {
            s.write("k" + i, d);
            Files.setLastModifiedTime(tmp.resolve("k" + i + ".snapshot"), FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        s.write("k10", d);
        try (Stream<Path> files = Files.list(tmp)) {
            Set<String> names = new HashSet<>(files.map(p -> p.getFileName().toString()).toList());
            assertEquals(8, names.size(), names.toString());
            assertTrue(names.contains("k10.snapshot") && names.contains("k9.snapshot") && !names.contains("k0.snapshot"));
        }
    }
}
