package dev.retort.spi;

import dev.retort.sql.lex.SqlLexer;
import java.nio.file.Path;
import java.util.List;

/**
 * What a SQL model's statements do to the session they run in, followed by the dialect while the
 * model loads ({@link Dialect#modelSession}): a statement that moves the session (PostgreSQL's
 * {@code SET search_path}) changes where an unqualified CREATE puts its object and how a kept
 * definition must be run again, and a client command line (psql's {@code \i}) may include a file.
 * The model's own code stays free of any one database's session rules. Mutable, one per model load;
 * not thread-safe.
 */
public interface ModelSession {

    /** A session that nothing moves and that has no client commands. Stateless. */
    ModelSession PLAIN = new ModelSession() {
        @Override
        public boolean follow(List<SqlLexer.Token> tokens) {
            return false;
        }

        @Override
        public Path clientCommand(Path file, SqlStatement statement) {
            return null;
        }
    };

    /** A model file starts: a new client session, as psql opens one per file. */
    default void startFile() {
    }

    /**
     * {@return true (and the session followed) when the statement only moves the session, so it creates
     * nothing}
     *
     * @param tokens the statement's tokens, in the model's flavour
     */
    boolean follow(List<SqlLexer.Token> tokens);

    /** {@return the schema an unqualified CREATE puts its object in now, lower case; null when unknown} */
    default String creationSchema() {
        return null;
    }

    /** {@return the project's default schema, lower case; null for a single-schema model} */
    default String defaultSchema() {
        return null;
    }

    /**
     * {@return the statement as it must be run again later, wrapped in what moved the session when it ran}
     *
     * @param sql the statement as the model file has it
     */
    default String inContext(String sql) {
        return sql;
    }

    /**
     * {@return a client command line the splitter cut out
     * ({@link dev.retort.spi.SplitterOptions#isMetaCommand}): the file it includes, or null when it is
     * skipped}
     *
     * @param file the model file the command is in
     * @param statement the command, its text starting with the backslash
     * @throws dev.retort.RetortException of kind SCRIPT when the command cannot be run over JDBC
     */
    Path clientCommand(Path file, SqlStatement statement);
}
