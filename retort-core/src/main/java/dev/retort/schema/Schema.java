package dev.retort.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The immutable model of a database schema: its tables in full, and the other objects (views,
 * triggers, routines, sequences) by name only, so nothing is mistaken for a table.
 *
 * <p>Both lists are sorted on construction (tables by name; objects by kind, then name), so two
 * schemas holding the same objects are {@code equals} whatever order they were read in.
 * Immutable and thread-safe.
 *
 * @param tables  the tables, unique by name
 * @param objects views, triggers, rules, routines and sequences
 * @param comment the comment on the schema itself (PostgreSQL's {@code COMMENT ON SCHEMA}, read for the
 *                current schema), or {@code null} where none is known: the other readers and the Java
 *                model do not give one
 * @param renames the model's rename hints ({@link RenameHints}); {@link RenameHints#NONE} (also for {@code null})
 *                for a schema read from a database, which never has any
 */
public record Schema(List<Table> tables, List<SchemaObject> objects, String comment, RenameHints renames) {

    /**
     * Sorts the tables and objects; null renames become {@link RenameHints#NONE}.
     *
     * @param tables the tables, unique by name
     * @param objects views, triggers, rules, routines and sequences
     * @param comment the comment on the schema itself (PostgreSQL's {@code COMMENT ON SCHEMA}, read for the
     *     current schema), or {@code null} where none is known: the other readers and the Java model do not
     *     give one
     * @param renames the model's rename hints ({@link RenameHints}); {@link RenameHints#NONE} (also for
     *     {@code null}) for a schema read from a database, which never has any
     * @throws IllegalArgumentException when two tables share a name
     */
    public Schema {
        renames = renames == null ? RenameHints.NONE : renames;
        tables = sorted(tables, Comparator.comparing(Table::name));
        objects = sorted(objects, Comparator.comparing(SchemaObject::kind).thenComparing(SchemaObject::name));
        Set<QualifiedName> seen = new HashSet<>();
        for (Table table : tables) {
            if (!seen.add(table.name())) {
                throw new IllegalArgumentException("table " + table.name() + " appears twice in one schema");
            }
        }
    }

    /**
     * A schema without rename hints.
     *
     * @param tables the tables, unique by name
     * @param objects views, triggers, rules, routines and sequences
     * @param comment the comment on the schema itself (PostgreSQL's {@code COMMENT ON SCHEMA}, read for the
     *     current schema), or {@code null} where none is known: the other readers and the Java model do not
     *     give one
     */
    public Schema(List<Table> tables, List<SchemaObject> objects, String comment) {
        this(tables, objects, comment, RenameHints.NONE);
    }

    /**
     * A schema without a known comment.
     *
     * @param tables the tables, unique by name
     * @param objects views, triggers, rules, routines and sequences
     */
    public Schema(List<Table> tables, List<SchemaObject> objects) {
        this(tables, objects, null);
    }

    /** {@return a schema with nothing in it} */
    public static Schema empty() {
        return new Schema(List.of(), List.of());
    }

    /**
     * {@return this schema with other tables and objects, and the same comment and rename hints}
     *
     * @param newTables the tables
     * @param newObjects the objects other than tables
     */
    public Schema with(List<Table> newTables, List<SchemaObject> newObjects) {
        return new Schema(newTables, newObjects, comment, renames);
    }

    /**
     * {@return this schema with another comment}
     *
     * @param newComment the comment on the schema, or null for none
     */
    public Schema withComment(String newComment) {
        return new Schema(tables, objects, newComment, renames);
    }

    /**
     * {@return this schema with other rename hints}
     *
     * @param newRenames the hints, or null for none
     */
    public Schema withRenames(RenameHints newRenames) {
        return new Schema(tables, objects, comment, newRenames);
    }

    /**
     * {@return the table with this name, if there is one}
     *
     * @param name the table's name
     */
    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    /**
     * {@return the objects of one kind}
     *
     * @param kind the kind of object
     */
    public List<SchemaObject> objects(SchemaObject.Kind kind) {
        return objects.stream().filter(object -> object.kind() == kind).toList();
    }

    static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
        Objects.requireNonNull(items, "list");
        List<T> copy = new ArrayList<>(items);
        copy.forEach(item -> Objects.requireNonNull(item, "list element"));
        copy.sort(order);
        return List.copyOf(copy);
    }
}
