package dev.retort.op;

import dev.retort.schema.SchemaObject;
import java.util.Locale;
import java.util.Objects;

/**
 * Creates a view, trigger, routine or sequence by running the SQL that defines it; reversed, drops it.
 * Immutable.
 *
 * @param object the object, with its definition
 */
public record CreateObject(SchemaObject object) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param object the object, with its definition
     */
    public CreateObject {
        Objects.requireNonNull(object, "object");
        if (object.definition() == null) {
            throw new IllegalArgumentException("cannot create " + describe(object) + " without its SQL: its definition is unknown");
        }
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitCreateObject(this);
    }

    @Override
    public MigrationOp reverse() {
        return new DropObject(object);
    }

    @Override
    public String describe() {
        return "create " + describe(object);
    }

    /** "view v", "trigger t on table x". */
    static String describe(SchemaObject object) {
        return object.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + object.name()
                + (object.table() == null ? "" : " on " + object.table());
    }
}
