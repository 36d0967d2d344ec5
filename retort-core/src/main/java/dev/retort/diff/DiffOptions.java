package dev.retort.diff;

import dev.retort.schema.TableSelection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link SchemaDiff#compare} looks at and how it reads drops and adds. Immutable and thread-safe.
 *
 * <p>Table patterns are globs ({@code *} any run of characters, {@code ?} one character), matched
 * without regard to case against the table name, or against {@code schema.table} when the pattern
 * contains a dot ({@link TableSelection}, as for reflection). A table is compared when it matches an
 * include pattern (or there are none) and no exclude pattern, and is not one of Retort's own tables.
 *
 * @param includeTables glob patterns of tables to compare; empty for all
 * @param excludeTables glob patterns of tables to leave alone
 * @param ownTables     names of Retort's own tables (version table, audit log, lock), never compared;
 *                      compared without case
 * @param tableRenames  rename hints: these tables were renamed, not dropped and added
 * @param columnRenames rename hints: these columns were renamed, not dropped and added
 */
public record DiffOptions(List<String> includeTables, List<String> excludeTables, Set<String> ownTables,
                          List<TableRename> tableRenames, List<ColumnRename> columnRenames) {

    /** The names of Retort's version table and audit log unless configured otherwise. */
    public static final Set<String> DEFAULT_OWN_TABLES = dev.retort.internal.OwnTables.DEFAULTS;

    public DiffOptions {
        includeTables = List.copyOf(includeTables);
        excludeTables = List.copyOf(excludeTables);
        ownTables = TableSelection.lowerCase(ownTables);
        tableRenames = List.copyOf(tableRenames);
        columnRenames = List.copyOf(columnRenames);
        once(tableRenames.stream().map(TableRename::from).toList(), "table rename hints rename table ");
        once(tableRenames.stream().map(TableRename::to).toList(), "table rename hints rename two tables to ");
        once(columnRenames.stream().map(rename -> rename.table() + "." + rename.from()).toList(),
                "column rename hints rename column ");
        once(columnRenames.stream().map(rename -> rename.table() + "." + rename.to()).toList(),
                "column rename hints rename two columns to ");
    }

    private static void once(List<?> names, String message) {
        Set<Object> seen = new HashSet<>();
        for (Object name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException(message + name + " more than once; give one hint per name");
            }
        }
    }

    /** Every table but Retort's own; no rename hints. */
    public static DiffOptions defaults() {
        return new DiffOptions(List.of(), List.of(), DEFAULT_OWN_TABLES, List.of(), List.of());
    }

    /** A copy with these include and exclude patterns. */
    public DiffOptions withTables(List<String> include, List<String> exclude) {
        return new DiffOptions(include, exclude, ownTables, tableRenames, columnRenames);
    }

    /** A copy that ignores these own tables instead. */
    public DiffOptions withOwnTables(Set<String> names) {
        return new DiffOptions(includeTables, excludeTables, names, tableRenames, columnRenames);
    }

    /** The tables these options compare. */
    public TableSelection selection() {
        return TableSelection.of(includeTables, excludeTables, ownTables);
    }

    /** A copy with these rename hints. */
    public DiffOptions withRenames(List<TableRename> tables, List<ColumnRename> columns) {
        return new DiffOptions(includeTables, excludeTables, ownTables, tables, columns);
    }
}
