package tw.gov.taichung.kg.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The closed list of units a figure may have: ISO 4217 currency codes, and counting and measuring units with
 * their UN/CEFACT common codes (Recommendation 20), as {@code ontology/concepts.ttl} describes them.
 */
public final class Units {
    private Units() {
    }

    /** Currencies, by ISO 4217 code as written in the data. */
    public static final Set<String> CURRENCIES = Set.of("TWD", "USD", "EUR", "JPY", "SGD", "KRW", "CNY", "MNT",
            "ILS", "MXN", "GBP", "NZD", "CAD", "AUD", "HKD");

    /** Other units and their UN/CEFACT common codes; an empty code for units that have none (坪, a multiple). */
    public static final Map<String, String> COMMON_CODES = codes(
            "person", "IE", "count", "C62", "percent", "P1", "hectare", "HAR", "square-metre", "MTK",
            "square-kilometre", "KMK", "ping", "", "kilometre", "KMT", "metre", "MTR", "year", "ANN", "month", "MON",
            "day", "DAY", "hour", "HUR", "minute", "MIN", "tonne", "TNE", "kilogram", "KGM", "kilowatt-hour", "KWH",
            "megawatt", "MAW", "gigawatt-hour", "GWH", "litre", "LTR", "cubic-metre", "MTQ", "ratio", "");

    private static Map<String, String> codes(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    public static boolean known(String unit) {
        return CURRENCIES.contains(unit) || COMMON_CODES.containsKey(unit);
    }

    public static boolean isCurrency(String unit) {
        return CURRENCIES.contains(unit);
    }

    /** The slug of the unit's SKOS concept ({@code usd}, {@code person}). */
    public static String conceptSlug(String unit) {
        return unit.toLowerCase(java.util.Locale.ROOT);
    }

    /** Every unit, currencies first, for messages. */
    public static Set<String> all() {
        Set<String> s = new java.util.LinkedHashSet<>(new java.util.TreeSet<>(CURRENCIES));
        s.addAll(COMMON_CODES.keySet());
        return s;
    }
}
