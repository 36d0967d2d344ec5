package dev.retort.dialect.sqlite;

import dev.retort.op.MigrationOp;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What SQLite's {@code ALTER TABLE} can do by itself (section "ALTER TABLE ADD/DROP COLUMN" of its
 * documentation), and so which ops need a table rebuild. Stateless.
 */
final class SqliteAlterRules {

    private SqliteAlterRules() {
    }

    /**
     * ADD COLUMN takes no PRIMARY KEY or UNIQUE (those are separate ops here), no default but a constant,
     * no NOT NULL without a non-null default, and no STORED generated column.
     */
    static boolean canAdd(Column column) {
        DefaultValue value = column.defaultValue();
        boolean constantDefault = value == null || value.kind() == DefaultValue.Kind.LITERAL;
        boolean notNullFilled = column.nullable() || value != null && !value.sql().equalsIgnoreCase("null");
        boolean storedGenerated = column.generated() != null && column.generated().stored();
        return column.identity() == null && constantDefault && notNullFilled && !storedGenerated
                && (column.generated() == null || column.nullable());
    }

    /**
     * DROP COLUMN fails when the column is part of a key, a unique constraint, an index or a foreign
     * key, or is named in a CHECK, an index expression or predicate, or a generation expression.
     * A name found anywhere in those texts counts: a rebuild is always safe, a failed DROP is not.
     */
    static boolean canDrop(Table table, String column) {
        Pattern mention = Pattern.compile("(?i)(?<![A-Za-z0-9_$])" + Pattern.quote(column) + "(?![A-Za-z0-9_$])");
        boolean inKey = table.primaryKey() != null && table.primaryKey().columns().contains(column)
                || table.uniques().stream().anyMatch(unique -> unique.columns().contains(column))
                || table.foreignKeys().stream().anyMatch(key -> key.columns().contains(column));
        boolean inIndex = table.indexes().stream().anyMatch(index -> mentions(index, column, mention));
        boolean inText = table.checks().stream().anyMatch(check -> mention.matcher(check.expression()).find())
                || table.columns().stream().anyMatch(other -> other.generated() != null
                        && mention.matcher(other.generated().expression()).find());
        return !inKey && !inIndex && !inText;
    }

    private static boolean mentions(Index index, String column, Pattern mention) {
        return index.predicate() != null && mention.matcher(index.predicate()).find()
                || index.keys().stream().anyMatch(key -> column.equals(key.column())
                        || key.expression() != null && mention.matcher(key.expression()).find());
    }

    /**
     * True when the two columns differ only in what SQLite does not store (comments, MySQL's ON UPDATE
     * and character sets); a collation is stored, in the CREATE text.
     */
    static boolean storedAlike(Column before, Column after) {
        return before.type().equals(after.type()) && before.nullable() == after.nullable()
                && Objects.equals(before.defaultValue(), after.defaultValue())
                && Objects.equals(before.identity(), after.identity())
                && Objects.equals(before.generated(), after.generated())
                && Objects.equals(before.collation(), after.collation());
    }

    /**
     * The table an op rebuilds, or {@code null} when it runs without a rebuild. A dropped column of a
     * table the schema does not have names it too, so that the rebuild reports the missing table.
     */
    static QualifiedName rebuiltTable(MigrationOp op, Schema current) {
        return op.accept(new SqliteRebuildTarget(current));
    }
}
