package dev.retort.internal;

import dev.retort.Redaction;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Set;

/**
 * Causes with their secrets masked, so that an exception chain printed whole (a stack trace, an application's
 * log of the exception) shows no more than its message. A chain with nothing to mask is returned as it is;
 * otherwise each throwable with a secret in its message, and everything it is wrapped in, is copied with the
 * masked message and the original stack trace: an {@link SQLException} as an {@code SQLException} with the same
 * SQL state and vendor code (callers decide by those), anything else as a {@link Masked} naming the original
 * class. Suppressed exceptions and {@link SQLException#getNextException()} chains of a copy are not carried
 * over. Stateless.
 */
public final class RedactedFailures {

    private RedactedFailures() {
    }

    /** The chain with recognisable secrets masked ({@link Redaction#mask(String)}). */
    public static Throwable masked(Throwable failure) {
        return masked(failure, Set.of());
    }

    /** The chain with recognisable secrets and the given secret values masked. */
    public static Throwable masked(Throwable failure, Collection<String> secrets) {
        if (failure == null || clean(failure, secrets)) {
            return failure;
        }
        Throwable cause = failure.getCause() == failure ? null : masked(failure.getCause(), secrets);
        String message = Redaction.mask(failure.getMessage(), secrets);
        Throwable copy = failure instanceof SQLException sql
                ? new SQLException(message, sql.getSQLState(), sql.getErrorCode(), cause)
                : new Masked(failure.getClass().getName(), message, cause);
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** As {@link #masked(Throwable, Collection)}, for a connection failure that must stay an {@link SQLException}. */
    public static SQLException masked(SQLException failure, Collection<String> secrets) {
        return (SQLException) masked((Throwable) failure, secrets);
    }

    private static boolean clean(Throwable failure, Collection<String> secrets) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause() == t ? null : t.getCause(), depth++) {
            String message = t.getMessage();
            if (message != null && !message.equals(Redaction.mask(message, secrets))) {
                return false;
            }
        }
        return true;
    }

    /** A masked copy of a throwable that is not an {@link SQLException}; prints as the original class. */
    public static final class Masked extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String originalClass;

        Masked(String originalClass, String message, Throwable cause) {
            super(message, cause);
            this.originalClass = originalClass;
        }

        /** The class of the throwable this copies. */
        public String originalClass() {
            return originalClass;
        }

        @Override
        public String toString() {
            return getLocalizedMessage() == null ? originalClass : originalClass + ": " + getLocalizedMessage();
        }
    }
}
