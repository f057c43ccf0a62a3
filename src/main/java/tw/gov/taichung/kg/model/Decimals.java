package tw.gov.taichung.kg.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for a decimal number in the data: ASCII digits, an optional '.' followed by digits, an optional
 * leading '-'; no exponent, no thousands separators, no full-width or other digits; at most
 * {@link #MAX_LENGTH} characters, checked before anything is parsed.
 */
public final class Decimals {
    public static final int MAX_LENGTH = 40;
    private static final Pattern FORM = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private Decimals() {
    }

    /** The number, or empty when the text does not follow the rule. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH || !FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }

    /** Why the text is not a number, in a sentence (for a problem message). */
    public static String why(String text) {
        if (text.length() > MAX_LENGTH) {
            return "it is longer than " + MAX_LENGTH + " characters";
        }
        if (text.codePoints().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'))) {
            return "it holds digits other than ASCII 0-9";
        }
        if (text.matches("-?[0-9.]*[eE][-+]?[0-9]+")) {
            return "it has an exponent; write the number out in full";
        }
        if (text.contains(",") || text.contains("_") || text.contains(" ")) {
            return "it has a thousands separator; write the digits only";
        }
        return "write digits, an optional '.' and decimals, and an optional leading '-'";
    }
}
