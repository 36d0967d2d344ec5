package dev.retort.dialect.postgres;

import dev.retort.reflect.SqlLexer;
import dev.retort.schema.CatalogDefinition;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaObject;
import dev.retort.spi.JdbcSession;
import java.util.List;

/**
 * PostgreSQL extensions as {@link SchemaObject.Kind#EXTENSION} objects, so that a model which creates
 * one ({@code CREATE EXTENSION IF NOT EXISTS pg_trgm}) gets it created before the tables and indexes
 * that use it.
 *
 * <p>An extension is named without a schema and listed whatever schema its objects are in: PostgreSQL
 * names extensions per database, and one installed in, say, {@code extensions} is still there for a
 * model that creates it (listing only those of the schemas read would have autogenerate create it
 * again and again). {@code plpgsql} is left out: every database has it from its template. For the same
 * reason creation always says {@code IF NOT EXISTS}: an extension another schema's model installed
 * is not an error.
 *
 * <p>Each also carries the statement that creates it as the catalog has it ({@code WITH SCHEMA} where it is
 * not in the current schema, {@code VERSION} where it is not the default one), which a SQL model uses when
 * no {@code CREATE EXTENSION} of its own names it (one run in a {@code DO} block, or by a function). It is
 * compared by name only: creating it again for another version or schema would drop everything built on
 * it. Stateless.
 */
final class PostgresExtensions {

    /* pg_available_extensions reads the control files from disk: asked only for extensions there are */
    private static final String EXTENSIONS = """
            select e.extname, n.nspname, e.extversion,
                   (select a.default_version from pg_available_extensions a where a.name = e.extname)
              from pg_extension e
              join pg_namespace n on n.oid = e.extnamespace
             where e.extname <> 'plpgsql'
             order by e.extname
            """;

    private static final SqlLexer LEXER = SqlLexer.standard();

    private PostgresExtensions() {
    }

    static List<SchemaObject> read(JdbcSession session, String currentSchema) {
        return session.query(EXTENSIONS, row -> SchemaObject.of(SchemaObject.Kind.EXTENSION, QualifiedName.of(row.getString(1)))
                .withCatalog(new CatalogDefinition(row.getString(1),
                        statement(row.getString(1), row.getString(2), row.getString(3), row.getString(4), currentSchema))));
    }

    /** {@code CREATE EXTENSION IF NOT EXISTS "name" [WITH SCHEMA "schema"] [VERSION 'version']}. */
    static String statement(String name, String schema, String version, String defaultVersion, String currentSchema) {
        StringBuilder sql = new StringBuilder("CREATE EXTENSION IF NOT EXISTS ").append(PostgresDialect.quote(name));
        if (!schema.equals(currentSchema)) {
            sql.append(" WITH SCHEMA ").append(PostgresDialect.quote(schema));
        }
        if (!version.equals(defaultVersion)) {
            sql.append(" VERSION '").append(version.replace("'", "''")).append('\'');
        }
        return sql.toString();
    }

    /** {@code CREATE EXTENSION x …} as {@code CREATE EXTENSION IF NOT EXISTS x …}; anything else as it is. */
    static String ifNotExists(String statement) {
        List<SqlLexer.Token> tokens;
        try {
            tokens = LEXER.tokens(statement);
        } catch (IllegalArgumentException e) {
            return statement;
        }
        if (tokens.size() < 3 || !tokens.get(0).is("CREATE") || !tokens.get(1).is("EXTENSION") || tokens.get(2).is("IF")) {
            return statement;
        }
        int at = tokens.get(1).end();
        return statement.substring(0, at) + " IF NOT EXISTS" + statement.substring(at);
    }
}
