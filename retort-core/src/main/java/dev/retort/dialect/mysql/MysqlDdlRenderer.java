package dev.retort.dialect.mysql;

import dev.retort.ddl.AnsiDdlRenderer;
import dev.retort.ddl.Identifiers;
import dev.retort.op.AddCheckConstraint;
import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterTableOptions;
import dev.retort.op.CreateTable;
import dev.retort.op.DropCheckConstraint;
import dev.retort.op.DropForeignKey;
import dev.retort.op.DropIndex;
import dev.retort.op.DropPrimaryKey;
import dev.retort.op.DropUniqueConstraint;
import dev.retort.op.SetTableComment;
import dev.retort.schema.Charset;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.TableOptions;
import dev.retort.schema.UniqueConstraint;
import dev.retort.spi.SplitterOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * MySQL 8 and MariaDB 10.5+ DDL: column changes as {@code MODIFY COLUMN} with the full definition,
 * indexes inline in CREATE TABLE, comments inline, MySQL's own drop statements for keys and indexes;
 * character sets, collations and table options where the model has them (see {@link TableOptions}).
 * Immutable and thread-safe.
 */
final class MysqlDdlRenderer extends AnsiDdlRenderer {

    /** Defaults MySQL accepts bare; any other function or expression must be parenthesised (MySQL 8.0.13+). */
    private static final Pattern BARE_FUNCTION = Pattern.compile(
            "(?i)(current_timestamp|localtime|localtimestamp|now)(\\(\\d?\\))?");

    private static final Set<String> INLINE_INDEX_METHODS = Set.of("FULLTEXT", "SPATIAL");

    private final MysqlTypeNames types = new MysqlTypeNames(this::literal);

    MysqlDdlRenderer(SplitterOptions splitter) {
        // every name in backquotes: under IGNORE_SPACE (or a newer server) a bare count, position or now is no name
        super(Identifiers.alwaysQuoted('`', '`'), splitter);
    }

    @Override
    protected String typeName(ColumnType type) {
        return type.accept(types);
    }

