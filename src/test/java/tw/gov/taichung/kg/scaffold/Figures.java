package tw.gov.taichung.kg.scaffold;

import java.util.List;

/**
 * Recall and precision of one measure on one report.
 *
 * @param expected   how many curated items the measure counts (the recall denominator)
 * @param recovered  how many of them the draft has
 * @param drafted    how many items the draft has (the precision denominator)
 * @param confirmed  how many of the drafted items match a curated item
 * @param missed     the curated items the draft lacks (for the message)
 * @param invented   the drafted items no curated item matches
 */
record Figures(int expected, int recovered, int drafted, int confirmed, List<String> missed, List<String> invented) {
    double recall() {
        return expected == 0 ? 1.0 : (double) recovered / expected;
    }

    double precision() {
        return drafted == 0 ? 1.0 : (double) confirmed / drafted;
    }

    String row() {
        return String.format("%3d/%-3d recall %5.1f%%   %3d/%-3d precision %5.1f%%", recovered, expected,
                100 * recall(), confirmed, drafted, 100 * precision());
    }
}
