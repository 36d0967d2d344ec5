package dev.retort.dialect.sqlite;

import dev.retort.ddl.AnsiDdlRenderer;
import dev.retort.ddl.Identifiers;
import dev.retort.ddl.SchemaTracker;
import dev.retort.op.AlterColumn;
import dev.retort.op.MigrationOp;
import dev.retort.op.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.schema.TableOptions;
import dev.retort.spi.SplitterOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SQLite DDL. What {@code ALTER TABLE} can do runs directly (add and drop columns where SQLite allows
 * it, renames); every other change to a table rebuilds it ({@link SqliteRebuild}), once for a run of
 * consecutive changes to the same table. Comments are not stored: SQLite has none. Immutable and
 * thread-safe.
 */
final class SqliteDdlRenderer extends AnsiDdlRenderer {

    /** The table option of {@code WITHOUT ROWID} (its value is {@code true}). */
    static final String WITHOUT_ROWID = "WITHOUT_ROWID";
    /** The table option of {@code STRICT} (its value is {@code true}). */
    static final String STRICT = "STRICT";

    /** A table's options as the reader keeps them. */
    static TableOptions options(boolean withoutRowid, boolean strict) {
        java.util.TreeMap<String, String> options = new java.util.TreeMap<>();
        if (withoutRowid) {
            options.put(WITHOUT_ROWID, "true");
        }
        if (strict) {
            options.put(STRICT, "true");
        }
        return options.isEmpty() ? TableOptions.NONE : new TableOptions(null, options);
    }

    // SQLite: a WITHOUT ROWID or STRICT table is another kind of table; a plain CREATE TABLE would lose it
    @Override
    protected String tableOptions(Table table) {
        List<String> options = new ArrayList<>();
        if (table.options().options().containsKey(WITHOUT_ROWID)) {
            options.add("WITHOUT ROWID");
        }
        if (table.options().options().containsKey(STRICT)) {
            options.add("STRICT");
        }
        return options.isEmpty() ? "" : " " + String.join(", ", options);
    }

    /** SQLite's keywords; it accepts many of them as names, but quoting them all is always safe. */
    private static final Set<String> KEYWORDS = Set.of("ABORT", "ACTION", "ADD", "AFTER", "ALL", "ALTER", "ALWAYS",
            "ANALYZE", "AND", "AS", "ASC", "ATTACH", "AUTOINCREMENT", "BEFORE", "BEGIN", "BETWEEN", "BY", "CASCADE",
            "CASE", "CAST", "CHECK", "COLLATE", "COLUMN", "COMMIT", "CONFLICT", "CONSTRAINT", "CREATE", "CROSS",
            "CURRENT", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "DATABASE", "DEFAULT", "DEFERRABLE",
            "DEFERRED", "DELETE", "DESC", "DETACH", "DISTINCT", "DO", "DROP", "EACH", "ELSE", "END", "ESCAPE", "EXCEPT",
            "EXCLUDE", "EXCLUSIVE", "EXISTS", "EXPLAIN", "FAIL", "FILTER", "FIRST", "FOLLOWING", "FOR", "FOREIGN",
            "FROM", "FULL", "GENERATED", "GLOB", "GROUP", "GROUPS", "HAVING", "IF", "IGNORE", "IMMEDIATE", "IN", "INDEX",
            "INDEXED", "INITIALLY", "INNER", "INSERT", "INSTEAD", "INTERSECT", "INTO", "IS", "ISNULL", "JOIN", "KEY",
            "LAST", "LEFT", "LIKE", "LIMIT", "MATCH", "MATERIALIZED", "NATURAL", "NO", "NOT", "NOTHING", "NOTNULL",
            "NULL", "NULLS", "OF", "OFFSET", "ON", "OR", "ORDER", "OTHERS", "OUTER", "OVER", "PARTITION", "PLAN",
            "PRAGMA", "PRECEDING", "PRIMARY", "QUERY", "RAISE", "RANGE", "RECURSIVE", "REFERENCES", "REGEXP", "REINDEX",
            "RELEASE", "RENAME", "REPLACE", "RESTRICT", "RETURNING", "RIGHT", "ROLLBACK", "ROW", "ROWS", "SAVEPOINT",
            "SELECT", "SET", "TABLE", "TEMP", "TEMPORARY", "THEN", "TIES", "TO", "TRANSACTION", "TRIGGER", "UNBOUNDED",
            "UNION", "UNIQUE", "UPDATE", "USING", "VACUUM", "VALUES", "VIEW", "VIRTUAL", "WHEN", "WHERE", "WINDOW", "WITH",
            "WITHOUT");

    /** Defaults SQLite takes bare; anything else that is not a literal must be in parentheses. */
    private static final Set<String> BARE_DEFAULTS = Set.of("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME");

    SqliteDdlRenderer(SplitterOptions splitter) {
        // names keep their case unquoted
        super(new Identifiers('"', '"', Identifiers.Fold.NONE, KEYWORDS), splitter);
    }

    @Override
    protected String typeName(ColumnType type) {
        return type.accept(SqliteTypeNames.INSTANCE);
    }

