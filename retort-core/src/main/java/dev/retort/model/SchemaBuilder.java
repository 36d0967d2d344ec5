package dev.retort.model;

import dev.retort.schema.Charset;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.Inheritance;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.RenameHints;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.schema.TableOptions;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link Schema} in Java for a {@link SchemaModel}: everything the schema model holds can be
 * said here — tables with every column type ({@link Types}), defaults, identities, generated columns,
 * keys, checks, foreign keys with their actions, partial, expression and descending indexes
 * ({@link Keys}), comments; views, sequences, routines, triggers and types by the statement that creates
 * them; and renames ({@link TableBuilder#renamedFrom}, {@link TableBuilder#columnRenamedFrom}).
 *
 * <pre>{@code
 * SchemaBuilder.schema()
 *     .table("app_user", t -> t
 *         .column("id", Types.bigint()).notNull().identity()
 *         .column("email", Types.varchar(255)).notNull()
 *         .column("created_at", Types.timestampTz()).notNull().defaultValue("CURRENT_TIMESTAMP")
 *         .primaryKey("id")
 *         .unique("uq_app_user_email", "email")
 *         .index("ix_app_user_recent", Keys.desc("created_at")).where("email IS NOT NULL"))
 *     .view("active_user", "CREATE VIEW active_user AS SELECT id, email FROM app_user")
 *     .build();
 * }</pre>
 *
 * Names are the database's names, as its catalog reports them; the builder quotes nothing and folds
 * no case. A view, sequence, routine or trigger is given as the complete statement that creates it, in
 * the target database's SQL (write a name the way that database keeps it: H2 folds an unquoted name to
 * upper case). Not thread-safe; the built schema is immutable.
 */
public final class SchemaBuilder {

    private final List<Table> tables = new ArrayList<>();
    private final List<SchemaObject> objects = new ArrayList<>();
    private RenameHints renames = RenameHints.NONE;
    private String comment;

    private SchemaBuilder() {
    }

    /**
     * A builder of an empty schema.
     *
     * @return a new builder
     */
    public static SchemaBuilder schema() {
        return new SchemaBuilder();
    }

    /**
     * Adds a table of the current schema, defined by the consumer.
     *
     * @param name the table's name in the current schema
     * @param definition adds the table's columns, keys and options
     * @return this builder
     */
    public SchemaBuilder table(String name, Consumer<TableBuilder> definition) {
        return table(QualifiedName.of(name), definition);
    }

    /**
     * Adds a table of any schema (a multi-schema project), defined by the consumer.
     *
     * @param name the table's schema and name
     * @param definition adds the table's columns, keys and options
     * @return this builder
     */
    public SchemaBuilder table(QualifiedName name, Consumer<TableBuilder> definition) {
        TableBuilder builder = new TableBuilder(name);
        definition.accept(builder);
        tables.add(builder.build());
        renames = builder.addHints(renames);
        return this;
    }

    /**
     * Adds a view, given as its {@code CREATE VIEW} statement.
     *
     * @param name the view's name
     * @param createStatement the complete statement, in the target database's SQL
     * @return this builder
     */
    public SchemaBuilder view(String name, String createStatement) {
        return object(SchemaObject.Kind.VIEW, name, createStatement);
    }

    /**
     * Adds a PostgreSQL materialized view, given as its {@code CREATE MATERIALIZED VIEW} statement.
     *
     * @param name the view's name
     * @param createStatement the complete statement
     * @return this builder
     */
    public SchemaBuilder materializedView(String name, String createStatement) {
        return object(SchemaObject.Kind.MATERIALIZED_VIEW, name, createStatement);
    }

    /**
     * Adds a sequence, given as its {@code CREATE SEQUENCE} statement.
     *
     * @param name the sequence's name
     * @param createStatement the complete statement
     * @return this builder
     */
    public SchemaBuilder sequence(String name, String createStatement) {
        return object(SchemaObject.Kind.SEQUENCE, name, createStatement);
    }

    /**
     * Adds a function, given as its {@code CREATE FUNCTION} statement.
     *
     * @param name the function's name
     * @param createStatement the complete statement
     * @return this builder
     */
    public SchemaBuilder function(String name, String createStatement) {
        return object(SchemaObject.Kind.FUNCTION, name, createStatement);
    }

    /**
     * Adds a trigger on {@code table}, given as its {@code CREATE TRIGGER} statement.
     *
     * @param table the table the trigger is on
     * @param name the trigger's name
     * @param createStatement the complete statement
     * @return this builder
     */
    public SchemaBuilder trigger(String table, String name, String createStatement) {
        return object(SchemaObject.Kind.TRIGGER, table, name, createStatement);
    }

    /**
     * Adds an object that belongs to {@code table} (a trigger; PostgreSQL's rule, policy or row-level
     * security), given as the statement that creates it.
     *
     * @param kind what the object is; one that belongs to a table ({@link SchemaObject.Kind#onTable()})
     * @param table the table it belongs to
     * @param name the object's name
     * @param createStatement the complete statement
     * @return this builder
     */
    public SchemaBuilder object(SchemaObject.Kind kind, String table, String name, String createStatement) {
        return object(new SchemaObject(kind, QualifiedName.of(name), QualifiedName.of(table), createStatement));
    }

    /**
     * Adds an object of any other kind (a PostgreSQL enum type or domain, procedure, extension…), given
     * as the statement that creates it.
     *
     * @param kind what the object is; not one that belongs to a table
     * @param name the object's name
     * @param createStatement the complete statement
     * @return this builder
     * @throws IllegalArgumentException when the kind belongs to a table: use
     *     {@link #object(SchemaObject.Kind, String, String, String)}
     */
    public SchemaBuilder object(SchemaObject.Kind kind, String name, String createStatement) {
        if (kind.onTable()) {
            throw new IllegalArgumentException(kind + " " + name + " belongs to a table; use object(kind, table, name, sql)");
        }
        return object(new SchemaObject(kind, QualifiedName.of(name), null, createStatement));
    }

    /**
     * Adds an object as it is.
     *
     * @param object the object
     * @return this builder
     */
    public SchemaBuilder object(SchemaObject object) {
        objects.add(object);
        return this;
    }

    /**
     * The comment on the schema itself (PostgreSQL {@code COMMENT ON SCHEMA}); without one, the database's
     * stays.
     *
     * @param text the comment, or null to leave the database's
     * @return this builder
     */
    public SchemaBuilder comment(String text) {
        comment = text;
        return this;
    }

    /**
     * The schema built so far.
     *
     * @return an immutable schema; the builder may go on
     * @throws IllegalArgumentException when two tables share a name
     */
    public Schema build() {
        return new Schema(tables, objects, comment, renames);
    }

    /**
     * One table's columns, keys, constraints, indexes, options and former names. A refining call
     * ({@code notNull()}, {@code where(...)}) changes the column, index or foreign key added last.
     * Not thread-safe.
     */
    public static final class TableBuilder {
        private final QualifiedName name;
        private final List<Column> columns = new ArrayList<>();
        private PrimaryKey primaryKey;
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private String comment;
        private TableOptions options = TableOptions.NONE;
        private Inheritance inheritance = Inheritance.NONE;
        private final List<QualifiedName> formerNames = new ArrayList<>();
        private final List<ColumnHint> columnHints = new ArrayList<>();

        private record ColumnHint(String column, List<String> formerNames) {
        }

        private TableBuilder(QualifiedName name) {
            this.name = name;
        }

        /**
         * Adds a nullable column; the next calls refine it.
         *
         * @param column the column's name
         * @param type its type ({@link Types})
         * @return this builder
         */
        public TableBuilder column(String column, ColumnType type) {
            return column(Column.of(column, type, true));
        }

        /**
         * Adds a column as it is; the next calls refine it.
         *
         * @param column the column
         * @return this builder
         */
        public TableBuilder column(Column column) {
            columns.add(column);
            return this;
        }

        /**
         * Makes the last column NOT NULL.
         *
         * @return this builder
         * @throws IllegalStateException when no column was added yet
         */
        public TableBuilder notNull() {
            return change(c -> c.withNullable(false));
        }

        /**
         * A default as SQL: a literal ({@code 'x'}, {@code 0}, {@code TRUE}) or an expression
         * ({@code CURRENT_TIMESTAMP}).
         *
         * @param sql the default's SQL, as the database prints it back
         * @return this builder
         * @throws IllegalStateException when no column was added yet
         */
        public TableBuilder defaultValue(String sql) {
            DefaultValue.Kind kind = sql.matches("'.*'|-?[0-9.]+|TRUE|FALSE|true|false") ? DefaultValue.Kind.LITERAL
                    : sql.matches("[A-Za-z_]+(\\(\\))?") ? DefaultValue.Kind.FUNCTION : DefaultValue.Kind.EXPRESSION;
            return change(c -> c.withDefault(new DefaultValue(sql, kind)));
        }

        /**
         * Values generated by the database ({@code GENERATED BY DEFAULT AS IDENTITY} / auto-increment).
         *
         * @return this builder
         * @throws IllegalStateException when no column was added yet
         */
        public TableBuilder identity() {
            return identity(Identity.Kind.BY_DEFAULT);
        }

        /**
         * Values generated by the database by the given mechanism: {@code ALWAYS}, {@code SERIAL}
         * (PostgreSQL), {@code AUTOINCREMENT} (SQLite's keyword), {@code AUTO_INCREMENT}.
         *
         * @param kind how the values are generated
         * @return this builder
         * @throws IllegalStateException when no column was added yet
         */
        public TableBuilder identity(Identity.Kind kind) {
            return change(c -> c.withIdentity(new Identity(kind)));
        }

        /**
         * A generated (computed) column: {@code GENERATED ALWAYS AS (expression)}, stored or virtual.
         *
         * @param expression the expression, in the target database's SQL
         * @param stored true for a stored column, false for a virtual one
         * @return this builder
         * @throws IllegalStateException when no column was added yet
         */
        public TableBuilder generatedAs(String expression, boolean stored) {
            return change(c -> c.withGenerated(new GeneratedColumn(expression, stored)));
        }

        /**
         * MySQL/MariaDB {@code ON UPDATE} of the last column ({@code CURRENT_TIMESTAMP}).
         *
         * @param sql the expression
         * @return this builder
         * @throws IllegalStateException when no column was added yet
         */
        public TableBuilder onUpdate(String sql) {
            return change(c -> c.withOnUpdate(sql));
        }

        /**
         * A comment on the last column.
         *
         * @param text the comment, or null for none
         * @return this builder
         * @throws IllegalStateException when no column was added yet
         */
        public TableBuilder columnComment(String text) {
            return change(c -> c.withComment(text));
        }

        /**
         * MySQL/MariaDB: the character set of the last column, with its default collation. State it
         * only where it differs from the table's default: the database reports no other.
         *
         * @param charset the character set's name ({@code latin1})
         * @return this builder
         * @throws IllegalStateException when no column was added yet
         */
        public TableBuilder charset(String charset) {
            return change(c -> c.withCharset(Charset.of(charset)));
        }

        /**
         * MySQL/MariaDB: the collation of the last column (its character set follows from the name).
         *
         * @param collation the collation's name ({@code utf8mb4_bin})
         * @return this builder
         * @throws IllegalStateException when no column was added yet
         */
        public TableBuilder collation(String collation) {
            return change(c -> c.withCharset(Charset.ofCollation(collation)));
        }

        /**
         * PostgreSQL: the collation of the last column where it is not its type's, as {@code schema.name}
         * where it is not in the current schema: the built-in ones are {@code pg_catalog}'s
         * ({@code pg_catalog.C}, {@code pg_catalog.und-x-icu}).
         *
         * @param collation the collation, {@code schema.name} or a name of the current schema
         * @return this builder
         * @throws IllegalStateException when no column was added yet
         */
        public TableBuilder postgresCollation(String collation) {
            int dot = collation.indexOf('.');
            QualifiedName name = dot < 0 ? QualifiedName.of(collation)
                    : new QualifiedName(collation.substring(0, dot), collation.substring(dot + 1));
            return change(c -> c.withCollation(name));
        }

        /**
         * MariaDB: a check written in the last column's definition, where MariaDB keeps it (and names it
         * after the column).
         *
         * @param expression the check's expression
         * @return this builder
         * @throws IllegalStateException when no column was added yet
         */
        public TableBuilder columnCheck(String expression) {
            String column = last(columns, "column").name();
            checks.add(new CheckConstraint(column, expression, true));
            return this;
        }

        /**
         * The last column's former names, newest last: autogenerate renames the column while the database
         * has one of them and not this name.
         *
         * @param oldNames the former names, newest last
         * @return this builder
         * @throws IllegalStateException when no column was added yet
         */
        public TableBuilder columnRenamedFrom(String... oldNames) {
            columnHints.add(new ColumnHint(last(columns, "column").name(), List.of(oldNames)));
            return this;
        }

        /**
         * The table's former names: autogenerate renames the table while the database has one of them and not
         * this name.
         *
         * @param oldNames the former names in the table's schema, newest last
         * @return this builder
         */
        public TableBuilder renamedFrom(String... oldNames) {
            Arrays.stream(oldNames).map(old -> new QualifiedName(name.schema(), old)).forEach(formerNames::add);
            return this;
        }

        /**
         * An unnamed primary key (MySQL names every one {@code PRIMARY}).
         *
         * @param columnNames the key's columns, in order
         * @return this builder
         */
        public TableBuilder primaryKey(String... columnNames) {
            return primaryKey(new PrimaryKey(null, List.of(columnNames)));
        }

        /**
         * A primary key as it is (a named one: {@code new PrimaryKey("pk_order", List.of("id"))}).
         *
         * @param key the key
         * @return this builder
         */
        public TableBuilder primaryKey(PrimaryKey key) {
            primaryKey = key;
            return this;
        }

        /**
         * A unique constraint over columns.
         *
         * @param constraint the constraint's name, or null for one the database names
         * @param columnNames its columns, in order
         * @return this builder
         */
        public TableBuilder unique(String constraint, String... columnNames) {
            return unique(new UniqueConstraint(constraint, List.of(columnNames)));
        }

        /**
         * A unique constraint as it is (deferrable, or PostgreSQL 15's {@code NULLS NOT DISTINCT}).
         *
         * @param constraint the constraint
         * @return this builder
         */
        public TableBuilder unique(UniqueConstraint constraint) {
            uniques.add(constraint);
            return this;
        }

        /**
         * An index over plain ascending columns.
         *
         * @param index the index's name
         * @param columnNames its columns, in order
         * @return this builder
         */
        public TableBuilder index(String index, String... columnNames) {
            return index(index, Arrays.stream(columnNames).map(Index.Key::column).toArray(Index.Key[]::new));
        }

        /**
         * An index over key parts: columns, descending columns, expressions ({@link Keys}).
         *
         * @param index the index's name
         * @param keys its key parts, in order
         * @return this builder
         */
        public TableBuilder index(String index, Index.Key... keys) {
            return index(new Index(index, List.of(keys), false, null, null));
        }

        /**
         * A unique index over key parts.
         *
         * @param index the index's name
         * @param keys its key parts, in order
         * @return this builder
         */
        public TableBuilder uniqueIndex(String index, Index.Key... keys) {
            return index(new Index(index, List.of(keys), true, null, null));
        }

        /**
         * A unique index over plain ascending columns. MySQL/MariaDB keep one as a unique constraint, and
         * their reader reports it so: say {@link #unique(String, String...)} there.
         *
         * @param index the index's name
         * @param columnNames its columns, in order
         * @return this builder
         */
        public TableBuilder uniqueIndex(String index, String... columnNames) {
            return uniqueIndex(index, Arrays.stream(columnNames).map(Index.Key::column).toArray(Index.Key[]::new));
        }

        /**
         * An index as it is.
         *
         * @param index the index
         * @return this builder
         */
        public TableBuilder index(Index index) {
            indexes.add(index);
            return this;
        }

        /**
         * Makes the last index partial: it covers the rows where {@code predicate} holds (PostgreSQL,
         * SQLite).
         *
         * @param predicate the condition, as the database prints it back
         * @return this builder
         * @throws IllegalStateException when no index was added yet
         */
        public TableBuilder where(String predicate) {
            return changeIndex(last -> new Index(last.name(), last.keys(), last.unique(), predicate, last.method(),
                    last.comment()));
        }

        /**
         * The access method of the last index where it is not the default ({@code gin}, {@code hash}, MySQL
         * {@code FULLTEXT}).
         *
         * @param method the access method
         * @return this builder
         * @throws IllegalStateException when no index was added yet
         */
        public TableBuilder using(String method) {
            return changeIndex(last -> new Index(last.name(), last.keys(), last.unique(), last.predicate(), method,
                    last.comment()));
        }

        /**
         * A comment on the last index (MySQL/MariaDB {@code COMMENT '…'}).
         *
         * @param text the comment
         * @return this builder
         * @throws IllegalStateException when no index was added yet
         */
        public TableBuilder indexComment(String text) {
            return changeIndex(last -> new Index(last.name(), last.keys(), last.unique(), last.predicate(),
                    last.method(), text));
        }

        /**
         * A foreign key that takes no action on update.
         *
         * @param constraint the key's name
         * @param columnNames the referencing columns, in order
         * @param referencedTable the referenced table, in the current schema
         * @param referencedColumns the referenced columns, in the same order
         * @param onDelete what a delete of the referenced row does
         * @return this builder
         */
        public TableBuilder foreignKey(String constraint, List<String> columnNames, String referencedTable,
                                       List<String> referencedColumns, ForeignKey.ReferentialAction onDelete) {
            return foreignKey(constraint, columnNames, referencedTable, referencedColumns, onDelete,
                    ForeignKey.ReferentialAction.NO_ACTION);
        }

        /**
         * A foreign key with its delete and update actions.
         *
         * @param constraint the key's name
         * @param columnNames the referencing columns, in order
         * @param referencedTable the referenced table, in the current schema
         * @param referencedColumns the referenced columns, in the same order
         * @param onDelete what a delete of the referenced row does
         * @param onUpdate what an update of the referenced key does
         * @return this builder
         */
        public TableBuilder foreignKey(String constraint, List<String> columnNames, String referencedTable,
                                       List<String> referencedColumns, ForeignKey.ReferentialAction onDelete,
                                       ForeignKey.ReferentialAction onUpdate) {
            return foreignKey(new ForeignKey(constraint, columnNames, QualifiedName.of(referencedTable), referencedColumns,
                    onDelete, onUpdate, ForeignKey.Deferrability.NOT_DEFERRABLE));
        }

        /**
         * A foreign key as it is (another schema's table, deferrable).
         *
         * @param key the key
         * @return this builder
         */
        public TableBuilder foreignKey(ForeignKey key) {
            foreignKeys.add(key);
            return this;
        }

        /**
         * Makes the last foreign key deferrable (PostgreSQL, SQLite).
         *
         * @param deferrability when the key is checked
         * @return this builder
         * @throws IllegalStateException when no foreign key was added yet
         */
        public TableBuilder deferrable(ForeignKey.Deferrability deferrability) {
            ForeignKey last = last(foreignKeys, "foreign key");
            foreignKeys.set(foreignKeys.size() - 1, new ForeignKey(last.name(), last.columns(), last.referencedTable(),
                    last.referencedColumns(), last.onDelete(), last.onUpdate(), deferrability));
            return this;
        }

        /**
         * A named check constraint.
         *
         * @param constraint the constraint's name
         * @param expression its expression, as the database prints it back
         * @return this builder
         */
        public TableBuilder check(String constraint, String expression) {
            checks.add(new CheckConstraint(constraint, expression));
            return this;
        }

        /**
         * The comment on the table.
         *
         * @param text the comment, or null for none
         * @return this builder
         */
        public TableBuilder comment(String text) {
            comment = text;
            return this;
        }

        /**
         * MySQL/MariaDB: the table's default character set ({@code utf8mb4}) or collation
         * ({@code utf8mb4_bin}); state it only where it differs from the database's default.
         *
         * @param charsetOrCollation a character set's name, or a collation's (a name with an underscore)
         * @return this builder
         */
        public TableBuilder defaultCharset(String charsetOrCollation) {
            Charset charset = charsetOrCollation.contains("_") ? Charset.ofCollation(charsetOrCollation)
                    : Charset.of(charsetOrCollation);
            options = options.withCharset(charset);
            return this;
        }

        /**
         * MySQL/MariaDB: a table option such as {@code ENGINE} or {@code ROW_FORMAT}.
         *
         * @param option the option's name
         * @param value its value, or null to leave it out
         * @return this builder
         */
        public TableBuilder option(String option, String value) {
            options = options.with(option, value);
            return this;
        }

        /**
         * PostgreSQL: the table {@code INHERITS} these parents.
         *
         * @param parents the parent tables, in order
         * @return this builder
         */
        public TableBuilder inherits(String... parents) {
            inheritance = new Inheritance(Arrays.stream(parents).map(QualifiedName::of).toList(), null,
                    inheritance.partitionKey());
            return this;
        }

        /**
         * PostgreSQL: the table is a partition of {@code parent} ({@code FOR VALUES FROM (…) TO (…)},
         * {@code DEFAULT}).
         *
         * @param parent the partitioned table
         * @param bound the partition's bound as PostgreSQL prints it
         * @return this builder
         */
        public TableBuilder partitionOf(String parent, String bound) {
            inheritance = Inheritance.partitionOf(QualifiedName.of(parent), bound).partitionedBy(inheritance.partitionKey());
            return this;
        }

        /**
         * PostgreSQL: the table is partitioned by {@code key} ({@code RANGE (created_at)}), as PostgreSQL
         * prints it.
         *
         * @param key the partition key
         * @return this builder
         */
        public TableBuilder partitionBy(String key) {
            inheritance = inheritance.partitionedBy(key);
            return this;
        }

        private TableBuilder change(UnaryOperator<Column> change) {
            columns.set(columns.size() - 1, change.apply(last(columns, "column")));
            return this;
        }

        private TableBuilder changeIndex(UnaryOperator<Index> change) {
            indexes.set(indexes.size() - 1, change.apply(last(indexes, "index")));
            return this;
        }

        private <T> T last(List<T> items, String what) {
            if (items.isEmpty()) {
                throw new IllegalStateException("add a " + what + " to table " + name + " before refining it");
            }
            return items.get(items.size() - 1);
        }

        Table build() {
            return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, options,
                    inheritance);
        }

        RenameHints addHints(RenameHints hints) {
            RenameHints more = formerNames.isEmpty() ? hints : hints.withTable(name, formerNames);
            for (ColumnHint hint : columnHints) {
                more = more.withColumn(name, hint.column(), hint.formerNames());
            }
            return more;
        }
    }
}
