package dev.retort.dialect.sqlite;

import dev.retort.reflect.ReflectOptions;
import dev.retort.reflect.SchemaReader;
import dev.retort.schema.Schema;
import dev.retort.sql.JdbcSession;

/** Reads Sqlite schemas. Placeholder until the reflection issue. */
final class SqliteSchemaReader implements SchemaReader {

    @Override
    public Schema read(JdbcSession session, ReflectOptions options) {
        throw new UnsupportedOperationException("reflection is not implemented yet");
    }
}
