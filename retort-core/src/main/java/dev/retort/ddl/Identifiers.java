package dev.retort.ddl;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How one dialect quotes identifiers. A name is written bare when the database would read it back
 * unchanged — a plain identifier, not a reserved word, in the case the database folds unquoted
 * names to — and quoted otherwise, so generated SQL stays readable and still means exactly the
 * model's names. Immutable and thread-safe.
 */
public final class Identifiers {

    /** What the database does to the case of an unquoted name. */
    public enum Fold {
        /** Keeps it (MySQL, SQLite). */
        NONE,
        /** Folds to lower case (PostgreSQL). */
        LOWER,
        /** Folds to upper case (H2, the SQL standard). */
        UPPER
    }

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final char open;
    private final char close;
    private final Fold fold;
    private final Set<String> reserved;
    private final boolean always;

    /**
     * @param open     the opening quote character
     * @param close    the closing quote character (doubled inside a quoted name)
     * @param fold     how unquoted names are folded
     * @param reserved words that must be quoted, in any case
     */
    public Identifiers(char open, char close, Fold fold, Set<String> reserved) {
        this(open, close, fold, reserved, false);
    }

    private Identifiers(char open, char close, Fold fold, Set<String> reserved, boolean always) {
        this.always = always;
        this.open = open;
        this.close = close;
        this.fold = Objects.requireNonNull(fold, "fold");
        this.reserved = reserved.stream().map(word -> word.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Quotes every name: for a database where whether a bare name reads back as itself depends on the
     * session (MySQL's {@code IGNORE_SPACE} turns every built-in function name into a reserved word).
     */
    public static Identifiers alwaysQuoted(char open, char close) {
        return new Identifiers(open, close, Fold.NONE, Set.of(), true);
    }

    /** The name, quoted only when it has to be. */
    public String quote(String name) {
        return needsQuotes(name) ? quoteAlways(name) : name;
    }

    /** The name, always quoted. */
    public String quoteAlways(String name) {
        String doubled = String.valueOf(close) + close;
        return open + name.replace(String.valueOf(close), doubled) + close;
    }

    /** True when the name must be quoted to mean itself. */
    public boolean needsQuotes(String name) {
        if (always || !PLAIN.matcher(name).matches() || reserved.contains(name.toUpperCase(Locale.ROOT))) {
            return true;
        }
        return switch (fold) {
            case NONE -> false;
            case LOWER -> !name.equals(name.toLowerCase(Locale.ROOT));
            case UPPER -> !name.equals(name.toUpperCase(Locale.ROOT));
        };
    }
}
