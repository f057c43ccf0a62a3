package tw.gov.taichung.kg.search;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * One report's text as the index holds it: the report, its named graph, its text file's IRI and name, the
 * text, its sentences, and the quotes that point into it (sorted by start).
 */
public record ReportText(Node report, Node graph, Node file, String fileName, String text,
        List<Sentences.Sentence> sentences, List<Passages.Quote> quotes) {

    /** The file name without {@code .txt}: the path of the report's text page, {@code /texts/{stem}}. */
    public String stem() {
        return fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }

    /** The quotes that overlap code points {@code start} to {@code end}. */
    public List<Passages.Quote> quotesIn(int start, int end) {
        return quotes.stream().filter(q -> q.start() < end && q.end() > start).toList();
    }

    /** The sentence that holds code point {@code at}, or null. */
    public Sentences.Sentence sentenceAt(int at) {
        for (Sentences.Sentence s : sentences) {
            if (s.start() <= at && at < s.end()) {
                return s;
            }
        }
        return null;
    }
}
