package tw.gov.taichung.kg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Text as the index sees it: the terms the analyzer makes of it, with positions and offsets. */
final class Terms {
    private static final Analyzer ANALYZER = new TextAnalyzer();

    private Terms() {
    }

    /** One term: its text, position, and the UTF-16 offsets in the original text. */
    record Term(String text, int position, int from, int to) {
    }

    static List<Term> of(String field, String text) {
        List<Term> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new Term(term.toString(), pos, offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The text folded as the analyzer folds it (case, width, variants, accents), white space collapsed. */
    static String normal(String text) {
        String folded = ANALYZER.normalize(SearchIndex.LABEL, text.strip()).utf8ToString();
        return folded.replaceAll("\\s+", " ");
    }

    static List<String> texts(String field, String text) {
        return of(field, text).stream().map(Term::text).toList();
    }

    /**
     * The UTF-16 ranges of {@code text} where the terms of the query occur in a row (each {@code [from, to]}),
     * or, when they never do, where any one of them occurs.
     */
    static List<int[]> marks(String field, String text, List<String> query) {
        List<Term> terms = of(field, text);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i + query.size() <= terms.size() && !query.isEmpty(); i++) {
            boolean match = true;
            for (int j = 0; j < query.size() && match; j++) {
                match = terms.get(i + j).text().equals(query.get(j));
            }
            if (match) {
                add(out, terms.get(i).from(), terms.get(i + query.size() - 1).to());
            }
        }
        if (out.isEmpty()) {
            terms.stream().filter(t -> query.contains(t.text())).forEach(t -> add(out, t.from(), t.to()));
        }
        return out;
    }

    private static void add(List<int[]> marks, int from, int to) {
        if (!marks.isEmpty() && marks.get(marks.size() - 1)[1] >= from) {
            int[] last = marks.get(marks.size() - 1);
            last[1] = Math.max(last[1], to);
        } else {
            marks.add(new int[] {from, to});
        }
    }
}
