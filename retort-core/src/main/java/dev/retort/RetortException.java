package dev.retort;

import dev.retort.internal.RedactedFailures;
import dev.retort.Redaction;
import java.util.Objects;

/**
 * The root of every exception Retort throws on purpose.
 *
 * <p>A message says what happened, to which object, and what to do next; the {@link Kind} tells a
 * caller (the command line, an application) how to react without parsing the message. Immutable.
 *
 * <p>Every message and cause chain is masked on the way in ({@link Redaction}): whatever a driver or a URL
 * put into it, no {@code password=…}, {@code user:secret@} or Oracle {@code user/secret@} leaves Retort.
 */
public class RetortException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in the terms the command line's exit codes use. */
    public enum Kind {
        /** Bad command-line usage or arguments (exit 2). */
        USAGE(2),
        /** Invalid configuration (exit 2). */
        CONFIGURATION(2),
        /** A malformed, missing, duplicated or edited revision script, or a broken revision graph (exit 2). */
        SCRIPT(2),
        /** The database could not be reached or answered with an error (exit 3). */
        DATABASE(3),
        /** A migration step failed while running (exit 3). */
        MIGRATION(3),
        /** The migration lock could not be taken in time (exit 3). */
        LOCK(3);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        /**
         * The process exit code the command line uses for this kind.
         *
         * @return 2 or 3 (see the README's exit codes)
         */
        public int exitCode() {
            return exitCode;
        }
    }

    /** What went wrong; part of the serialized form. */
    private final Kind kind;

    /**
     * A failure without an underlying cause.
     *
     * @param kind    what went wrong; decides the exit code
     * @param message what happened, to which object, and what to do next
     */
    public RetortException(Kind kind, String message) {
        this(kind, message, null);
    }

    /**
     * A failure caused by another exception (an {@code SQLException}, an I/O error).
     *
     * @param kind    what went wrong; decides the exit code
     * @param message what happened, to which object, and what to do next
     * @param cause   the underlying exception
     */
    public RetortException(Kind kind, String message, Throwable cause) {
        super(Redaction.mask(message), RedactedFailures.masked(cause));
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * What went wrong; decides the exit code.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }
}
