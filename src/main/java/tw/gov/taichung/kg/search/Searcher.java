package tw.gov.taichung.kg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import tw.gov.taichung.kg.model.Iris;

/**
 * Answers a search as people type it, never as Lucene query syntax: the text goes through the same analyzer
 * as the index, and every term it yields must match ({@code AND}, {@code *}, {@code "}, {@code :} and
 * {@code ~} are text like any other). Entities come first, best first: a label or alias equal to the query,
 * then one that starts with it, then by Lucene's score, then by IRI; then report sentences that hold the
 * terms in a row (a phrase), by score, report and position.
 */
public final class Searcher {
    /** The longest query answered, in characters; a longer one is refused. */
    public static final int MAX_QUERY = 500;
    private static final int SCAN = 500;

    private final SearchIndex index;
    private IndexSearcher searcher;
    /** The IRI and label (null for a sentence) of every document, by document number, read once. */
    private String[] uris;
    private String[] labels;
    private final Entities entities;
    private final Map<String, ReportText> byFile = new HashMap<>();
    /** Labels as folded for ranking, kept: at most one entry per distinct label. */
    private final Map<String, String> normals = new java.util.concurrent.ConcurrentHashMap<>();

    public Searcher(SearchIndex index, Iris iris) {
        this.index = index;
        this.entities = new Entities(index.data(), iris);
        index.texts().values().forEach(t -> byFile.put(t.file().getURI(), t));
    }

    /**
     * Opens the index and reads what ranking needs of every document, on a daemon thread, so that the first
     * search after a start does not do it (it waits for the index to be built first).
     */
    public void warmInBackground() {
        Thread t = new Thread(() -> {
            try {
                search("臺中市政府", null, 1);
            } catch (RuntimeException e) {
                // the first search will meet the same problem and report it
            }
        }, "tdkg-search-warm");
        t.setDaemon(true);
        t.start();
    }

    /** The kinds of entity that search finds and the lists show. */
    public static List<String> kinds() {
        return Entities.KINDS;
    }

    /** How many distinct statements (in any named graph) {@code n} takes part in, as subject or object. */
    public int facts(Node n) {
        return entities.facts(n);
    }

    public SearchIndex index() {
        return index;
    }

    /** Entities (of {@code kind}, or any when null) and passages for {@code q}, at most {@code limit} of each. */
    public Hits.Answer search(String q, String kind, int limit) {
        String why = refusal(q, kind);
        if (why != null) {
            return Hits.Answer.refused(q, why);
        }
        List<String> terms = q == null ? List.of() : Terms.texts(SearchIndex.LABEL, q);
        if (terms.isEmpty()) {
            return Hits.Answer.empty(q == null ? "" : q);
        }
        List<Hits.EntityHit> found = entities(q, allOf(terms, false), kind, limit);
        List<Hits.PassageHit> passages = kind == null || kind.equals("report") ? passages(q, limit) : List.of();
        return new Hits.Answer(q, found, passages, null);
    }

    /** Entities whose label or alias starts with what was typed so far (the last term may be cut short). */
    public Hits.Answer suggest(String q, int limit) {
        String why = refusal(q, null);
        if (why != null) {
            return Hits.Answer.refused(q, why);
        }
        List<String> terms = q == null ? List.of() : Terms.texts(SearchIndex.LABEL, q);
        if (terms.isEmpty()) {
            return Hits.Answer.empty(q == null ? "" : q);
        }
        return new Hits.Answer(q, entities(q, allOf(terms, true), null, limit), List.of(), null);
    }

    private static String refusal(String q, String kind) {
        if (q != null && q.length() > MAX_QUERY) {
            return "The query is " + q.length() + " characters long; ask with at most " + MAX_QUERY + ".";
        }
        if (kind != null && !Entities.KINDS.contains(kind)) {
            return "'" + kind + "' is not a kind of entity; use one of " + String.join(", ", Entities.KINDS) + ".";
        }
        return null;
    }

