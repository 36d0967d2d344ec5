package dev.retort.runtime;

import dev.retort.RetortException;
import dev.retort.spi.SqlStatement;
import java.util.List;

/**
 * A step failed while running. The message names the revision, its file, the statement (number,
 * line and SQL), the database error, what was left in the database and what to do next. Immutable.
 */
public final class MigrationFailure extends RetortException {

    private static final long serialVersionUID = 1L;

    private final String revision;
    private final String location;
    private final int statementNumber;

    MigrationFailure(String revision, String location, String message, int statementNumber, Throwable cause) {
        super(Kind.MIGRATION, message, cause);
        this.revision = revision;
        this.location = location;
        this.statementNumber = statementNumber;
    }

    /** The revision that failed. */
    public String revision() {
        return revision;
    }

    /** Its script. */
    public String location() {
        return location;
    }

    /** The 1-based number of the failed statement within its section. */
    public int statementNumber() {
        return statementNumber;
    }

    static String describe(String verb, String revision, String location, List<SqlStatement> statements, int failed,
                           String error) {
        SqlStatement statement = statements.get(failed - 1);
        return verb + " of revision " + revision + " (" + location + ") failed at statement " + failed + " of "
                + statements.size() + ", line " + statement.line() + ":\n    " + oneLine(statement.sql())
                + "\n  database error: " + error;
    }

    static String oneLine(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + " …";
    }
}
