package tw.gov.taichung.kg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Symbol;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import tw.gov.taichung.kg.export.Publication;
import tw.gov.taichung.kg.model.Vocab;

/**
 * The full-text index of one dataset, built in memory with Jena's text index over Lucene: one document per
 * distinct label or alias of a resource ({@code skos:prefLabel}, {@code skos:altLabel}, {@code rdfs:label}; field {@value #LABEL},
 * the default field of {@code text:query}) and one per sentence of each report text (field {@value #TEXT},
 * the field of {@code schema:text}), the sentence named by its RFC 5147 fragment IRI
 * ({@code {file}#char=start,end}). Values are stored, so {@code text:query}
 * can return the matched literal.
 */
public final class SearchIndex {
    /** Field of labels and aliases. */
    public static final String LABEL = "label";
    /** Field of report sentences. */
    public static final String TEXT = "text";
    static final String URI = "uri";
    static final String LANG = "lang";
    static final List<Node> LABELS = List.of(Vocab.PREF_LABEL, Vocab.ALT_LABEL, Vocab.LABEL);
    static final Node SENTENCE = Vocab.schema("text");

    /**
     * Set on a published dataset's context (to a {@link Path}): the folder where its index is kept between
     * starts (see {@link KeptIndex}); the validated snapshots set it.
     */
    public static final Symbol KEEP = Symbol.create("https://taichung-diplomacy.example/ontology#searchIndexFolder");

    /** The Lucene part, once built (or read from where it was kept: {@code kept}). */
    record Lucene(Directory directory, TextIndexLucene index, long buildMillis, boolean kept) {
    }

    private final CompletableFuture<Lucene> lucene;
    private final EntityDefinition docDef;
    private final DatasetGraph data;
    private final Map<String, ReportText> texts;

    private SearchIndex(CompletableFuture<Lucene> lucene, EntityDefinition docDef, DatasetGraph data,
            Map<String, ReportText> texts) {
        this.lucene = lucene;
        this.docDef = docDef;
        this.data = data;
        this.texts = texts;
    }

    /**
     * Indexes the labels and report sentences of {@code published} (the named graphs as
     * {@link Publication#publish} makes them, in memory); report texts are read from {@code textDir} (null:
     * none). Returns when the index is built.
     */
    public static SearchIndex build(DatasetGraph published, Path textDir) {
        TextIndexConfig config = config();
        Map<String, ReportText> texts = readTexts(published, textDir);
        return new SearchIndex(CompletableFuture.completedFuture(lucene(published, texts, config)), config.getEntDef(),
                published, texts);
    }

    /**
     * Like {@link #build}, but the Lucene index is built on another thread (the report texts are read at
     * once): a server starts without waiting for it, and the first search or {@code text:query} waits until
     * it is done. {@code done} is told of the finished index (to log it).
     */
    public static SearchIndex inBackground(DatasetGraph published, Path textDir, Consumer<SearchIndex> done) {
        TextIndexConfig config = config();
        Map<String, ReportText> texts = readTexts(published, textDir);
        CompletableFuture<Lucene> future = new CompletableFuture<>();
        SearchIndex index = new SearchIndex(future, config.getEntDef(), published, texts);
        Thread t = new Thread(() -> {
            try {
                future.complete(lucene(published, texts, config));
                done.accept(index);
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "tdkg-search-index");
        t.setDaemon(true);
        t.start();
        return index;
    }

    private static Lucene lucene(DatasetGraph published, Map<String, ReportText> texts, TextIndexConfig config) {
        long t0 = System.nanoTime();
        Path keep = published.getContext().get(KEEP) instanceof Path p ? p : null;
        Directory kept = KeptIndex.read(keep);
        if (kept != null) {
            try {
                return new Lucene(kept, new TextIndexLucene(kept, config), (System.nanoTime() - t0) / 1_000_000, true);
            } catch (RuntimeException e) {
                KeptIndex.delete(keep); // not an index of ours after all: build it again
            }
        }
        if (keep != null) {
            KeptIndex.delete(keep); // unreadable or absent: made again below
        }
        Directory dir = new ByteBuffersDirectory();
        TextIndexLucene index = new TextIndexLucene(dir, config);
        Set<List<Node>> seen = new HashSet<>();
        published.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (LABELS.contains(q.getPredicate()) && seen.add(List.of(q.getSubject(), q.getObject()))) {
                addLabel(index, q);
            }
        });
        texts.values().forEach(t -> addSentences(index, t));
        index.commit();
        if (keep != null) {
            KeptIndex.write(dir, keep);
        }
        return new Lucene(dir, index, (System.nanoTime() - t0) / 1_000_000, false);
    }

