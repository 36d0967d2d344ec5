package dev.retort.cli;

/** The process exit codes, in one place. */
final class ExitCodes {

    /** Done. */
    static final int OK = 0;
    /** A check found something: pending revisions, drift. */
    static final int CHECK_FAILED = 1;
    /** Bad usage, configuration or script. */
    static final int USAGE = 2;
    /** The database or a migration failed. */
    static final int DATABASE = 3;

    private ExitCodes() {
    }
}
