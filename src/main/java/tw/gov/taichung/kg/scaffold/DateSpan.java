package tw.gov.taichung.kg.scaffold;

import java.util.Objects;
import tw.gov.taichung.kg.model.PartialDate;

/**
 * A date or a date range read from the text, at the precision the text gives.
 *
 * @param start    the first (or only) date
 * @param end      the last date; equal to start for a single date
 * @param roc      whether the text counts years in the ROC calendar (so the draft writes {@code ROC ...})
 * @param yearStated whether the text states the year (otherwise it was taken from the context)
 * @param length   how many chars of the input the date expression took (from where parsing began)
 */
public record DateSpan(PartialDate start, PartialDate end, boolean roc, boolean yearStated, int length) {
    public DateSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.latest().isBefore(start.earliest())) {
            throw new IllegalArgumentException("range ends before it starts: " + start + " - " + end);
        }
    }

    public boolean single() {
        return start.equals(end);
    }

    /** The date as the data format writes it: {@code ROC 105-07-09} or {@code 2016-07-09}. */
    public static String format(PartialDate d, boolean roc) {
        if (!roc) {
            return d.toString();
        }
        String s = "ROC " + (d.year() - 1911);
        if (d.precision() != PartialDate.Precision.YEAR) {
            s += String.format("-%02d", d.month());
        }
        if (d.precision() == PartialDate.Precision.DAY) {
            s += String.format("-%02d", d.day());
        }
        return s;
    }

    public String startText() {
        return format(start, roc);
    }

    public String endText() {
        return format(end, roc);
    }
}
