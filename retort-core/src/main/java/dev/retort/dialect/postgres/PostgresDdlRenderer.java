package dev.retort.dialect.postgres;

import dev.retort.ddl.AnsiDdlRenderer;
import dev.retort.ddl.Identifiers;
import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.CreateObject;
import dev.retort.op.CreateTable;
import dev.retort.op.DropObject;
import dev.retort.op.SetSchemaComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.Inheritance;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.spi.SplitterOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PostgreSQL DDL: standard SQL plus {@code ALTER COLUMN … TYPE … USING}, serial columns and their
 * sequences, identity changes, generated columns, table inheritance and partitioning, rules, row-level
 * security and the schema's comment. Immutable and thread-safe.
 */
final class PostgresDdlRenderer extends AnsiDdlRenderer {

    /** PostgreSQL's reserved key words (appendix C), the ones that cannot name a column unquoted. */
    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as", "asc",
            "asymmetric", "authorization", "binary", "both", "case", "cast", "check", "collate", "collation", "column",
            "concurrently", "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc",
            "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "freeze", "from", "full",
            "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join",
            "lateral", "leading", "left", "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull",
            "null", "offset", "on", "only", "or", "order", "outer", "overlaps", "placing", "primary", "references",
            "returning", "right", "select", "session_user", "similar", "some", "symmetric", "system_user", "table",
            "tablesample", "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose",
            "when", "where", "window", "with");

    private final PostgresTypeNames types = new PostgresTypeNames(this::table);

    PostgresDdlRenderer(SplitterOptions splitter) {
        // unquoted names fold to lower case, so only lower-case names may go bare
        super(new Identifiers('"', '"', Identifiers.Fold.LOWER, RESERVED), splitter);
    }

    @Override
    protected String typeName(ColumnType type) {
        return type.accept(types);
    }

    @Override
    protected String columnType(Column column) {
        // serial is a type-name shorthand for integer + owned sequence + nextval default
        if (identity(column) == Identity.Kind.SERIAL && !column.identity().ownSequence()
                && column.type() instanceof ColumnType.IntegerType integer) {
            return integer.bytes() <= 2 ? "smallserial" : integer.bytes() <= 4 ? "serial" : "bigserial";
        }
        return typeName(column.type()) + collateClause(column);
    }

    /** {@code  COLLATE name} where the column's collation is not its type's default, else nothing. */
    private String collateClause(Column column) {
        return column.collation() == null ? "" : " COLLATE " + table(column.collation());
    }

    @Override
    protected String identityClause(Identity identity) {
        Identity.Kind kind = kind(identity);
        return kind == Identity.Kind.SERIAL ? "" : super.identityClause(new Identity(kind));
    }

    @Override
    protected String generatedClause(GeneratedColumn generated) {
        // before PostgreSQL 18 every generated column is stored
        return "GENERATED ALWAYS AS (" + generated.expression() + ") STORED";
    }

    /**
     * A serial column whose sequence is not the one {@code serial} makes (its own name or options): the sequence
     * is created first, the column draws from it by its default, and then owns it, as pg_dump writes it.
     */
    @Override
    protected List<String> createTable(CreateTable op, Schema current) {
        Table table = op.table();
        List<Column> own = table.columns().stream().filter(PostgresDdlRenderer::ownSequence).toList();
        if (own.isEmpty()) {
            return createTableAsIs(op, current);
        }
        List<String> statements = new ArrayList<>();
        own.forEach(column -> statements.add(createSequence(table.name(), column)));
        List<Column> columns = table.columns().stream().map(column -> ownSequence(column)
                ? drawing(table.name(), column) : column).toList();
        statements.addAll(createTableAsIs(new CreateTable(new Table(table.name(), columns, table.primaryKey(),
                table.uniques(), table.indexes(), table.foreignKeys(), table.checks(), table.comment(), table.options(),
                table.inheritance())), current));
        own.forEach(column -> statements.add("ALTER SEQUENCE " + sibling(table.name(), ownSequenceName(table.name(), column))
                + " OWNED BY " + table(table.name()) + "." + quote(column.name())));
        return statements;
    }

    @Override
    protected List<String> addColumn(AddColumn op, Schema current) {
        Column column = op.column();
        if (!ownSequence(column)) {
            return super.addColumn(op, current);
        }
        List<String> statements = new ArrayList<>();
        statements.add(createSequence(op.table(), column));
        statements.addAll(super.addColumn(new AddColumn(op.table(), drawing(op.table(), column), op.after()), current));
        statements.add("ALTER SEQUENCE " + sibling(op.table(), ownSequenceName(op.table(), column))
                + " OWNED BY " + table(op.table()) + "." + quote(column.name()));
        return statements;
    }

    private static boolean ownSequence(Column column) {
        return identity(column) == Identity.Kind.SERIAL && column.identity().ownSequence();
    }

    /** The name of the sequence a serial column owns: its own, or the one serial gives it. */
    private static String ownSequenceName(QualifiedName table, Column column) {
        return column.identity() != null && column.identity().sequence() != null ? column.identity().sequence()
                : PostgresColumns.serialSequenceName(table.name(), column.name());
    }

    /** The options of a serial column's sequence: its own, or those serial gives one of its type. */
    private static String sequenceOptions(Column column) {
        return column.identity() != null && column.identity().options() != null ? column.identity().options()
                : PostgresColumns.serialOptions(column.type() instanceof ColumnType.IntegerType integer ? integer.bytes() : 4);
    }

    /** Where its options are serial's, the type alone says them: the rest are every type's defaults. */
    private String createSequence(QualifiedName table, Column column) {
        return "CREATE SEQUENCE " + sibling(table, ownSequenceName(table, column)) + " "
                + (column.identity() != null && column.identity().options() != null ? column.identity().options()
                : "AS " + typeName(column.type()));
    }

    /** The column as it is before it owns its sequence: a plain default drawing from it. */
    private Column drawing(QualifiedName table, Column column) {
        return column.withIdentity(null).withDefault(new DefaultValue("nextval(" + literal(sibling(table,
                ownSequenceName(table, column))) + "::regclass)", DefaultValue.Kind.FUNCTION));
    }

    private List<String> createTableAsIs(CreateTable op, Schema current) {
        Table table = op.table();
        Inheritance inheritance = table.inheritance();
        if (inheritance.parents().isEmpty()) {
            return super.createTable(op, current);
        }
        Map<String, Column> inherited = PostgresInheritance.inherited(table, current);
        List<String> elements = new ArrayList<>();
        for (Column column : table.columns()) {
            // a partition has exactly its parent's columns, whatever the schema knows of the parent
            if (!inheritance.partition() && !inherited.containsKey(column.name())) {
                elements.add(columnDefinition(column));
            }
        }
        elements.addAll(constraintElements(table));
        List<String> statements = new ArrayList<>();
        if (inheritance.partition()) {
            statements.add("CREATE TABLE " + table(table.name()) + " PARTITION OF " + table(inheritance.parents().get(0))
                    + (elements.isEmpty() ? "" : " " + elementList(elements)) + " " + inheritance.bound() + tableOptions(table));
        } else {
            statements.add("CREATE TABLE " + table(table.name()) + " " + elementList(elements) + " INHERITS ("
                    + inheritance.parents().stream().map(this::table).collect(Collectors.joining(", ")) + ")" + tableOptions(table));
        }
        statements.addAll(inheritedColumnChanges(table, inherited));
        table.indexes().forEach(index -> statements.add(createIndexSql(table.name(), index)));
        statements.addAll(commentStatements(table));
        return statements;
    }

    /** Where a child's column is not as it inherits it: its own default, or NOT NULL its parent lacks. */
    private List<String> inheritedColumnChanges(Table table, Map<String, Column> inherited) {
        List<String> statements = new ArrayList<>();
        inherited.forEach((name, parent) -> {
            Column column = table.column(name).orElseThrow();
            String alter = "ALTER TABLE ONLY " + table(table.name()) + " ALTER COLUMN " + quote(name) + " ";
            if (PostgresInheritance.defaultDiffers(column, parent)) {
                statements.add(alter + (column.defaultValue() == null ? "DROP DEFAULT" : "SET DEFAULT " + defaultSql(column.defaultValue())));
            }
            if (PostgresInheritance.notNullAdded(column, parent)) {
                statements.add(alter + "SET NOT NULL");
            }
        });
        return statements;
    }

    @Override
    protected String tableOptions(Table table) {
        return table.inheritance().partitioned() ? " PARTITION BY " + table.inheritance().partitionKey() : "";
    }

    @Override
    protected String literal(String text) {
        return PostgresDialect.stringLiteral(text);
    }

    @Override
    protected List<String> setSchemaComment(SetSchemaComment op, Schema current) {
        // the schema is the one the revision runs in, which only the database can name
        String comment = op.after() == null ? "NULL" : literal(op.after());
        return List.of("DO " + dollarQuoted(" BEGIN EXECUTE format('COMMENT ON SCHEMA %I IS %s', current_schema(), "
                + literal(comment) + "); END "));
    }

    /**
     * The body between dollar quotes whose tag does not occur in it: a name or comment holding the tag
     * would end the body early and leave the rest of it to run as SQL of its own.
     */
    static String dollarQuoted(String body) {
        String tag = "$$";
        for (int n = 0; body.contains(tag); n++) {
            tag = "$retort" + (n == 0 ? "" : n) + "$";
        }
        return tag + body + tag;
    }

    @Override
    protected String checkClause(CheckConstraint check) {
        return super.checkClause(new CheckConstraint(check.name(), PostgresExpressions.reparseable(check.expression())));
    }

    @Override
    protected String createIndexSql(QualifiedName table, Index index) {
        if (index.predicate() == null) {
            return super.createIndexSql(table, index);
        }
        return super.createIndexSql(table, new Index(index.name(), index.keys(), index.unique(),
                PostgresExpressions.reparseable(index.predicate()), index.method(), index.comment()));
    }

    @Override
    protected List<String> alterColumn(AlterColumn op, Schema current) {
        GeneratedColumn before = op.before().generated();
        GeneratedColumn after = op.after().generated();
        String column = alterTable(op.table()) + "ALTER COLUMN " + quote(op.after().name()) + " ";
        if (after != null && !after.equals(before)) {
            // PostgreSQL (before 17) cannot make a column generated or change its expression in place: the column
            // is dropped and added again, which recomputes every value but moves it to the end of the table
            List<String> statements = new ArrayList<>();
            statements.add(alterTable(op.table()) + "DROP COLUMN " + quote(op.before().name()));
            statements.addAll(addColumn(new dev.retort.op.AddColumn(op.table(), op.after()), current));
            return statements;
        }
        List<String> statements = new ArrayList<>();
        if (before != null) {
            // PostgreSQL 13+: the computed values stay as plain data
            statements.add(column + "DROP EXPRESSION");
        }
        statements.addAll(super.alterColumn(op, current));
        if (op.collationChanged() && !op.typeChanged()) {
            // only ALTER COLUMN … TYPE changes a collation; the same type with another collation rebuilds the indexes only
            statements.add(column + changeType(op));
        }
        return statements;
    }

    @Override
    protected String changeType(AlterColumn op) {
        String type = typeName(op.after().type());
        // a column whose type changes takes the new type's default collation unless one is named
        String collate = op.after().collation() != null ? collateClause(op.after())
                : op.collationChanged() ? " COLLATE pg_catalog.\"default\"" : "";
        return "TYPE " + type + collate + (PostgresCasts.needsUsing(op.before().type(), op.after().type())
                ? " USING " + quote(op.after().name()) + "::" + type : "");
    }

    @Override
    protected boolean defaultBlocksTypeChange(AlterColumn op) {
        // a default is converted along assignment casts only: "default for column cannot be cast automatically"
        return PostgresCasts.needsUsing(op.before().type(), op.after().type());
    }

    @Override
    protected List<String> identityRemoval(AlterColumn op) {
        Identity.Kind from = identity(op.before());
        Identity.Kind to = identity(op.after());
        if (from == null || from == to || isIdentity(from) && isIdentity(to)) {
            return List.of();
        }
        String column = alterTable(op.table()) + "ALTER COLUMN " + quote(op.before().name()) + " ";
        if (from == Identity.Kind.SERIAL) {
            // the sequence's name is PostgreSQL's to choose (and keeps the old name after renames): ask it
            return List.of(column + "DROP DEFAULT", "DO " + dollarQuoted(" BEGIN EXECUTE 'DROP SEQUENCE ' ||"
                    + " pg_get_serial_sequence(" + literal(table(op.table())) + ", " + literal(op.before().name())
                    + "); END "));
        }
        return List.of(column + "DROP IDENTITY");
    }

    @Override
    protected List<String> identityAddition(AlterColumn op) {
        Identity.Kind from = identity(op.before());
        Identity.Kind to = identity(op.after());
        if (to == Identity.Kind.SERIAL && from == to) {
            return serialSequenceChange(op);
        }
        if (to == null || from == to) {
            return List.of();
        }
        String name = op.after().name();
        String column = alterTable(op.table()) + "ALTER COLUMN " + quote(name) + " ";
        if (isIdentity(from) && isIdentity(to)) {
            return List.of(column + "SET GENERATED " + (to == Identity.Kind.ALWAYS ? "ALWAYS" : "BY DEFAULT"));
        }
        List<String> statements = new ArrayList<>();
        String sequence;
        if (to == Identity.Kind.SERIAL) {
            String sequenceName = ownSequenceName(op.table(), op.after());
            sequence = literal(sibling(op.table(), sequenceName));
            statements.add(createSequence(op.table(), op.after()) + " OWNED BY " + table(op.table()) + "." + quote(name));
            statements.add(column + "SET DEFAULT nextval(" + sequence + ")");
        } else {
            statements.add(column + "ADD" + identityClause(op.after().identity()));
            sequence = "pg_get_serial_sequence(" + literal(table(op.table())) + ", " + literal(name) + ")";
        }
        // a new sequence starts at 1: move it past the rows already there
        statements.add("SELECT setval(" + sequence + ", coalesce(max(" + quote(name) + "), 0) + 1, false) FROM "
                + table(op.table()));
        return statements;
    }

    /**
     * A serial column stays serial but its sequence changes (name or options), or its type does (ALTER COLUMN
     * TYPE leaves the sequence's type and maximum as they were): the sequence is renamed and altered in place, so
     * it keeps its current value.
     */
    private List<String> serialSequenceChange(AlterColumn op) {
        String before = ownSequenceName(op.table(), op.before());
        String after = ownSequenceName(op.table(), op.after());
        String options = sequenceOptions(op.after());
        List<String> statements = new ArrayList<>();
        if (!before.equals(after)) {
            statements.add("ALTER SEQUENCE " + sibling(op.table(), before) + " RENAME TO " + quote(after));
        }
        if (!options.equals(sequenceOptions(op.before())) || op.typeChanged()) {
            statements.add("ALTER SEQUENCE " + sibling(op.table(), after) + " " + options);
        }
        return statements;
    }

    private static Identity.Kind identity(Column column) {
        return column.identity() == null ? null : kind(column.identity());
    }

    /** MySQL's and SQLite's auto-numbering become PostgreSQL's identity. */
    private static Identity.Kind kind(Identity identity) {
        return switch (identity.kind()) {
            case SERIAL, ALWAYS, BY_DEFAULT -> identity.kind();
            case AUTO_INCREMENT, AUTOINCREMENT -> Identity.Kind.BY_DEFAULT;
        };
    }

    private static boolean isIdentity(Identity.Kind kind) {
        return kind == Identity.Kind.ALWAYS || kind == Identity.Kind.BY_DEFAULT;
    }

    @Override
    protected List<String> createObject(CreateObject op, Schema current) {
        List<String> statements = super.createObject(op, current);
        // an extension is the database's: another schema's model may have installed it already
        return op.object().kind() == SchemaObject.Kind.EXTENSION
                ? statements.stream().map(PostgresExtensions::ifNotExists).toList() : statements;
    }

    @Override
    protected List<String> dropObject(DropObject op, Schema current) {
        SchemaObject object = op.object();
        if (object.kind() == SchemaObject.Kind.ROW_LEVEL_SECURITY) {
            return PostgresPolicies.disable(table(object.table()));
        }
        if (object.kind() != SchemaObject.Kind.AGGREGATE || object.definition() == null) {
            return super.dropObject(op, current);
        }
        // DROP AGGREGATE requires the argument list; an overloaded aggregate is dropped version by version
        List<String> signatures = PostgresAggregates.signatures(object.definition());
        if (signatures.isEmpty()) {
            return super.dropObject(op, current);
        }
        return signatures.stream().map(signature -> "DROP AGGREGATE " + table(object.name()) + signature).toList();
    }

    @Override
    protected String dropObjectSql(SchemaObject object) {
        // a PostgreSQL trigger's or rule's name is unique only within its table
        return object.kind().onTable()
                ? "DROP " + object.kind().name() + " " + quote(object.name().name()) + " ON " + table(object.table())
                : super.dropObjectSql(object);
    }
}