    private static TextIndexConfig config() {
        // No graph field: jena-text would then answer over the default graph only the documents of no graph,
        // and the served default graph is the union of the named graphs.
        EntityDefinition def = new EntityDefinition(URI, LABEL);
        for (Node p : LABELS) {
            def.set(LABEL, p);
        }
        def.set(TEXT, SENTENCE);
        def.setLangField(LANG);
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new TextAnalyzer());
        config.setQueryAnalyzer(new TextAnalyzer());
        config.setValueStored(true);
        return config;
    }

    private static void addLabel(TextIndexLucene index, Quad q) {
        Node o = q.getObject();
        if (!q.getSubject().isURI() || !o.isLiteral() || !LABELS.contains(q.getPredicate())) {
            return;
        }
        Entity e = new Entity(q.getSubject().getURI(), null, o.getLiteralLanguage(), null);
        e.put(LABEL, o.getLiteralLexicalForm());
        index.addEntity(e);
    }

    private static void addSentences(TextIndexLucene index, ReportText t) {
        for (Sentences.Sentence s : t.sentences()) {
            Entity e = new Entity(sentenceIri(t, s), null, "zh-Hant", null);
            e.put(TEXT, s.text());
            index.addEntity(e);
        }
    }

    /** The IRI of a sentence: its report text's IRI with an RFC 5147 fragment. */
    static String sentenceIri(ReportText t, Sentences.Sentence s) {
        return t.file().getURI() + "#char=" + s.start() + "," + s.end();
    }

    private static Map<String, ReportText> readTexts(DatasetGraph data, Path dir) {
        Map<String, ReportText> out = new TreeMap<>();
        Map<Node, List<Passages.Quote>> quotes = dir == null ? Map.of() : Passages.byReport(data);
        data.find(Node.ANY, Node.ANY, Vocab.tdo("textFile"), Node.ANY).forEachRemaining(q -> {
            String name = q.getObject().getLiteralLexicalForm();
            Node report = q.getSubject();
            Node file = first(data, report, Vocab.schema("encoding"));
            Path path = dir == null ? null : dir.resolve(name);
            if (file == null || path == null || !Publication.TEXT_FILE.matcher(name).matches()
                    || !Files.isRegularFile(path) || out.containsKey(name)) {
                return;
            }
            String text = read(path);
            out.put(name, new ReportText(report, q.getGraph(), file, name, text, Sentences.of(text),
                    quotes.getOrDefault(report, List.of())));
        });
        return out;
    }

    private static Node first(DatasetGraph data, Node s, Node p) {
        List<Node> all = new ArrayList<>();
        data.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> all.add(q.getObject()));
        return all.stream().min(Comparator.comparing(Node::toString)).orElse(null);
    }

    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes {@code text:query} in SPARQL over {@code served} use this index (through the dataset's context;
     * the dataset itself is not wrapped, so nothing else about it changes).
     */
    public void attach(DatasetGraph served) {
        served.getContext().set(TextQuery.textIndex, new AwaitedTextIndex(docDef, () -> lucene().index()));
    }

    private Lucene lucene() {
        return lucene.join();
    }

    Directory directory() {
        return lucene().directory();
    }

    /** The published dataset the index was built from. */
    public DatasetGraph data() {
        return data;
    }

    /** The report texts by file name. */
    public Map<String, ReportText> texts() {
        return texts;
    }

    /** The report text whose page is {@code /texts/{stem}}, or null. */
    public ReportText textByStem(String stem) {
        return texts.get(stem + ".txt");
    }

    /** The report names of the texts, for routes. */
    public Set<String> fileNames() {
        return texts.keySet();
    }

    /** Deletes an index kept in {@code dir} (its snapshot is gone). */
    public static void forget(Path dir) {
        KeptIndex.delete(dir);
    }

    /** Whether the index was read from where an earlier start kept it, rather than built. */
    public boolean wasKept() {
        return lucene().kept();
    }

    /** The number of documents: labels and sentences. */
    public int documents() {
        try (var reader = org.apache.lucene.index.DirectoryReader.open(directory())) {
            return reader.numDocs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How long building took, in milliseconds. */
    public long buildMillis() {
        return lucene().buildMillis();
    }

    /** The size of the index, in bytes. */
    public long sizeBytes() {
        long n = 0;
        try {
            for (String f : directory().listAll()) {
                n += directory().fileLength(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
