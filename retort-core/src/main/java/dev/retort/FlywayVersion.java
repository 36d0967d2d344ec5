package dev.retort;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A Flyway migration version: numbers separated by {@code .} or {@code _}, compared number by number, so {@code 1.10}
 * follows {@code 1.9}, {@code 1_1} equals {@code 1.1}, and trailing zeros do not count ({@code 1.0} equals {@code 1}).
 * Immutable.
 */
record FlywayVersion(List<BigInteger> parts) implements Comparable<FlywayVersion> {

    FlywayVersion {
        List<BigInteger> trimmed = new ArrayList<>(parts);
        while (trimmed.size() > 1 && trimmed.get(trimmed.size() - 1).signum() == 0) {
            trimmed.remove(trimmed.size() - 1);
        }
        parts = List.copyOf(trimmed);
    }

    /** The version of a file name's version part, or null when it is not one (letters, empty parts). */
    static FlywayVersion parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<BigInteger> parts = new ArrayList<>();
        for (String part : text.replace('_', '.').split("\\.", -1)) {
            if (part.isEmpty() || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            parts.add(new BigInteger(part));
        }
        return new FlywayVersion(parts);
    }

    @Override
    public int compareTo(FlywayVersion other) {
        for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
            BigInteger mine = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
            BigInteger theirs = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
            int order = mine.compareTo(theirs);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** {@code 1.10}: the numbers joined by dots, without leading or trailing zeros; the revision id is V + this. */
    @Override
    public String toString() {
        return String.join(".", parts.stream().map(BigInteger::toString).toList());
    }
}
