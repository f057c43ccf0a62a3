package tw.gov.taichung.kg.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.MinguoChronology;
import java.time.chrono.MinguoDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A date at the precision the text gives: a day, a month or a year, never more precise than that.
 * Written in the data as {@code ROC 105-07-09} (Republic of China calendar, converted with
 * {@link MinguoChronology}) or Gregorian {@code 2016-07-09}, {@code 2016-07}, {@code 2016}.
 */
public record PartialDate(int year, int month, int day, Precision precision) implements Comparable<PartialDate> {

    /** How much of the date the source states. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORM =
            Pattern.compile("(ROC ?)?(\\d{1,4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    public PartialDate {
        Objects.requireNonNull(precision, "precision");
        if (precision == Precision.YEAR && (month != 0 || day != 0)
                || precision == Precision.MONTH && (month == 0 || day != 0)
                || precision == Precision.DAY && (month == 0 || day == 0)) {
            throw new IllegalArgumentException("fields do not match precision " + precision);
        }
        if (precision == Precision.DAY) {
            LocalDate.of(year, month, day);
        } else if (precision == Precision.MONTH) {
            YearMonth.of(year, month);
        }
    }

    /**
     * Parses a date written in the data format.
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong
     */
    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date: write ROC 105-07-09, ROC 105-07, "
                    + "ROC 105, or Gregorian 2016-07-09, 2016-07, 2016");
        }
        boolean roc = m.group(1) != null;
        int y = Integer.parseInt(m.group(2));
        if (!roc && y < 1000) {
            throw new IllegalArgumentException("'" + text + "': a year below 1000 must be marked ROC (e.g. ROC " + y + ")");
        }
        if (roc && (y < 1 || y > 200)) {
            throw new IllegalArgumentException("'" + text + "': ROC year " + y + " is out of range (1-200)");
        }
        Integer mo = m.group(3) == null ? null : Integer.parseInt(m.group(3));
        Integer d = m.group(4) == null ? null : Integer.parseInt(m.group(4));
        try {
            if (d != null) {
                LocalDate date = roc ? LocalDate.from(MinguoChronology.INSTANCE.date(y, mo, d)) : LocalDate.of(y, mo, d);
                return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Precision.DAY);
            }
            int gy = roc ? LocalDate.from(MinguoDate.of(y, 1, 1)).getYear() : y;
            if (mo != null) {
                YearMonth.of(gy, mo);
                return new PartialDate(gy, mo, 0, Precision.MONTH);
            }
            return new PartialDate(gy, 0, 0, Precision.YEAR);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date (" + e.getMessage() + ")");
        }
    }

    /** The first day this date can denote, for ordering and arithmetic. */
    public LocalDate earliest() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day this date can denote. */
    public LocalDate latest() {
        return switch (precision) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** An xsd:date, xsd:gYearMonth or xsd:gYear literal. */
    public Node toNode() {
        return switch (precision) {
            case DAY -> NodeFactory.createLiteralDT(toString(), XSDDatatype.XSDdate);
            case MONTH -> NodeFactory.createLiteralDT(toString(), XSDDatatype.XSDgYearMonth);
            case YEAR -> NodeFactory.createLiteralDT(toString(), XSDDatatype.XSDgYear);
        };
    }

    @Override
    public int compareTo(PartialDate o) {
        return earliest().compareTo(o.earliest());
    }

    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH -> String.format("%04d-%02d", year, month);
            case YEAR -> String.format("%04d", year);
        };
    }
}
