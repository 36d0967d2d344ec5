package dev.retort.dialect.postgres;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaObject;
import dev.retort.sql.JdbcSession;
import java.util.List;

/**
 * Lists the extensions installed in the chosen schemas as {@link SchemaObject.Kind#EXTENSION}
 * objects, so that a model which creates one ({@code CREATE EXTENSION IF NOT EXISTS pg_trgm}) gets it
 * created before the tables and indexes that use it.
 *
 * <p>An extension is named without a schema: PostgreSQL names extensions per database. It is listed
 * when its objects live in one of the chosen schemas, the same scope as everything else read; one in
 * another schema (say {@code extensions}) is outside what is compared, as a table there would be.
 * {@code plpgsql} is left out: every database has it from its template. Stateless.
 */
final class PostgresExtensions {

    private static final String EXTENSIONS = """
            select e.extname
              from pg_extension e
              join pg_namespace n on n.oid = e.extnamespace
             where n.nspname = any(?::text[]) and e.extname <> 'plpgsql'
             order by e.extname
            """;

    private PostgresExtensions() {
    }

    static List<SchemaObject> read(JdbcSession session, String schemaArray) {
        return session.query(EXTENSIONS, row -> SchemaObject.of(SchemaObject.Kind.EXTENSION,
                QualifiedName.of(row.getString(1))), schemaArray);
    }
}