    private static Query allOf(List<String> terms, boolean lastIsPrefix) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            Term t = new Term(SearchIndex.LABEL, terms.get(i));
            Query one = lastIsPrefix && i == terms.size() - 1 ? new PrefixQuery(t) : new TermQuery(t);
            b.add(one, BooleanClause.Occur.MUST);
        }
        return b.build();
    }

    private record Best(String iri, int rank, float score, String matched) {
    }

    private List<Hits.EntityHit> entities(String q, Query query, String kind, int limit) {
        String want = Terms.normal(q);
        Map<String, Best> best = new HashMap<>();
        for (ScoreDoc sd : top(query)) {
            String iri = uri(sd.doc);
            String k = iri == null ? null : entities.kind(iri);
            if (k == null || kind != null && !kind.equals(k)) {
                continue;
            }
            String label = label(sd.doc);
            String have = normals.computeIfAbsent(label, Terms::normal);
            int rank = have.equals(want) ? 0 : have.startsWith(want) ? 1 : 2;
            Best b = new Best(iri, rank, sd.score, label);
            best.merge(iri, b, (x, y) -> ORDER.compare(x, y) <= 0 ? x : y);
        }
        return best.values().stream().sorted(ORDER).limit(limit).map(b -> entities.hit(b.iri(), b.matched()))
                .toList();
    }

    private static final Comparator<Best> ORDER = Comparator.comparingInt(Best::rank)
            .thenComparing(Best::score, Comparator.reverseOrder()).thenComparing(Best::iri)
            .thenComparing(Best::matched);

    private record Scored(float score, String iri) {
    }

    private List<Hits.PassageHit> passages(String q, int limit) {
        List<Terms.Term> terms = Terms.of(SearchIndex.TEXT, q);
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        terms.forEach(t -> b.add(new Term(SearchIndex.TEXT, t.text()), t.position()));
        List<String> want = terms.stream().map(Terms.Term::text).toList();
        List<Scored> scored = new ArrayList<>();
        for (ScoreDoc sd : top(b.build())) {
            String iri = uri(sd.doc);
            if (iri != null) {
                scored.add(new Scored(sd.score, iri));
            }
        }
        scored.sort(Comparator.comparing(Scored::score, Comparator.reverseOrder()).thenComparing(Scored::iri));
        List<Hits.PassageHit> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Scored x : scored) {
            Hits.PassageHit hit = out.size() < limit && seen.add(x.iri()) ? passage(x.iri(), want) : null;
            if (hit != null) {
                out.add(hit);
            }
        }
        return out;
    }

    private Hits.PassageHit passage(String iri, List<String> want) {
        int hash = iri.lastIndexOf("#char=");
        ReportText t = hash < 0 ? null : byFile.get(iri.substring(0, hash));
        if (t == null) {
            return null;
        }
        String[] span = iri.substring(hash + "#char=".length()).split(",");
        int start = Integer.parseInt(span[0]);
        int end = Integer.parseInt(span[1]);
        Sentences.Sentence s = t.sentenceAt(start);
        if (s == null) {
            return null;
        }
        Set<Node> facts = new LinkedHashSet<>();
        t.quotesIn(start, end).forEach(x -> facts.addAll(x.facts()));
        return new Hits.PassageHit(t.report().getURI(), entities.shortLabel(t.report()), t.fileName(), t.stem(),
                start, end, s.text(), Terms.marks(SearchIndex.TEXT, s.text(), want),
                facts.stream().map(entities::fact).toList());
    }

    /** The Lucene searcher, opened on first use (when the index may only then be done). */
    private synchronized IndexSearcher searcher() {
        if (searcher == null) {
            try {
                DirectoryReader reader = DirectoryReader.open(index.directory());
                readFields(reader);
                searcher = new IndexSearcher(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return searcher;
    }

    /**
     * Reads the IRI and label of every document once, in order: stored fields are compressed in blocks, so
     * reading them one hit at a time would unpack a block per hit.
     */
    private void readFields(DirectoryReader reader) throws IOException {
        int n = reader.maxDoc();
        uris = new String[n];
        labels = new String[n];
        var fields = reader.storedFields();
        Set<String> wanted = Set.of(SearchIndex.URI, SearchIndex.LABEL);
        for (int i = 0; i < n; i++) {
            Document d = fields.document(i, wanted);
            uris[i] = d.get(SearchIndex.URI);
            labels[i] = d.get(SearchIndex.LABEL);
        }
    }

    private String uri(int doc) {
        searcher();
        return uris[doc];
    }

    private String label(int doc) {
        searcher();
        return labels[doc];
    }

    private ScoreDoc[] top(Query q) {
        try {
            return searcher().search(q, SCAN).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
