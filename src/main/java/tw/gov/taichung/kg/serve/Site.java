package tw.gov.taichung.kg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import tw.gov.taichung.kg.export.Dumps;
import tw.gov.taichung.kg.export.Publication;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Vocab;

/**
 * What the linked-data servlets serve: a read-only snapshot of the published dataset (see
 * {@link Publication#publish}), the base it is published under, the report texts and the dumps.
 * The server's own paths map onto the base: {@code /id/person/x} is {@code {base}id/person/x},
 * whatever host the request came to, so the same data serves from any host or behind a proxy.
 */
final class Site {
    private final Iris iris;
    private final DatasetGraph data;
    private final Map<String, List<Node>> fragments = new HashMap<>();
    private final Set<String> known = new HashSet<>();
    private boolean indexed;
    private final Map<String, byte[]> texts = new TreeMap<>();
    private final Dumps dumps;
    private final Map<String, byte[]> dumpCache = new HashMap<>();

    private Site(DatasetGraph published, Iris iris) {
        this.iris = iris;
        this.data = published;
        this.dumps = new Dumps(published, iris);
    }

    /** Indexes the IRIs on first use, so that a server starts without waiting for it. */
    private synchronized Set<String> known() {
        if (!indexed) {
            data.find().forEachRemaining(q -> {
                index(q.getSubject(), true);
                index(q.getObject(), false);
            });
            indexed = true;
        }
        return known;
    }

    /**
     * A snapshot of the named graphs of {@code dataset}, published under {@code iris}; report texts are
     * read from {@code textDir} (may be null: no texts), only those that a report names.
     */
    static Site of(DatasetGraph dataset, Iris iris, Path textDir) {
        return ofPublished(Txn.calculateRead(dataset, () -> Publication.publish(dataset, iris)), iris, textDir);
    }

    /** Like {@link #of}, over a dataset that is already published and will not change. */
    static Site ofPublished(DatasetGraph published, Iris iris, Path textDir) {
        Site site = new Site(published, iris);
        if (textDir != null) {
            site.readTexts(textDir);
        }
        return site;
    }

    Iris iris() {
        return iris;
    }

    /** The published dataset (named graphs only, the description graph included). */
    DatasetGraph data() {
        return data;
    }

    private void index(Node n, boolean subject) {
        if (!n.isURI()) {
            return;
        }
        String iri = n.getURI();
        int hash = iri.indexOf('#');
        if (hash < 0) {
            known.add(iri);
        } else if (subject) {
            String doc = iri.substring(0, hash);
            List<Node> list = fragments.computeIfAbsent(doc, d -> new ArrayList<>());
            if (!list.contains(n)) {
                list.add(n);
            }
            known.add(doc);
        }
    }

    /** Largest report text served, as the loader reads at most (see the loader's DataFile). */
    private static final long MAX_TEXT_BYTES = 8L * 1024 * 1024;

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private void readTexts(Path dir) {
        data.find(Node.ANY, Node.ANY, Vocab.tdo("textFile"), Node.ANY).forEachRemaining(q -> {
            String name = q.getObject().getLiteralLexicalForm();
            Path file = dir.resolve(name);
            // a plain file of the folder only: never a link (to /etc/passwd, say) or a device, never a huge file
            if (Publication.TEXT_FILE.matcher(name).matches()
                    && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && size(file) <= MAX_TEXT_BYTES) {
                try {
                    texts.put(name, Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    /**
     * The resource that a request path (such as {@code /id/person/x}) names: {@code base + path}, or for
     * the ontology, which always lives under {@link Vocab#SITE}, that IRI. Null when nothing is known
     * about it.
     */
    Node resolve(String path) {
        if (!path.startsWith("/") || path.contains("#")) {
            return null;
        }
        for (String root : List.of(iris.base(), Vocab.SITE)) {
            String iri = root + path.substring(1);
            if (known().contains(iri) && (root.equals(iris.base()) || path.startsWith("/ontology"))) {
                return Vocab.uri(iri);
            }
        }
        return null;
    }

    /** The site-relative path (no leading slash) at which an IRI is served, or null when it is not ours. */
    String localPath(String iri) {
        if (iri.startsWith(iris.base())) {
            return iri.substring(iris.base().length());
        }
        if (iri.startsWith(Vocab.SITE + "ontology")) {
            return iri.substring(Vocab.SITE.length());
        }
        return null;
    }

    /** The description of a resource (see {@link Describer}); null when nothing is known about it. */
    DatasetGraph describe(Node iri) {
        return known().contains(iri.getURI()) ? new Describer(data, fragments).describe(iri) : null;
    }

    /** The VoID and DCAT description. */
    Graph voidGraph() {
        return data.getGraph(Publication.voidGraph(iris));
    }

    /** A report text by file name, or null. */
    byte[] text(String name) {
        return texts.get(name);
    }

    /** A dump file by name, made on first request and kept; null when there is no such file. */
    synchronized byte[] dump(String name) {
        if (!Dumps.files().contains(name)) {
            return null;
        }
        byte[] bytes = dumpCache.get(name);
        if (bytes != null) {
            return bytes;
        }
        if (name.equals(Dumps.SUMS_FILE)) {
            Map<String, byte[]> digests = new TreeMap<>();
            for (String f : Dumps.files()) {
                if (!f.equals(Dumps.SUMS_FILE)) {
                    digests.put(f, Dumps.sha256().digest(dump(f)));
                }
            }
            bytes = Dumps.sums(digests).getBytes(StandardCharsets.UTF_8);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            dumps.write(name, out);
            bytes = out.toByteArray();
        }
        dumpCache.put(name, bytes);
        return bytes;
    }
}
