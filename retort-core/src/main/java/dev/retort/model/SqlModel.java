package dev.retort.model;

import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.ScratchRequest;
import dev.retort.dialect.ScratchSpace;
import dev.retort.dialect.TransactionStyle;
import dev.retort.reflect.ReflectOptions;
import dev.retort.schema.Schema;
import dev.retort.sql.JdbcSession;
import dev.retort.sql.SqlStatement;
import dev.retort.sql.StatementSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A desired-state model written as SQL: the files are run in a scratch space of the target's dialect
 * and the result is reflected, so the database itself normalises types, defaults and names — no SQL
 * parser of Retort's own is involved. Real files work: MySQL {@code DELIMITER} blocks, triggers,
 * views, routines and comments. The views, triggers, routines and sequences carry the statements that
 * created them ({@link ObjectDefinitions}), so autogenerate can create them. On PostgreSQL the model
 * runs in a few transactions ({@link ModelStatements}). Stateless.
 */
public final class SqlModel {

    private SqlModel() {
    }

    /** Loads the files, in order, and reads back the schema they make. */
    public static Schema load(Dialect dialect, ScratchRequest where, List<Path> files, ReflectOptions options) {
        if (files.isEmpty()) {
            throw new RetortException(RetortException.Kind.CONFIGURATION,
                    "no model is configured; set model = [\"schema.sql\"] in retort.toml (or model_class for a Java model)");
        }
        try (ScratchSpace scratch = dialect.scratch(where)) {
            JdbcSession session = scratch.session();
            dialect.prepare(session, null);
            Place place = Place.of(session);
            StatementSplitter splitter = new StatementSplitter(dialect.splitterOptions());
            ObjectDefinitions definitions = new ObjectDefinitions();
            List<ModelStatements.Located> statements = new ArrayList<>();
            for (Path file : files) {
                for (SqlStatement statement : splitter.split(read(file))) {
                    statements.add(new ModelStatements.Located(file, statement));
                    definitions.offer(statement.sql());
                }
            }
            ModelStatements.run(session, statements, dialect.transactionStyle() == TransactionStyle.TRANSACTION_PER_REVISION);
            place.restore(session);
            return definitions.attach(dialect.schemaReader().read(session, options.withSchemas(List.of())));
        }
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
