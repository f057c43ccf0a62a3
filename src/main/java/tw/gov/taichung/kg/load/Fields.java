package tw.gov.taichung.kg.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Location;
import tw.gov.taichung.kg.model.PartialDate;
import tw.gov.taichung.kg.model.Problem;

/**
 * Reads the fields of one YAML mapping, reporting missing, malformed and unknown fields as problems
 * (so a typo in a field name is caught instead of silently ignored).
 */
final class Fields {
    private final Y map;
    private final Map<String, Y.Entry> entries;
    private final List<Problem> problems;

    Fields(Y map, Set<String> allowed, List<Problem> problems) {
        this.map = map;
        this.problems = problems;
        this.entries = map.entries();
        for (var e : entries.entrySet()) {
            if (e.getValue().duplicate()) {
                problems.add(e.getValue().key().at().problem("DUPLICATE_KEY",
                        "the field '" + e.getKey() + "' is given twice"));
            }
            if (!allowed.contains(e.getKey())) {
                problems.add(e.getValue().key().at().problem("UNKNOWN_FIELD",
                        "unknown field '" + e.getKey() + "'; expected one of " + new TreeSet<>(allowed)
                                + (e.getKey().contains(" ") ? "; a ',' inside {...} ends a value, so put a text "
                                        + "that holds commas in quotes" : "")));
            }
        }
    }

    Location at() {
        return map.at();
    }

    Location at(String key) {
        Y v = node(key);
        return v == null ? map.at() : v.at();
    }

    boolean has(String key) {
        return node(key) != null;
    }

    /** The value node, or null when the key is absent or empty. */
    Y node(String key) {
        Y.Entry e = entries.get(key);
        return e == null || e.value().isNull() ? null : e.value();
    }

    String text(String key, boolean required) {
        Y v = node(key);
        if (v == null) {
            if (required) {
                problems.add(map.at().problem("MISSING_FIELD", "the required field '" + key + "' is missing"));
            }
            return null;
        }
        if (!v.isScalar()) {
            problems.add(v.at().problem("BAD_VALUE", "'" + key + "' must be a single value, not " + v.kind()));
            return null;
        }
        String t = v.text().strip();
        if (t.isEmpty() && required) {
            problems.add(v.at().problem("MISSING_FIELD", "the required field '" + key + "' is empty"));
            return null;
        }
        return t;
    }

    String slug(String key, boolean required) {
        String t = text(key, required);
        if (t != null && !Iris.SLUG.matcher(t).matches()) {
            problems.add(at(key).problem("BAD_ID", "'" + t + "' is not a valid id: use lowercase letters, "
                    + "digits and single hyphens"));
            return null;
        }
        return t;
    }

    /** A scalar or a list of scalars, as a list (empty when absent). */
    List<Y> scalars(String key) {
        Y v = node(key);
        List<Y> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        List<Y> items = v.isSeq() ? v.items() : List.of(v);
        for (Y i : items) {
            if (i.isScalar()) {
                out.add(i);
            } else {
                problems.add(i.at().problem("BAD_VALUE", "'" + key + "' must hold values, not " + i.kind()));
            }
        }
        return out;
    }

    /** A list of mappings (empty when absent). */
    List<Y> maps(String key) {
        Y v = node(key);
        List<Y> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isSeq()) {
            problems.add(v.at().problem("BAD_VALUE", "'" + key + "' must be a list, not " + v.kind()));
            return out;
        }
        for (Y i : v.items()) {
            if (i.isMap()) {
                out.add(i);
            } else {
                problems.add(i.at().problem("BAD_VALUE", "each item of '" + key + "' must be a mapping, not "
                        + i.kind()));
            }
        }
        return out;
    }

    PartialDate date(String key, boolean required) {
        String t = text(key, required);
        if (t == null) {
            return null;
        }
        try {
            return PartialDate.parse(t);
        } catch (IllegalArgumentException e) {
            problems.add(at(key).problem("BAD_DATE", plainDateMessage(t, e.getMessage())));
            return null;
        }
    }

    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("(ROC ?)?(\\d{1,4})-(\\d{1,2})(?:-(\\d{1,2}))?");

    /**
     * The date parser's message, with java.time's explanation of an impossible date (such as "Invalid date
     * 'FEBRUARY 30'") replaced by a plain one: there is no month 13; February 2016 has 29 days.
     */
    static String plainDateMessage(String text, String message) {
        int cut = message.indexOf(" is not a real date (");
        java.util.regex.Matcher m = DATE.matcher(text.strip());
        if (cut < 0 || !m.matches()) {
            return message;
        }
        String head = message.substring(0, cut) + " is not a real date: ";
        int year = Integer.parseInt(m.group(2)) + (m.group(1) != null ? 1911 : 0);
        int month = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return head + "there is no month " + month;
        }
        if (m.group(4) != null && Integer.parseInt(m.group(4)) < 1) {
            return head + "there is no day " + m.group(4);
        }
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        String name = ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        return head + name + " " + year + (m.group(1) != null ? " (ROC " + m.group(2) + ")" : "") + " has "
                + ym.lengthOfMonth() + " days";
    }

    String choice(String key, boolean required, Set<String> allowed) {
        String t = text(key, required);
        if (t != null && !allowed.contains(t)) {
            problems.add(at(key).problem("BAD_VALUE", "'" + t + "' is not a known " + key + "; expected one of "
                    + new TreeSet<>(allowed)));
            return null;
        }
        return t;
    }

    Boolean bool(String key) {
        String t = text(key, false);
        if (t == null) {
            return null;
        }
        if (!t.equals("true") && !t.equals("false")) {
            problems.add(at(key).problem("BAD_VALUE", "'" + key + "' must be true or false, not '" + t + "'"));
            return null;
        }
        return Boolean.valueOf(t);
    }

    BigDecimal decimal(String key, boolean required) {
        String t = text(key, required);
        if (t == null) {
            return null;
        }
        var v = tw.gov.taichung.kg.model.Decimals.parse(t);
        if (v.isEmpty()) {
            problems.add(at(key).problem("BAD_NUMBER", "'" + key + "' must be a plain decimal number, not '"
                    + Provenance.abbreviate(t) + "': " + tw.gov.taichung.kg.model.Decimals.why(t)));
            return null;
        }
        return v.get();
    }

    Integer integer(String key, boolean required) {
        BigDecimal d = decimal(key, required);
        if (d == null) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            problems.add(at(key).problem("BAD_NUMBER", "'" + key + "' must be a whole number, not '" + d + "'"));
            return null;
        }
    }
}
