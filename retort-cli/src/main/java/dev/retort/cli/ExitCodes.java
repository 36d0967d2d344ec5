package dev.retort.cli;

import dev.retort.RetortException;

/**
 * The process exit codes. Those of failures come from {@link RetortException.Kind}, their one source; the
 * two that are not failures are the command line's own.
 */
final class ExitCodes {

    /** Done. */
    static final int OK = 0;
    /** A check found something: pending revisions, drift. */
    static final int CHECK_FAILED = 1;
    /** Bad usage, configuration or script. */
    static final int USAGE = RetortException.Kind.USAGE.exitCode();
    /** The database or a migration failed. */
    static final int DATABASE = RetortException.Kind.DATABASE.exitCode();

    private ExitCodes() {
    }
}