    @Override
    protected String literal(String text) {
        // backslash is an escape character in MySQL strings unless NO_BACKSLASH_ESCAPES is set
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** The full definition, in MySQL's clause order; MODIFY COLUMN and ADD COLUMN repeat all of it. */
    @Override
    protected String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(typeName(column.type()));
        if (column.charset() != null) {
            sql.append(" CHARACTER SET ").append(column.charset().name());
            if (column.charset().collation() != null) {
                sql.append(" COLLATE ").append(column.charset().collation());
            }
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generated().expression()).append(')')
                    .append(column.generated().stored() ? " STORED" : " VIRTUAL");
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        } else if (column.type() instanceof ColumnType.TemporalType temporal
                && temporal.kind() == ColumnType.TemporalType.Kind.TIMESTAMP && column.generated() == null) {
            // without explicit_defaults_for_timestamp a bare TIMESTAMP column becomes NOT NULL
            sql.append(" NULL");
        }
        if (column.defaultValue() != null) {
            sql.append(" DEFAULT ").append(defaultSql(column.defaultValue()));
        }
        if (column.onUpdate() != null) {
            sql.append(" ON UPDATE ").append(column.onUpdate());
        }
        if (column.identity() != null) {
            sql.append(" AUTO_INCREMENT");
        }
        if (column.comment() != null) {
            sql.append(" COMMENT ").append(literal(column.comment()));
        }
        return sql.toString();
    }

    @Override
    protected String defaultSql(DefaultValue value) {
        boolean bare = value.kind() == DefaultValue.Kind.LITERAL || value.kind() == DefaultValue.Kind.UNRECOGNISED
                || BARE_FUNCTION.matcher(value.sql().strip()).matches();
        return bare ? value.sql() : "(" + value.sql() + ")";
    }

    @Override
    protected String primaryKeyClause(PrimaryKey key) {
        // MySQL names every primary key PRIMARY; a name given here would be ignored
        return "PRIMARY KEY " + columnList(key.columns());
    }

    @Override
    protected String uniqueClause(UniqueConstraint unique) {
        return "UNIQUE KEY " + (unique.name() == null ? "" : quote(unique.name()) + " ") + columnList(unique.columns());
    }

    @Override
    protected String referentialActions(ForeignKey key) {
        // both written out: MariaDB reports an omitted action as RESTRICT, MySQL as NO ACTION
        return " ON DELETE " + action(key.onDelete()) + " ON UPDATE " + action(key.onUpdate());
    }

    @Override
    protected String deferrability(ForeignKey.Deferrability deferrability) {
        // MySQL checks every foreign key immediately and has no DEFERRABLE clause
        return "";
    }

    @Override
    protected String indexKey(Index.Key key) {
        String part = key.column() != null
                ? quote(key.column()) + (key.prefixLength() == null ? "" : "(" + key.prefixLength() + ")")
                : indexExpression(key.expression());
        return key.order() == Index.SortOrder.DESC ? part + " DESC" : part;
    }

    /**
     * MySQL keeps indexes inline, so an index named like a foreign key is the one the key uses, not a
     * second. A check named after its column is MariaDB's column-level check, which stays in the column.
     */
    @Override
    protected List<String> tableElements(Table table) {
        List<String> elements = new ArrayList<>();
        table.columns().forEach(column -> elements.add(columnDefinition(column) + columnCheck(table, column.name())));
        if (table.primaryKey() != null) {
            elements.add(primaryKeyClause(table.primaryKey()));
        }
        table.uniques().forEach(unique -> elements.add(uniqueClause(unique)));
        table.indexes().forEach(index -> elements.add(inlineIndex(index)));
        table.foreignKeys().forEach(key -> elements.add(foreignKeyClause(key)));
        table.checks().stream().filter(check -> columnOf(table, check) == null)
                .forEach(check -> elements.add(checkClause(check)));
        return elements;
    }

    /** The column a column-level check belongs to (MariaDB names it after the column), or null. */
    private static Column columnOf(Table table, CheckConstraint check) {
        return !check.columnLevel() ? null : table.columns().stream()
                .filter(column -> column.name().equalsIgnoreCase(check.name())).findFirst().orElse(null);
    }

    /** {@code  CHECK (…)} for the column's own check; MariaDB takes it only after every other attribute. */
    private static String columnCheck(Table table, String column) {
        return table.checks().stream().filter(check -> check.columnLevel() && column.equalsIgnoreCase(check.name()))
                .findFirst().map(check -> " CHECK (" + check.expression() + ")").orElse("");
    }

    private String inlineIndex(Index index) {
        return indexKind(index) + "KEY " + quote(index.name()) + " " + indexKeys(index) + indexUsing(index)
                + indexComment(index);
    }

    private String indexComment(Index index) {
        return index.comment() == null ? "" : " COMMENT " + literal(index.comment());
    }

    /** {@code UNIQUE }, {@code FULLTEXT }, {@code SPATIAL } or nothing. */
    private static String indexKind(Index index) {
        if (index.method() != null && INLINE_INDEX_METHODS.contains(index.method().toUpperCase(Locale.ROOT))) {
            return index.method().toUpperCase(Locale.ROOT) + " ";
        }
        return index.unique() ? "UNIQUE " : "";
    }

    /** {@code USING HASH} and the like; FULLTEXT and SPATIAL are index kinds, not methods. */
    private static String indexUsing(Index index) {
        return index.method() == null || INLINE_INDEX_METHODS.contains(index.method().toUpperCase(Locale.ROOT)) ? ""
                : " USING " + index.method().toUpperCase(Locale.ROOT);
    }

    /** In SHOW CREATE TABLE's order: engine, character set, the other options, comment. */
    @Override
    protected String tableOptions(Table table) {
        TableOptions options = table.options();
        StringBuilder sql = new StringBuilder();
        if (options.option("ENGINE") != null) {
            sql.append(" ENGINE=").append(options.option("ENGINE"));
        }
        if (options.charset() != null) {
            sql.append(' ').append(charsetClause(options.charset()));
        }
        options.options().forEach((name, value) -> {
            if (!name.equals("ENGINE")) {
                sql.append(' ').append(name).append('=').append(value);
            }
        });
        if (table.comment() != null) {
            sql.append(" COMMENT=").append(literal(table.comment()));
        }
        return sql.toString();
    }

    private static String charsetClause(Charset charset) {
        return "DEFAULT CHARSET=" + charset.name() + (charset.collation() == null ? "" : " COLLATE=" + charset.collation());
    }

    /**
     * Only what changes, in one ALTER TABLE. Back to the defaults: {@code CHARACTER SET DEFAULT} is the
     * database's, {@code NAME=DEFAULT} an option's, and the default engine is InnoDB's.
     */
    @Override
    protected List<String> alterTableOptions(AlterTableOptions op, Schema current) {
        List<String> clauses = new ArrayList<>();
        TableOptions before = op.before();
        TableOptions after = op.after();
        if (!Objects.equals(before.charset(), after.charset())) {
            clauses.add(after.charset() == null ? "CHARACTER SET DEFAULT" : charsetClause(after.charset()));
        }
        SortedSet<String> names = new TreeSet<>(before.options().keySet());
        names.addAll(after.options().keySet());
        for (String name : names) {
            String value = after.option(name);
            if (!Objects.equals(before.option(name), value)) {
                String fallback = name.equals("ENGINE") ? MysqlTableOptions.DEFAULT_ENGINE : "DEFAULT";
                clauses.add(name + "=" + (value == null ? fallback : value));
            }
        }
        return clauses.isEmpty() ? List.of() : List.of(alterTable(op.table()) + String.join(", ", clauses));
    }

    @Override
    protected String createIndexSql(QualifiedName table, Index index) {
        return "CREATE " + indexKind(index) + "INDEX " + quote(index.name()) + " ON " + table(table) + " "
                + indexKeys(index) + indexUsing(index) + indexComment(index);
    }

    @Override
    protected List<String> createTable(CreateTable op, Schema current) {
        // indexes and comments are part of the CREATE TABLE statement itself
        return List.of(createTableSql(op.table(), op.table().name()));
    }

    @Override
    protected List<String> renameTable(dev.retort.op.RenameTable op, Schema current) {
        // an unqualified new name would move the table into the connection's current database
        List<String> statements = new ArrayList<>();
        statements.add(alterTable(op.from()) + "RENAME TO " + table(op.to()));
        statements.addAll(renameParts(op, current));
        return statements;
    }

    /**
     * MariaDB renames an index ({@code RENAME INDEX}) but not a foreign key: the key is dropped and added
     * again under its new name, its index renamed in between, so the key keeps using it (InnoDB names the
     * index it makes for a key after the key, and keeps that name when the key goes).
     */
    @Override
    protected List<String> renameParts(dev.retort.op.RenameTable op, Schema current) {
        List<String> drops = new ArrayList<>();
        List<String> renames = new ArrayList<>();
        List<String> adds = new ArrayList<>();
        Table table = current.table(op.from()).orElse(null);
        for (dev.retort.op.RenameTable.PartName name : op.names()) {
            switch (name.part()) {
                case INDEX, UNIQUE -> renames.add(alterTable(op.to()) + "RENAME INDEX " + quote(name.from()) + " TO "
                        + quote(name.to()));
                case FOREIGN_KEY -> {
                    ForeignKey key = table == null ? null : table.foreignKeys().stream()
                            .filter(each -> name.from().equals(each.name())).findFirst().orElse(null);
                    if (key == null) {
                        throw new dev.retort.RetortException(dev.retort.RetortException.Kind.SCRIPT, "cannot render '"
                                + op.describe() + "': table " + op.from() + " has no foreign key " + name.from()
                                + " in the schema given to the renderer; render with the schema the database has before these ops");
                    }
                    ForeignKey renamed = new ForeignKey(name.to(), key.columns(),
                            key.referencedTable().equals(op.from()) ? op.to() : key.referencedTable(),
                            key.referencedColumns(), key.onDelete(), key.onUpdate(), key.deferrability());
                    drops.add(alterTable(op.to()) + "DROP FOREIGN KEY " + quote(name.from()));
                    adds.add(alterTable(op.to()) + "ADD " + foreignKeyClause(renamed));
                }
                default -> throw new dev.retort.RetortException(dev.retort.RetortException.Kind.SCRIPT,
                        "cannot render '" + op.describe() + "': MySQL and MariaDB name no " + name.part()
                                + " apart from the table");
            }
        }
        List<String> statements = new ArrayList<>(drops);
        statements.addAll(renames);
        statements.addAll(adds);
        return statements;
    }

    @Override
    protected List<String> addColumn(AddColumn op, Schema current) {
        // the comment is part of the column definition; AFTER keeps the model's column order
        return List.of(alterTable(op.table()) + "ADD COLUMN " + columnDefinition(op.column())
                + (op.after() == null ? "" : " AFTER " + quote(op.after())));
    }

    @Override
    protected List<String> alterColumn(AlterColumn op, Schema current) {
        // MODIFY replaces the whole definition: anything left out (default, comment, AUTO_INCREMENT, check) is lost
        String check = current.table(op.table()).map(table -> columnCheck(table, op.after().name())).orElse("");
        return List.of(alterTable(op.table()) + "MODIFY COLUMN " + columnDefinition(op.after()) + check);
    }

    @Override
    protected List<String> dropCheck(DropCheckConstraint op, Schema current) {
        // MariaDB cannot DROP CONSTRAINT a column-level check; restating the column without it drops it
        Column column = current.table(op.table()).map(table -> columnOf(table, op.check())).orElse(null);
        return column == null ? super.dropCheck(op, current)
                : List.of(alterTable(op.table()) + "MODIFY COLUMN " + columnDefinition(column));
    }

    @Override
    protected List<String> addCheck(AddCheckConstraint op, Schema current) {
        // a column-level check is part of its column's definition, so it is added by restating the column
        Column column = current.table(op.table()).map(table -> columnOf(table, op.check())).orElse(null);
        return column == null ? super.addCheck(op, current) : List.of(alterTable(op.table()) + "MODIFY COLUMN "
                + columnDefinition(column) + " CHECK (" + op.check().expression() + ")");
    }

    @Override
    protected List<String> dropPrimaryKey(DropPrimaryKey op, Schema current) {
        // MySQL's primary key has no name of its own to drop it by
        return List.of(alterTable(op.table()) + "DROP PRIMARY KEY");
    }

    @Override
    protected List<String> dropUnique(DropUniqueConstraint op, Schema current) {
        // a MySQL unique constraint is a unique index
        return List.of("DROP INDEX " + quote(requireName(op.unique().name(), "unique constraint on "
                + op.unique().columns(), op.table())) + " ON " + table(op.table()));
    }

    @Override
    protected List<String> dropIndex(DropIndex op, Schema current) {
        // index names are per table in MySQL, so DROP INDEX names the table
        return List.of("DROP INDEX " + quote(op.index().name()) + " ON " + table(op.table()));
    }

    @Override
    protected List<String> dropForeignKey(DropForeignKey op, Schema current) {
        // DROP CONSTRAINT cannot drop a foreign key on MariaDB; DROP FOREIGN KEY works on both
        return List.of(alterTable(op.table()) + "DROP FOREIGN KEY " + quote(requireName(op.foreignKey().name(),
                "foreign key on " + op.foreignKey().columns(), op.table())));
    }

    @Override
    protected List<String> setTableComment(SetTableComment op, Schema current) {
        // MySQL has no COMMENT ON; an empty comment is no comment
        return List.of(alterTable(op.table()) + "COMMENT = " + literal(op.after() == null ? "" : op.after()));
    }
}
