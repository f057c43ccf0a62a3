package tw.gov.taichung.kg.coverage;

import java.util.List;
import java.util.SortedMap;
import tw.gov.taichung.kg.model.Sentences.Sentence;

/**
 * Coverage of one report: its sentences; those marked heading or table of contents (left out of the rest);
 * of the others, those covered by a fact in structure, by a statement only, by a mention only; those marked as
 * carrying no fact for another reason (by reason); and those that carry nothing, with offsets and text.
 */
public record ReportCoverage(String report, int sentences, int headings, int structure, int statement,
        int mention, SortedMap<String, Integer> marked, List<Sentence> uncovered) {
    public static final double BAR_COVERED = 0.90;
    public static final double BAR_WEAK = 0.20;

    public ReportCoverage {
        marked = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(marked));
        uncovered = List.copyOf(uncovered);
    }

    /** Sentences not marked heading or table of contents: what the shares are taken of. */
    public int counted() {
        return sentences - headings;
    }

    public int covered() {
        return structure + statement + mention;
    }

    /** Covered sentences that rest on a statement or a mention only. */
    public int weak() {
        return statement + mention;
    }

    public int markedOther() {
        return marked.values().stream().mapToInt(Integer::intValue).sum();
    }

    public double coveredShare() {
        return counted() == 0 ? 0 : (double) covered() / counted();
    }

    public double weakShare() {
        return covered() == 0 ? 0 : (double) weak() / covered();
    }

    /** The curation bar: >= 90% covered, <= 20% of those weak, every other sentence marked. */
    public boolean meetsBar() {
        return coveredShare() >= BAR_COVERED && weakShare() <= BAR_WEAK && uncovered.isEmpty();
    }
}