    @Override
    protected String columnDefinition(Column column) {
        String type = columnType(column);
        // a column without a declared type is legal in SQLite (BLOB affinity)
        StringBuilder sql = new StringBuilder(quote(column.name())).append(type.isEmpty() ? "" : " " + type);
        if (column.collation() != null) {
            // SQLite keeps a column's collation only in this text (NOCASE, RTRIM or an application's own)
            sql.append(" COLLATE ").append(quote(column.collation().name()));
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        if (column.defaultValue() != null) {
            sql.append(" DEFAULT ").append(defaultSql(column.defaultValue()));
        }
        if (column.generated() != null) {
            sql.append(' ').append(generatedClause(column.generated()));
        }
        return sql.toString();
    }

    @Override
    protected String defaultSql(DefaultValue value) {
        boolean bare = value.kind() == DefaultValue.Kind.LITERAL || value.kind() == DefaultValue.Kind.UNRECOGNISED
                || BARE_DEFAULTS.contains(value.sql().strip().toUpperCase(java.util.Locale.ROOT));
        return bare ? value.sql() : "(" + value.sql() + ")";
    }

    @Override
    protected String generatedClause(GeneratedColumn generated) {
        return "GENERATED ALWAYS AS (" + generated.expression() + ")" + (generated.stored() ? " STORED" : " VIRTUAL");
    }

    /** AUTOINCREMENT exists only as part of a column's own PRIMARY KEY clause. */
    @Override
    protected List<String> tableElements(Table table) {
        String autoincrement = autoincrementColumn(table);
        if (autoincrement == null) {
            return super.tableElements(table);
        }
        List<String> elements = new ArrayList<>();
        for (Column column : table.columns()) {
            String definition = columnDefinition(column);
            elements.add(!column.name().equals(autoincrement) ? definition
                    : definition + " " + constraintName(table.primaryKey().name()) + "PRIMARY KEY AUTOINCREMENT");
        }
        table.uniques().forEach(unique -> elements.add(uniqueClause(unique)));
        table.foreignKeys().forEach(key -> elements.add(foreignKeyClause(key)));
        table.checks().forEach(check -> elements.add(checkClause(check)));
        return elements;
    }

    /** The column that gets AUTOINCREMENT: a numbered column that is the whole primary key. */
    static String autoincrementColumn(Table table) {
        if (table.primaryKey() == null || table.primaryKey().columns().size() != 1) {
            return null;
        }
        String key = table.primaryKey().columns().get(0);
        return table.column(key).map(Column::identity).isPresent() ? key : null;
    }

    @Override
    protected String dropObjectSql(SchemaObject object) {
        // a virtual table goes with DROP TABLE, which drops its shadow tables too
        return object.kind() == SchemaObject.Kind.VIRTUAL_TABLE ? "DROP TABLE " + table(object.name())
                : super.dropObjectSql(object);
    }

    @Override
    protected String indexExpression(String expression) {
        // SQLite keeps the key as written; the reader reads it back from the CREATE INDEX text
        return expression;
    }

    @Override
    protected List<String> commentStatements(Table table) {
        // SQLite has no comments
        return List.of();
    }

    @Override
    protected List<String> columnCommentStatements(QualifiedName table, Column column) {
        // SQLite has no comments
        return List.of();
    }

    @Override
    protected List<String> setTableComment(SetTableComment op, Schema current) {
        // SQLite has no comments
        return List.of();
    }

    @Override
    protected List<String> renameTable(dev.retort.op.RenameTable op, Schema current) {
        List<String> statements = new java.util.ArrayList<>(super.renameTable(op, current));
        statements.addAll(plainNameInText(op.to()));
        return statements;
    }

    /**
     * RENAME TO writes the new name quoted into the table's stored text ({@code CREATE TABLE "t"}), which
     * sqlite3 .schema prints as {@code CREATE TABLE IF NOT EXISTS "t"}; a name that needs no quotes is
     * written back plain, as it is where the table was created under it. Only the name changes: the same
     * table, the rest of its text kept.
     */
    List<String> plainNameInText(QualifiedName table) {
        String name = table.name();
        if (!quote(name).equals(name)) {
            return List.of();
        }
        String quoted = "CREATE TABLE \"" + name + "\"";
        String master = (table.schema() == null ? "main" : quote(table.schema())) + ".sqlite_master";
        int keywords = "CREATE TABLE ".length();
        return List.of("PRAGMA writable_schema = ON",
                "UPDATE " + master + " SET sql = substr(sql, 1, " + keywords + ") || " + literal(name) + " || substr(sql, "
                        + (quoted.length() + 1) + ") WHERE type = 'table' AND name = " + literal(name)
                        + " AND upper(substr(sql, 1, " + quoted.length() + ")) = upper(" + literal(quoted) + ")",
                "PRAGMA writable_schema = RESET");
    }

    @Override
    protected List<String> alterColumn(AlterColumn op, Schema current) {
        // reached only when the columns differ in nothing SQLite stores (else the table is rebuilt)
        return List.of();
    }

    @Override
    protected int runEnd(List<MigrationOp> ops, int start, Schema current) {
        QualifiedName table = SqliteAlterRules.rebuiltTable(ops.get(start), current);
        if (table == null) {
            return start;
        }
        int end = start + 1;
        while (end < ops.size() && table.equals(SqliteAlterRules.rebuiltTable(ops.get(end), current))) {
            end++;
        }
        return end;
    }

    @Override
    protected List<String> renderRun(List<MigrationOp> run, Schema current) {
        return rebuild(run, current);
    }

    /** Rebuilds the table the ops change (all the same table) into its definition after all of them. */
    private List<String> rebuild(List<MigrationOp> ops, Schema current) {
        QualifiedName name = SqliteAlterRules.rebuiltTable(ops.get(0), current);
        Table before = currentTable(current, name, ops.get(0));
        Table after = SchemaTracker.applyAll(current, ops).table(name).orElseThrow();
        return new SqliteRebuild(this, current, before, after).statements();
    }

    // The rebuild builds its statements from these spellings.

    String createTableAs(Table table, QualifiedName as) {
        return createTableSql(table, as);
    }

    String indexSql(QualifiedName table, Index index) {
        return createIndexSql(table, index);
    }

    String name(String identifier) {
        return quote(identifier);
    }

    String text(String value) {
        return literal(value);
    }

}
