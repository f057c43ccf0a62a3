package tw.gov.taichung.kg.search;

import java.util.List;

/** What a search answers, as data: the entities, the report passages, or why the query was refused. */
public final class Hits {
    private Hits() {
    }

    /**
     * An entity: its IRI, kind (the {@code id/{kind}/} of its IRI), zh-Hant and en labels (may be null), the
     * label or alias that matched, and how many statements it takes part in (as subject or object).
     */
    public record EntityHit(String iri, String kind, String zh, String en, String matched, int facts) {
    }

    /** A fact attested in a passage: its IRI, kind and label. */
    public record Fact(String iri, String kind, String label) {
    }

    /**
     * A report sentence: the report's IRI, label and text file, the sentence's code points {@code start} to
     * {@code end}, its text, the UTF-16 ranges of the text that matched ({@code [from, to]} pairs), and the
     * facts whose quotes lie in it.
     */
    public record PassageHit(String report, String reportLabel, String file, String stem, int start, int end,
            String sentence, List<int[]> marks, List<Fact> facts) {
    }

    /**
     * The answer to one query: {@code error} is null when the query was answered (possibly with nothing), or
     * a sentence saying why it was refused (the web answers that with 400).
     */
    public record Answer(String query, List<EntityHit> entities, List<PassageHit> passages, String error) {
        static Answer empty(String query) {
            return new Answer(query, List.of(), List.of(), null);
        }

        static Answer refused(String query, String why) {
            return new Answer(query, List.of(), List.of(), why);
        }
    }
}
