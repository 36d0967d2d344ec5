package dev.retort.dialect.postgres;

import dev.retort.dialect.Dialect;
import dev.retort.reflect.SchemaReader;
import dev.retort.sql.SplitterOptions;

/** Postgres. Immutable and thread-safe. */
public final class PostgresDialect implements Dialect {

    private static final SplitterOptions SPLITTER = new SplitterOptions(true, false, false, false, false, true, false, true);

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    @Override
    public SplitterOptions splitterOptions() {
        return SPLITTER;
    }

    @Override
    public SchemaReader schemaReader() {
        return new PostgresSchemaReader();
    }
}
