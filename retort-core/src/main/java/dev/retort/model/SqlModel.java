package dev.retort.model;

import dev.retort.RetortException;
import dev.retort.sql.lex.SqlLexer;
import dev.retort.schema.Schema;
import dev.retort.spi.Dialect;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.ModelSession;
import dev.retort.spi.ReflectOptions;
import dev.retort.spi.ScratchRequest;
import dev.retort.spi.ScratchSpace;
import dev.retort.spi.SplitterOptions;
import dev.retort.spi.SqlStatement;
import dev.retort.sql.StatementSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A desired-state model written as SQL: the files are run in a scratch space of the target's dialect
 * and the result is reflected, so the database itself normalises types, defaults and names — no SQL
 * parser of Retort's own is involved. Real files work: MySQL {@code DELIMITER} blocks, triggers,
 * views, routines and comments, and psql scripts (the dialect's {@link ModelSession} follows the session and its client commands). The views, triggers,
 * routines and sequences carry the statements that created them ({@link ObjectDefinitions}), so
 * autogenerate can create them. On PostgreSQL the model runs in a few transactions
 * ({@link ModelStatements}). A {@code -- retort:renamed-from} comment names a table's or column's former
 * names ({@link RenameDirectives}). Stateless.
 */
public final class SqlModel {

    /** psql stops at 16 levels of \\i as well. */
    private static final int MAX_INCLUDE_DEPTH = 16;

    private SqlModel() {
    }

    /**
     * Loads the files, in order, and reads back the schema they make. When the options name several
     * schemas and the dialect has a search path, the model is multi-schema: the schemas are created in
     * the scratch database before the model runs, every file starts with the project's search path
     * (as psql runs each file in a session of its own), and the result keeps its schema names.
     *
     * @param dialect the target's dialect, which makes the scratch space and reads it back
     * @param where the server (or {@code dev_url} database) to make the scratch space on
     * @param files the model's SQL files, run in this order
     * @param options what to read back: schemas and tables
     * @return the schema the files make
     * @throws dev.retort.RetortException of kind CONFIGURATION when no file is given, SCRIPT when a statement
     *     of the model fails (naming the file and line)
     */
    public static Schema load(Dialect dialect, ScratchRequest where, List<Path> files, ReflectOptions options) {
        return load(dialect, where, files, options, (file, text) -> { });
    }

    /**
     * As {@link #load(Dialect, ScratchRequest, List, ReflectOptions)}, telling {@code read} every file read (the
     * model's files and the files they include) with the text that was loaded, so a cache can key what it keeps
     * by exactly that.
     *
     * @param dialect the target's dialect, which makes the scratch space and reads it back
     * @param where the server (or {@code dev_url} database) to make the scratch space on
     * @param files the model's files, in the order they are run
     * @param options what to read back: schemas and tables
     * @param read told each file read, with its text as loaded
     * @return the schema the model makes
     * @throws RetortException if no file is given, a file cannot be read, or a statement fails
     */
    public static Schema load(Dialect dialect, ScratchRequest where, List<Path> files, ReflectOptions options,
                              BiConsumer<Path, String> read) {
        if (files.isEmpty()) {
            throw new RetortException(RetortException.Kind.CONFIGURATION,
                    "no model is configured; set model = [\"schema.sql\"] in retort.toml (or model_class for a Java model)");
        }
        return load(dialect, where, files, null, options, read);
    }

    /**
     * Loads DDL given as text (a {@link ModelSource}'s, e.g. an ORM's create script) as one model file
     * named {@code origin}, and reads back the schema it makes.
     *
     * @param dialect the target's dialect, which makes the scratch space and reads it back
     * @param where the server (or {@code dev_url} database) to make the scratch space on
     * @param sql the DDL
     * @param origin what to call the text in messages, as if it were a file name
     * @param options what to read back: schemas and tables
     * @return the schema the DDL makes
     */
    public static Schema loadText(Dialect dialect, ScratchRequest where, String sql, String origin, ReflectOptions options) {
        return load(dialect, where, List.of(Path.of(origin)), sql, options, (file, text) -> { });
    }

    /** {@code text}: the one file's content, not read from disk; null: read the files. */
    private static Schema load(Dialect dialect, ScratchRequest where, List<Path> files, String text, ReflectOptions options,
                               BiConsumer<Path, String> read) {
        List<String> schemas = options.schemas();
        List<String> usePath = schemas.size() > 1 ? dialect.useSchemas(schemas) : List.of();
        boolean multiSchema = !usePath.isEmpty();
        try (ScratchSpace scratch = dialect.scratch(where)) {
            JdbcSession session = scratch.session();
            dialect.prepare(session, null);
            Place place = Place.of(session);
            ModelSession modelSession = dialect.modelSession(multiSchema ? schemas : List.of());
            // without dollar quotes: the routines a DO block creates are read from its body's words
            ObjectDefinitions definitions = new ObjectDefinitions(
                    dialect.splitterOptions().flavour().withDollarQuotes(false), modelSession);
            List<ModelStatements.Located> statements = new ArrayList<>();
            RenameDirectives renames = new RenameDirectives(new SqlLexer(dialect.splitterOptions().flavour()));
            StatementSplitter splitter = new StatementSplitter(dialect.splitterOptions());
            for (Path file : files) {
                definitions.startFile();
                if (multiSchema) {
                    usePath.forEach(sql -> statements.add(new ModelStatements.Located(file, new SqlStatement(sql, 1))));
                }
                if (text != null) {
                    collectText(splitter, file, text, statements, definitions, renames);
                } else {
                    collect(splitter, file, statements, definitions, renames, modelSession, 0, read);
                }
            }
            List<String> created = List.of();
            if (multiSchema) {
                // a schema the model creates itself (pg_dump writes CREATE SCHEMA without IF NOT EXISTS) is its own
                created = preCreated(schemas, modelCreates(dialect, statements));
                created.stream().map(dialect::createSchemaIfMissing).forEach(session::execute);
                usePath.forEach(session::execute);
            }
            try {
                ModelStatements.run(session, statements, dialect.transactions().modelInTransactions());
            } catch (RetortException e) {
                throw blamingSchemas(e, created);
            }
            if (multiSchema) {
                usePath.forEach(session::execute);
                return renames.attach(definitions.attach(dialect.schemaReader().read(session, options)));
            }
            place.restore(session);
            return renames.attach(definitions.attach(dialect.schemaReader().read(session, options.withSchemas(List.of()))));
        }
    }

    /** The project's schemas the model does not create by a CREATE SCHEMA statement of its own. */
    private static List<String> preCreated(List<String> schemas, Set<String> byModel) {
        return schemas.stream().filter(schema -> !byModel.contains(schema)).toList();
    }

    /** The schemas the model's own {@code CREATE SCHEMA [IF NOT EXISTS] name} or {@code … AUTHORIZATION role} create. */
    private static Set<String> modelCreates(Dialect dialect, List<ModelStatements.Located> statements) {
        SqlLexer lexer = new SqlLexer(dialect.splitterOptions().flavour());
        Set<String> names = new HashSet<>();
        for (ModelStatements.Located located : statements) {
            String sql = located.statement().sql();
            if (!sql.toUpperCase(Locale.ROOT).contains("SCHEMA")) {
                continue;
            }
            List<SqlLexer.Token> tokens;
            try {
                tokens = lexer.tokens(sql);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (tokens.size() < 3 || !tokens.get(0).is("CREATE") || !tokens.get(1).is("SCHEMA")) {
                continue;
            }
            int at = 2;
            if (tokens.size() > 5 && tokens.get(2).is("IF") && tokens.get(3).is("NOT") && tokens.get(4).is("EXISTS")) {
                at = 5;
            }
            if (tokens.get(at).is("AUTHORIZATION") && at + 1 < tokens.size()) {
                at++;
            }
            SqlLexer.Token name = tokens.get(at);
            if (name.type() == SqlLexer.Type.WORD) {
                names.add(name.text().toLowerCase(Locale.ROOT));
            } else if (name.type() == SqlLexer.Type.QUOTED_NAME) {
                names.add(name.name());
            }
        }
        return names;
    }

    /**
     * A model that fails because a schema exists which Retort made before it ran (the project's
     * {@code schemas}): the model creates it where Retort cannot see it (a DO block, dynamic SQL), so
     * the message names Retort's part and what to write instead.
     */
    private static RetortException blamingSchemas(RetortException e, List<String> created) {
        SQLException sql = null;
        for (Throwable cause = e; cause != null && sql == null; cause = cause.getCause()) {
            sql = cause instanceof SQLException found ? found : null;
        }
        if (sql == null || !"42P06".equals(sql.getSQLState()) || created.isEmpty()) {
            return e;
        }
        String message = e.getMessage();
        int advice = message.indexOf("\n  Fix that statement");
        return new RetortException(e.kind(), (advice < 0 ? message : message.substring(0, advice)) + "\n  Retort itself created the schemas " + created
                + " (schemas in retort.toml) before the model ran, because the model has no CREATE SCHEMA statement of"
                + " its own for them; where the model creates one in a way Retort cannot see (a DO block, dynamic SQL),"
                + " write CREATE SCHEMA IF NOT EXISTS there, or a plain CREATE SCHEMA statement; nothing was written to the target database", e);
    }

    private static void collectText(StatementSplitter splitter, Path origin, String text,
                                    List<ModelStatements.Located> statements, ObjectDefinitions definitions,
                                    RenameDirectives renames) {
        for (SqlStatement statement : splitter.split(text)) {
            statements.add(new ModelStatements.Located(origin, statement));
            definitions.offer(statement.sql());
            renames.offer(origin, statement);
        }
        renames.checkFile(origin, text);
    }

    /** The statements of a file, the files it includes (psql's {@code \\i}) in their place. */
    private static void collect(StatementSplitter splitter, Path file, List<ModelStatements.Located> statements,
                                ObjectDefinitions definitions, RenameDirectives renames, ModelSession modelSession,
                                int depth, BiConsumer<Path, String> read) {
        String text = read(file);
        read.accept(file, text);
        for (SqlStatement statement : splitter.split(text)) {
            if (!SplitterOptions.isMetaCommand(statement)) {
                statements.add(new ModelStatements.Located(file, statement));
                definitions.offer(statement.sql());
                renames.offer(file, statement);
                continue;
            }
            Path included = modelSession.clientCommand(file, statement);
            if (included != null) {
                if (depth >= MAX_INCLUDE_DEPTH) {
                    throw new RetortException(RetortException.Kind.SCRIPT, "the model " + file + ":" + statement.line()
                            + " includes files " + MAX_INCLUDE_DEPTH + " levels deep; a file probably includes itself."
                            + " Fix the \\i lines of the model");
                }
                collect(splitter, included, statements, definitions, renames, modelSession, depth + 1, read);
            }
        }
        renames.checkFile(file, text);
    }

    /**
     * The scratch space's catalog and schema as the connection saw them before the model ran. Model files
     * may move the session elsewhere (pg_dump output empties search_path, a MySQL file may USE another
     * database), and the scratch space, not where the last statement left the session, is what to read.
     */
    private record Place(String catalog, String schema) {
        static Place of(JdbcSession session) {
            try {
                return new Place(session.connection().getCatalog(), session.connection().getSchema());
            } catch (SQLException e) {
                throw new RetortException(RetortException.Kind.DATABASE, "cannot read the scratch space's catalog and"
                        + " schema before loading the model: " + JdbcSession.describe(e) + "; check the JDBC driver", e);
            }
        }

        void restore(JdbcSession session) {
            try {
                Connection connection = session.connection();
                if (catalog != null && !catalog.equals(connection.getCatalog())) {
                    connection.setCatalog(catalog);
                }
                if (schema != null && !schema.equals(connection.getSchema())) {
                    connection.setSchema(schema);
                }
            } catch (SQLException e) {
                throw new RetortException(RetortException.Kind.DATABASE, "the model moved the session to another"
                        + " schema or database and Retort cannot return to " + schema + ": " + JdbcSession.describe(e)
                        + "; remove the statements that change the current schema (SET search_path, USE) from the model", e);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "cannot read the model " + file + ": "
                    + e.getMessage() + "; check the model setting in retort.toml", e);
        }
    }
}
