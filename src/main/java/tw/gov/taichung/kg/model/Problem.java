package tw.gov.taichung.kg.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the input, as data: where (file, 1-based line and column, 0 when unknown),
 * a stable rule code, and a plain sentence naming the offending value.
 */
public record Problem(String file, int line, int column, String code, String message)
        implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator
            .comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::code)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0");
        }
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("problem code must be UPPER_SNAKE: " + code);
        }
    }

    @Override
    public int compareTo(Problem o) {
        return ORDER.compare(this, o);
    }

    /** {@code file:line:column: CODE message}, the form printed to stderr. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + code + " " + message;
    }
}
