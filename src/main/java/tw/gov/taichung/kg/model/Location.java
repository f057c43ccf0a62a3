package tw.gov.taichung.kg.model;

import java.util.Objects;

/** A position in a curated data file (1-based line and column). */
public record Location(String file, int line, int column) {
    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based");
        }
    }

    public Problem problem(String code, String message) {
        return new Problem(file, line, column, code, message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
