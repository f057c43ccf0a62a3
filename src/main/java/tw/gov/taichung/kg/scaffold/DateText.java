package tw.gov.taichung.kg.scaffold;

import java.time.DateTimeException;
import java.time.LocalDate;
import tw.gov.taichung.kg.model.PartialDate;

/**
 * Reads the dates of report texts: {@code 105年7月9日}, {@code 113 年 7 月 22 日}, {@code 104/4/06},
 * {@code 6/24}, full-width digits, and ranges ({@code 至}, {@code -}, {@code ~}, {@code —}) whose second half
 * leaves out what it shares ({@code 106年6月17日至25日}, {@code 7月30-31日}, {@code 105/ 9/22- 9/30}), with
 * weekday notes such as {@code (六)} or {@code (星期二-三)} skipped. A year of up to three digits is an ROC
 * year (N + 1911); a missing year comes from a hint (the trip's or the report's year).
 */
final class DateText {
    /** The year to assume when the text leaves it out. */
    record YearHint(int gregorianYear, boolean roc) {
    }

    private final String s;
    private int pos;

    private DateText(String s, int pos) {
        this.s = s;
        this.pos = pos;
    }

    /** Raw fields of one date as written: -1 when absent. */
    private record Raw(int year, int month, int day) {
    }

    /**
     * Parses a date or range at the start of {@code s} (after leading whitespace); null when there is none.
     * {@link DateSpan#length()} tells where the date expression ends, so a cell such as
     * {@code 3/14 (六) 大紐約地區} can be split into a date and a place.
     */
    static DateSpan parsePrefix(String s, YearHint hint) {
        DateText p = new DateText(s, 0);
        p.skipSpace();
        Raw a = p.date(false);
        if (a == null || a.month < 0 && a.day >= 0 && a.year < 0) {
            return null;
        }
        p.weekday();
        int afterFirst = p.pos;
        Raw b = null;
        if (p.separator()) {
            b = p.date(true);
            if (b != null) {
                p.weekday();
            }
        }
        if (b == null) {
            p.pos = afterFirst;
        }
        return build(a, b, hint, p.pos);
    }

    /** Parses a date or range anywhere in {@code s}: the first place where one starts. */
    static DateSpan find(String s, YearHint hint) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 10) >= 0 && (i == 0 || Character.digit(s.charAt(i - 1), 10) < 0)) {
                DateSpan d = parsePrefix(s.substring(i), hint);
                if (d != null && d.start().precision() == PartialDate.Precision.DAY) {
                    return new DateSpan(d.start(), d.end(), d.roc(), d.yearStated(), i + d.length());
                }
            }
        }
        return null;
    }

    private static DateSpan build(Raw a, Raw b, YearHint hint, int length) {
        boolean stated = a.year >= 0;
        boolean roc = stated ? a.year < 1000 : hint != null && hint.roc();
        int year;
        if (stated) {
            year = a.year < 1000 ? a.year + 1911 : a.year;
        } else if (hint != null) {
            year = hint.gregorianYear();
        } else {
            return null;
        }
        if (roc && stated && (a.year < 1 || a.year > 200)) {
            return null;
        }
        try {
            PartialDate start = make(year, a.month, a.day);
            if (b == null) {
                return new DateSpan(start, start, roc, stated, length);
            }
            int by = b.year >= 0 ? (b.year < 1000 ? b.year + 1911 : b.year) : year;
            int bm = b.month >= 0 ? b.month : a.month;
            PartialDate end = make(by, bm, b.day);
            if (b.year < 0 && end.latest().isBefore(start.earliest())) {
                end = make(by + 1, bm, b.day);
            }
            if (end.latest().isBefore(start.earliest())) {
                return new DateSpan(start, start, roc, stated, length);
            }
            return new DateSpan(start, end, roc, stated, length);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    private static PartialDate make(int year, int month, int day) {
        if (month < 0) {
            return new PartialDate(year, 0, 0, PartialDate.Precision.YEAR);
        }
        if (day < 0) {
            return new PartialDate(year, month, 0, PartialDate.Precision.MONTH);
        }
        LocalDate.of(year, month, day);
        return new PartialDate(year, month, day, PartialDate.Precision.DAY);
    }

    private void skipSpace() {
        while (pos < s.length() && Text.isSpace(s.charAt(pos))) {
            pos++;
        }
    }

    private int number() {
        skipSpace();
        int start = pos;
        int v = 0;
        while (pos < s.length() && Character.digit(s.charAt(pos), 10) >= 0 && pos - start < 4) {
            v = v * 10 + Character.digit(s.charAt(pos), 10);
            pos++;
        }
        if (pos == start || pos < s.length() && Character.digit(s.charAt(pos), 10) >= 0) {
            pos = start;
            return -1;
        }
        return v;
    }

    private boolean accept(String chars) {
        int save = pos;
        skipSpace();
        if (pos < s.length() && chars.indexOf(s.charAt(pos)) >= 0) {
            pos++;
            return true;
        }
        pos = save;
        return false;
    }

    /** One date; in the second half of a range a bare day ({@code 25}, {@code 31日}) is allowed. */
    private Raw date(boolean second) {
        int save = pos;
        int n1 = number();
        if (n1 < 0) {
            pos = save;
            return null;
        }
        if (accept("年")) {
            int save2 = pos;
            int m = number();
            if (m < 0 || !accept("月")) {
                pos = save2;
                return n1 >= 1000 || n1 <= 200 ? new Raw(n1, -1, -1) : null;
            }
            return dayAfterMonth(n1, m);
        }
        if (accept("月")) {
            return dayAfterMonth(-1, n1);
        }
        if (accept("/／")) {
            int save2 = pos;
            int n2 = number();
            if (n2 < 0) {
                pos = save;
                return null;
            }
            int save3 = pos;
            if (accept("/／")) {
                int n3 = number();
                if (n3 >= 0) {
                    return valid(new Raw(n1, n2, n3));
                }
                pos = save3;
            }
            if (n1 > 12 && n1 <= 200) {
                pos = save2;
                return null;
            }
            return valid(new Raw(-1, n1, n2));
        }
        if (second) {
            accept("日");
            return n1 >= 1 && n1 <= 31 ? new Raw(-1, -1, n1) : null;
        }
        pos = save;
        return null;
    }

    private Raw dayAfterMonth(int year, int month) {
        int save = pos;
        int d = number();
        if (d < 0) {
            pos = save;
            return valid(new Raw(year, month, -1));
        }
        accept("日號");
        return valid(new Raw(year, month, d));
    }

    private static Raw valid(Raw r) {
        if (r.month > 12 || r.month == 0 || r.day == 0 || r.day > 31) {
            return null;
        }
        return r;
    }

    private void weekday() {
        int save = pos;
        skipSpace();
        if (pos < s.length() && (s.charAt(pos) == '(' || s.charAt(pos) == '（')) {
            int close = pos + 1;
            while (close < s.length() && close - pos < 12 && "一二三四五六日天星期週周~～-－—–至 ".indexOf(s.charAt(close)) >= 0) {
                close++;
            }
            if (close < s.length() && (s.charAt(close) == ')' || s.charAt(close) == '）') && close > pos + 1) {
                pos = close + 1;
                return;
            }
        }
        pos = save;
    }

    private boolean separator() {
        int save = pos;
        skipSpace();
        if (pos < s.length() && "-~～—–－至到".indexOf(s.charAt(pos)) >= 0) {
            pos++;
            skipSpace();
            return true;
        }
        pos = save;
        return false;
    }
}
