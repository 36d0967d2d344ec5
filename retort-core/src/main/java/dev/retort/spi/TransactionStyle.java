package dev.retort.spi;

/** How a dialect makes each revision atomic, or records progress where it cannot. */
public enum TransactionStyle {
    /** DDL is transactional: each revision and its version row commit together (PostgreSQL). */
    TRANSACTION_PER_REVISION,
    /**
     * The lock is itself an open write transaction (SQLite's {@code BEGIN IMMEDIATE}); each revision is a
     * savepoint inside it, committed when the command ends.
     */
    SAVEPOINT_PER_REVISION,
    /** Each DDL statement commits by itself (MySQL/MariaDB, H2): progress is recorded per statement. */
    STATEMENT_AUTOCOMMIT
}
