package dev.retort.dialect;

import dev.retort.reflect.SchemaReader;
import dev.retort.sql.SplitterOptions;

/**
 * One database family: how to split its scripts, read its schema, lock it and describe its
 * version table. Implementations are immutable and thread-safe.
 */
public interface Dialect {

    /** Short lower-case name used in configuration and messages: sqlite, postgres, mysql, h2. */
    String name();

    /** True when this dialect handles connections made from the given JDBC URL. */
    boolean accepts(String jdbcUrl);

    /** The lexical rules of this database's SQL scripts. */
    SplitterOptions splitterOptions();

    /** Reads live schemas of this database. */
    SchemaReader schemaReader();
}
