package dev.retort.dialect.h2;

import dev.retort.reflect.ReflectOptions;
import dev.retort.reflect.SchemaReader;
import dev.retort.schema.Schema;
import dev.retort.sql.JdbcSession;

/** Reads H2 schemas. Placeholder until the reflection issue. */
final class H2SchemaReader implements SchemaReader {

    @Override
    public Schema read(JdbcSession session, ReflectOptions options) {
        throw new UnsupportedOperationException("reflection is not implemented yet");
    }
}
