package tw.gov.taichung.kg.coverage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import tw.gov.taichung.kg.model.Sentences;
import tw.gov.taichung.kg.model.Sentences.Sentence;

/**
 * The pure core of coverage: from a report text and the spans of its facts' quotes, which sentences carry a
 * fact. A sentence is covered when a quote overlaps it by at least 4 letters (or all its letters, if fewer); a
 * no-fact mark applies to every sentence equal to its quote (with or without the closing 。！？).
 */
public final class CoverageMeter {
    static final int MIN_OVERLAP = 4;
    private static final Set<String> HEADINGS = Set.of("heading", "table-of-contents");

    private CoverageMeter() {
    }

    public static ReportCoverage measure(String report, String text, List<QuoteSpan> spans) {
        int[] cps = text.codePoints().toArray();
        List<Sentence> sentences = Sentences.of(text);
        int headings = 0;
        int[] byCover = new int[QuoteSpan.Cover.values().length];
        SortedMap<String, Integer> marked = new TreeMap<>();
        List<Sentence> uncovered = new ArrayList<>();
        for (Sentence s : sentences) {
            String reason = markOf(cps, s, spans);
            QuoteSpan.Cover cover = coverOf(cps, s, spans);
            if (reason != null && HEADINGS.contains(reason)) {
                headings++;
            } else if (cover != null) {
                byCover[cover.ordinal()]++;
            } else if (reason != null) {
                marked.merge(reason, 1, Integer::sum);
            } else {
                uncovered.add(s);
            }
        }
        return new ReportCoverage(report, sentences.size(), headings, byCover[0], byCover[1], byCover[2], marked,
                uncovered);
    }

    /** The reason of the last no-fact mark whose quote is this whole sentence, or null. */
    static String markOf(int[] cps, Sentence s, List<QuoteSpan> spans) {
        String reason = null;
        for (QuoteSpan q : spans) {
            if (q.cover() == QuoteSpan.Cover.NO_FACT && Sentences.isWhole(slice(cps, q.start(), q.end()), s.text())) {
                reason = q.reason();
            }
        }
        return reason;
    }

    /** The strongest cover among the quotes that overlap the sentence enough, or null. */
    static QuoteSpan.Cover coverOf(int[] cps, Sentence s, List<QuoteSpan> spans) {
        int need = Math.min(MIN_OVERLAP, Sentences.letters(cps, s.start(), s.end()));
        EnumSet<QuoteSpan.Cover> kinds = EnumSet.noneOf(QuoteSpan.Cover.class);
        for (QuoteSpan q : spans) {
            if (q.cover() == QuoteSpan.Cover.NO_FACT || q.end() <= s.start() || q.start() >= s.end()) {
                continue;
            }
            if (Sentences.letters(cps, Math.max(q.start(), s.start()), Math.min(q.end(), s.end())) >= need) {
                kinds.add(q.cover());
            }
        }
        return kinds.isEmpty() ? null : kinds.iterator().next();
    }

    private static String slice(int[] cps, int from, int to) {
        int a = Math.max(0, Math.min(from, cps.length));
        int b = Math.max(a, Math.min(to, cps.length));
        return new String(cps, a, b - a);
    }
}
