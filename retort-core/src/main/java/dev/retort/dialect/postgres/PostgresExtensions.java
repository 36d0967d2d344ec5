package dev.retort.dialect.postgres;

import dev.retort.reflect.SqlLexer;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaObject;
import dev.retort.sql.JdbcSession;
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
 * is not an error. Stateless.
 */
final class PostgresExtensions {

    private static final String EXTENSIONS = """
            select e.extname from pg_extension e where e.extname <> 'plpgsql' order by e.extname
            """;

    private static final SqlLexer LEXER = SqlLexer.standard();

    private PostgresExtensions() {
    }

    static List<SchemaObject> read(JdbcSession session) {
        return session.query(EXTENSIONS, row -> SchemaObject.of(SchemaObject.Kind.EXTENSION,
                QualifiedName.of(row.getString(1))));
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
