package dev.retort.dialect.postgres;

import dev.retort.schema.Column;
import dev.retort.schema.Identity;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a new child table or partition receives from its parents, so that its CREATE TABLE declares only
 * the rest. PostgreSQL gives a child every column of its parents, with their defaults and NOT NULL, and
 * a partition exactly its partitioned table's columns; declaring one again would make it the child's
 * own ({@code attislocal}), which {@code pg_dump} prints differently. Stateless.
 */
final class PostgresInheritance {

    private PostgresInheritance() {
    }

    /**
     * Each column of {@code table} that it receives from a parent, with the parent's column (the first
     * parent's that has it, as PostgreSQL merges them). A parent the schema does not hold gives nothing,
     * so its columns are declared and PostgreSQL merges them with the inherited ones.
     */
    static Map<String, Column> inherited(Table table, Schema current) {
        Map<String, Column> inherited = new LinkedHashMap<>();
        for (var parentName : table.inheritance().parents()) {
            Optional<Table> parent = current.table(parentName);
            if (parent.isEmpty()) {
                continue;
            }
            for (Column column : table.columns()) {
                parent.get().column(column.name()).ifPresent(from -> inherited.putIfAbsent(column.name(), from));
            }
        }
        return inherited;
    }

    /** True when the child's default is not the one it inherits from {@code parent}. */
    static boolean defaultDiffers(Column child, Column parent) {
        if (parent.identity() != null && parent.identity().kind() == Identity.Kind.SERIAL) {
            // the child draws from the parent's sequence, a plain nextval default the child does not own
            return child.defaultValue() == null || !child.defaultValue().sql().startsWith("nextval(");
        }
        return !Objects.equals(child.defaultValue(), parent.defaultValue());
    }

    /** True when the child is NOT NULL where the parent is not (NOT NULL is inherited, never taken away). */
    static boolean notNullAdded(Column child, Column parent) {
        return !child.nullable() && parent.nullable();
    }
}
