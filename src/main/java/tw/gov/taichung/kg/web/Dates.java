package tw.gov.taichung.kg.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates as the data gives them: a day ({@code 2016-07-09}), a month ({@code 2016-07}) or a year. */
final class Dates {
    private Dates() {
    }

    /** The day, or null when the text is not a whole day. */
    static LocalDate day(String text) {
        if (text == null || text.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "2016-07-09 – 2016-07-11", or one date when both are the same or the end is missing. */
    static String range(String start, String end) {
        if (start == null) {
            return end == null ? "" : end;
        }
        return end == null || end.equals(start) ? start : start + " – " + end;
    }

    /** The days from start to end, both counted, or 0 when either is not a whole day. */
    static long days(String start, String end) {
        LocalDate s = day(start);
        LocalDate e = day(end);
        return s == null || e == null ? 0 : e.toEpochDay() - s.toEpochDay() + 1;
    }

    /** "週六 Sat" for a day. */
    static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.TRADITIONAL_CHINESE) + " "
                + d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
