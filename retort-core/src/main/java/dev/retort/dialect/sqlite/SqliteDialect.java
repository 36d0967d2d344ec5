package dev.retort.dialect.sqlite;

import dev.retort.dialect.Dialect;
import dev.retort.reflect.SchemaReader;
import dev.retort.sql.SplitterOptions;

/** Sqlite. Immutable and thread-safe. */
public final class SqliteDialect implements Dialect {

    private static final SplitterOptions SPLITTER = new SplitterOptions(false, false, false, true, true, false, false, true);

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }

    @Override
    public SplitterOptions splitterOptions() {
        return SPLITTER;
    }

    @Override
    public SchemaReader schemaReader() {
        return new SqliteSchemaReader();
    }
}
