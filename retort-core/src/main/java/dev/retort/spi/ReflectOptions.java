package dev.retort.spi;

import dev.retort.schema.TableSelection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link SchemaReader} reads: which schemas, which tables, and which of Retort's own tables
 * to leave out. Immutable and thread-safe.
 *
 * <p>Table patterns are globs ({@code *} any run of characters, {@code ?} one character), matched
 * without regard to case against the table name, or against {@code schema.table} when the pattern
 * contains a dot. A table is read when it matches some include pattern (or there are none) and no
 * exclude pattern. Retort's own tables are never read, whatever the patterns say.
 *
 * @param schemas       schemas to read; empty for the session's current schema only. Ignored by
 *                      SQLite and by MySQL/MariaDB, where a connection sees one database
 * @param includeTables glob patterns of tables to read; empty for all
 * @param excludeTables glob patterns of tables to leave out
 * @param ownTables     names of Retort's own tables (version table, audit log), compared without case
 */
public record ReflectOptions(List<String> schemas, List<String> includeTables, List<String> excludeTables,
                             Set<String> ownTables) {

    /** The names of Retort's version table and audit log unless configured otherwise. */
    public static final Set<String> DEFAULT_OWN_TABLES = dev.retort.internal.OwnTables.DEFAULTS;

    /**
     * Copies the lists and checks the schema names.
     *
     * @param schemas schemas to read; empty for the session's current schema only. Ignored by SQLite and by
     *     MySQL/MariaDB, where a connection sees one database
     * @param includeTables glob patterns of tables to read; empty for all
     * @param excludeTables glob patterns of tables to leave out
     * @param ownTables names of Retort's own tables (version table, audit log), compared without case
     * @throws IllegalArgumentException when a schema name is blank
     */
    public ReflectOptions {
        schemas = List.copyOf(schemas);
        includeTables = List.copyOf(includeTables);
        excludeTables = List.copyOf(excludeTables);
        ownTables = TableSelection.lowerCase(ownTables);
        for (String schema : schemas) {
            if (Objects.requireNonNull(schema, "schema").isBlank()) {
                throw new IllegalArgumentException("a schema to reflect must not be blank; leave the list empty "
                        + "to read the current schema");
            }
        }
    }

    /** {@return the current schema, every table but Retort's own} */
    public static ReflectOptions defaults() {
        return new ReflectOptions(List.of(), List.of(), List.of(), DEFAULT_OWN_TABLES);
    }

    /**
     * {@return a copy that reads these schemas instead}
     *
     * @param names the schemas; empty for the session's current one
     */
    public ReflectOptions withSchemas(List<String> names) {
        return new ReflectOptions(names, includeTables, excludeTables, ownTables);
    }

    /**
     * {@return a copy with these include and exclude patterns}
     *
     * @param include globs of tables to read; empty for all
     * @param exclude globs of tables to leave out
     */
    public ReflectOptions withTables(List<String> include, List<String> exclude) {
        return new ReflectOptions(schemas, include, exclude, ownTables);
    }

    /**
     * {@return a copy that leaves out these own tables instead of the defaults}
     *
     * @param names the tables' names, compared without case
     */
    public ReflectOptions withOwnTables(Set<String> names) {
        return new ReflectOptions(schemas, includeTables, excludeTables, names);
    }

    /**
     * {@return the tables these options read; readers apply it to the table list before reading anything else
     * about the tables}
     */
    public TableSelection filter() {
        return TableSelection.of(includeTables, excludeTables, ownTables);
    }
}
