package dev.retort.diff;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Index;
import dev.retort.schema.Inheritance;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table as it is after table and column renames: its own name and column names, the column
 * lists of its keys and indexes, the tables and columns its foreign keys reference, and the
 * identifiers inside its expressions — as the databases themselves carry a rename through.
 * Stateless.
 */
final class RenamedTable {

    private final Map<QualifiedName, QualifiedName> tables;
    private final Map<QualifiedName, Map<String, String>> columns;
    private final Map<String, String> own;
    private final Map<String, String> ownByLowerName = new HashMap<>();

    private RenamedTable(Map<QualifiedName, QualifiedName> tables, Map<QualifiedName, Map<String, String>> columns,
                         QualifiedName name) {
        this.tables = tables;
        this.columns = columns;
        this.own = columns.getOrDefault(name, Map.of());
        own.forEach((old, renamed) -> ownByLowerName.put(old.toLowerCase(Locale.ROOT), renamed));
    }

    static Table of(Table table, Map<QualifiedName, QualifiedName> tables, Map<QualifiedName, Map<String, String>> columns) {
        QualifiedName name = tables.getOrDefault(table.name(), table.name());
        RenamedTable renamer = new RenamedTable(tables, columns, name);
        return new Table(name,
                table.columns().stream().map(renamer::column).toList(),
                table.primaryKey() == null ? null : new PrimaryKey(table.primaryKey().name(), renamer.names(table.primaryKey().columns())),
                table.uniques().stream().map(unique -> unique.withColumns(renamer.names(unique.columns()))).toList(),
                table.indexes().stream().map(renamer::index).toList(),
                table.foreignKeys().stream().map(renamer::foreignKey).toList(),
                table.checks().stream().map(check -> new CheckConstraint(check.name(), renamer.expression(check.expression()),
                        check.columnLevel())).toList(),
                table.comment(),
                table.options(),
                new Inheritance(table.inheritance().parents().stream().map(parent -> tables.getOrDefault(parent, parent)).toList(),
                        table.inheritance().bound(), table.inheritance().partitionKey()));
    }

    private Column column(Column column) {
        GeneratedColumn generated = column.generated() == null ? null
                : new GeneratedColumn(expression(column.generated().expression()), column.generated().stored());
        return column.withName(own.getOrDefault(column.name(), column.name())).withGenerated(generated);
    }

    private Index index(Index index) {
        List<Index.Key> keys = index.keys().stream().map(key -> key.withTarget(
                key.column() == null ? null : own.getOrDefault(key.column(), key.column()),
                key.expression() == null ? null : expression(key.expression()))).toList();
        return new Index(index.name(), keys, index.unique(),
                index.predicate() == null ? null : expression(index.predicate()), index.method(), index.comment());
    }

    private ForeignKey foreignKey(ForeignKey key) {
        QualifiedName target = tables.getOrDefault(key.referencedTable(), key.referencedTable());
        Map<String, String> targetColumns = columns.getOrDefault(target, Map.of());
        List<String> referenced = key.referencedColumns().stream().map(column -> targetColumns.getOrDefault(column, column)).toList();
        return new ForeignKey(key.name(), names(key.columns()), target, referenced, key.onDelete(), key.onUpdate(),
                key.deferrability());
    }

    private List<String> names(List<String> names) {
        return names.stream().map(name -> own.getOrDefault(name, name)).toList();
    }

    private String expression(String sql) {
        return Expressions.renameIdentifiers(sql, ownByLowerName);
    }
}
