package dev.retort.dialect.h2;

import dev.retort.dialect.Dialect;
import dev.retort.reflect.SchemaReader;
import dev.retort.sql.SplitterOptions;

/** H2. Immutable and thread-safe. */
public final class H2Dialect implements Dialect {

    private static final SplitterOptions SPLITTER = new SplitterOptions(true, false, false, false, false, false, false, true);

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    @Override
    public SplitterOptions splitterOptions() {
        return SPLITTER;
    }

    @Override
    public SchemaReader schemaReader() {
        return new H2SchemaReader();
    }
}
