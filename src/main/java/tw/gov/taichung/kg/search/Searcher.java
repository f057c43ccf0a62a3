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
    private static final int SCAN = 1000;

    private final SearchIndex index;
    private IndexSearcher searcher;
    private final Entities entities;
    private final Map<String, ReportText> byFile = new HashMap<>();

    public Searcher(SearchIndex index, Iris iris) {
        this.index = index;
        this.entities = new Entities(index.data(), iris);
        index.texts().values().forEach(t -> byFile.put(t.file().getURI(), t));
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
            Document d = doc(sd.doc);
            String iri = d.get(SearchIndex.URI);
            String k = iri == null ? null : entities.kind(iri);
            if (k == null || kind != null && !kind.equals(k)) {
                continue;
            }
            String label = d.get(SearchIndex.LABEL);
            String have = Terms.normal(label);
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

    private List<Hits.PassageHit> passages(String q, int limit) {
        List<Terms.Term> terms = Terms.of(SearchIndex.TEXT, q);
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        terms.forEach(t -> b.add(new Term(SearchIndex.TEXT, t.text()), t.position()));
        List<String> want = terms.stream().map(Terms.Term::text).toList();
        List<Hits.PassageHit> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        ScoreDoc[] docs = top(b.build());
        List<ScoreDoc> sorted = new ArrayList<>(List.of(docs));
        sorted.sort(Comparator.comparing((ScoreDoc sd) -> -sd.score).thenComparing(sd -> doc(sd.doc).get(SearchIndex.URI)));
        for (ScoreDoc sd : sorted) {
            String iri = doc(sd.doc).get(SearchIndex.URI);
            Hits.PassageHit hit = iri == null || !seen.add(iri) ? null : passage(iri, want);
            if (hit != null && out.size() < limit) {
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
                searcher = new IndexSearcher(DirectoryReader.open(index.directory()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return searcher;
    }

    private ScoreDoc[] top(Query q) {
        try {
            return searcher().search(q, SCAN).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document doc(int id) {
        try {
            return searcher().storedFields().document(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
