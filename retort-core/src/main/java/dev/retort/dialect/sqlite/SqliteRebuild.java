package dev.retort.dialect.sqlite;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements of SQLite's twelve-step table rebuild (section 7 of its ALTER TABLE documentation),
 * for any change ALTER TABLE cannot make: create the table as it should be under a new name, copy the
 * rows of the columns both versions have, drop the old table, give the new one the old name, and
 * create its indexes and triggers again.
 *
 * <p>It runs inside the revision's transaction, where {@code PRAGMA foreign_keys} cannot be switched:
 * foreign-key checks are deferred to the commit instead ({@code defer_foreign_keys}), and a rebuild
 * that would cascade a delete into another table refuses to run while foreign keys are enforced.
 * Used for one rebuild; not thread-safe.
 */
final class SqliteRebuild {

    private static final String NEW_PREFIX = "_retort_new_";
    private static final String SAVED_TRIGGERS = "_retort_triggers";

    private final SqliteDdlRenderer renderer;
    private final Schema current;
    private final Table before;
    private final Table after;
    private final QualifiedName temporary;

    SqliteRebuild(SqliteDdlRenderer renderer, Schema current, Table before, Table after) {
        this.renderer = renderer;
        this.current = current;
        this.before = before;
        this.after = after;
        this.temporary = new QualifiedName(after.name().schema(), NEW_PREFIX + after.name().name());
    }

    List<String> statements() {
        List<String> statements = new ArrayList<>();
        // deferred, not off: foreign_keys cannot be changed inside a transaction, and the checks must
        // pass at commit, when the rebuilt table holds its rows again
        statements.add("PRAGMA defer_foreign_keys = ON");
        statements.addAll(cascadeGuard());
        List<SchemaObject> triggers = current.objects(SchemaObject.Kind.TRIGGER).stream()
                .filter(trigger -> before.name().equals(trigger.table())).toList();
        if (!triggers.isEmpty()) {
            // the model names triggers but does not hold their SQL: keep the database's own text for step 8
            statements.add("CREATE TEMP TABLE " + SAVED_TRIGGERS + " AS SELECT type, name, tbl_name, sql"
                    + " FROM main.sqlite_master WHERE type = 'trigger' AND tbl_name = " + renderer.text(before.name().name()));
        }
        statements.add(renderer.createTableAs(after, temporary));
        statements.addAll(copyRows());
        statements.add("DROP TABLE " + table(before.name()));
        // views and triggers of other tables that name this one would make the rename fail while it is gone
        statements.add("PRAGMA legacy_alter_table = ON");
        statements.add("ALTER TABLE " + table(temporary) + " RENAME TO " + renderer.name(after.name().name()));
        statements.add("PRAGMA legacy_alter_table = OFF");
        // RENAME TO stores the new name quoted in the table's text, which is what sqlite3 .schema shows (as
        // CREATE TABLE IF NOT EXISTS "t"); the text goes back to the table's own CREATE TABLE, the same table
        statements.add("PRAGMA writable_schema = ON");
        statements.add("UPDATE " + schemaTable() + " SET sql = " + renderer.text(renderer.createTableAs(after,
                new QualifiedName(null, after.name().name())))
                + " WHERE type = 'table' AND name = " + renderer.text(after.name().name()));
        statements.add("PRAGMA writable_schema = RESET");
        after.indexes().forEach(index -> statements.add(renderer.indexSql(after.name(), index)));
        if (!triggers.isEmpty()) {
            statements.addAll(restoreTriggers());
        }
        return statements;
    }

    /** INSERT … SELECT of the columns both versions have (a generated column is computed, never copied). */
    private List<String> copyRows() {
        String columns = after.columns().stream()
                .filter(column -> column.generated() == null && before.column(column.name()).isPresent())
                .map(column -> renderer.name(column.name())).collect(Collectors.joining(", "));
        List<String> statements = new ArrayList<>();
        if (!columns.isEmpty()) {
            statements.add("INSERT INTO " + table(temporary) + " (" + columns + ") SELECT " + columns + " FROM "
                    + table(before.name()));
        }
        if (SqliteDdlRenderer.autoincrementColumn(before) != null && SqliteDdlRenderer.autoincrementColumn(after) != null) {
            // AUTOINCREMENT never reuses a number: the old table's counter moves to the new table
            statements.add("DELETE FROM sqlite_sequence WHERE name = " + renderer.text(temporary.name()));
            statements.add("UPDATE sqlite_sequence SET name = " + renderer.text(temporary.name()) + " WHERE name = "
                    + renderer.text(before.name().name()));
        }
        return statements;
    }

    /**
     * DROP TABLE deletes the rows first when foreign keys are enforced, which fires the ON DELETE
     * actions of other tables' keys (their rows would be deleted or changed). A CHECK on a temporary
     * table stops the rebuild with a message naming the fix when that could happen.
     */
    private List<String> cascadeGuard() {
        List<String> children = new ArrayList<>();
        for (Table table : current.tables()) {
            for (ForeignKey key : table.foreignKeys()) {
                if (!table.name().equals(before.name()) && key.referencedTable().equals(before.name())
                        && key.onDelete() != ForeignKey.ReferentialAction.NO_ACTION) {
                    children.add(table.name().name());
                }
            }
        }
        if (children.isEmpty()) {
            return List.of();
        }
        String message = "rebuilding " + before.name().name() + " needs PRAGMA foreign_keys = OFF: with it on, dropping"
                + " the old table would fire ON DELETE actions in " + String.join(", ", children.stream().distinct().toList());
        return List.of("CREATE TEMP TABLE _retort_guard (foreign_keys INTEGER CONSTRAINT "
                        + renderer.name(message) + " CHECK (foreign_keys = 0))",
                "INSERT INTO temp._retort_guard SELECT foreign_keys FROM pragma_foreign_keys",
                "DROP TABLE temp._retort_guard");
    }

    /**
     * Writes the saved trigger rows back into the schema table. The rebuild's own DDL has already
     * changed the schema cookie in this transaction, so other connections reload the schema, triggers
     * included; RESET makes this connection reload it too.
     */
    private List<String> restoreTriggers() {
        return List.of("PRAGMA writable_schema = ON",
                "INSERT INTO main.sqlite_master (type, name, tbl_name, rootpage, sql) SELECT type, name, tbl_name, 0, sql"
                        + " FROM temp." + SAVED_TRIGGERS,
                "PRAGMA writable_schema = RESET",
                "DROP TABLE temp." + SAVED_TRIGGERS);
    }

    private String schemaTable() {
        return (after.name().schema() == null ? "main" : renderer.name(after.name().schema())) + ".sqlite_master";
    }

    private String table(QualifiedName name) {
        return (name.schema() == null ? "" : renderer.name(name.schema()) + ".") + renderer.name(name.name());
    }
}
