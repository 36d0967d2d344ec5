package dev.retort.dialect.mysql;

import dev.retort.dialect.Dialect;
import dev.retort.reflect.SchemaReader;
import dev.retort.sql.SplitterOptions;

/** Mysql. Immutable and thread-safe. */
public final class MysqlDialect implements Dialect {

    private static final SplitterOptions SPLITTER = new SplitterOptions(false, true, true, true, false, false, true, true);

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:mysql:") || jdbcUrl.startsWith("jdbc:mariadb:");
    }

    @Override
    public SplitterOptions splitterOptions() {
        return SPLITTER;
    }

    @Override
    public SchemaReader schemaReader() {
        return new MysqlSchemaReader();
    }
}
