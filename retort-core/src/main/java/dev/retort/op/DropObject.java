package dev.retort.op;

import dev.retort.schema.SchemaObject;
import java.util.Objects;

/**
 * Drops a view, trigger, routine or sequence; holds its definition so the drop can be reversed.
 * Immutable.
 *
 * @param object the object, with its definition
 */
public record DropObject(SchemaObject object) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param object the object, with its definition
     */
    public DropObject {
        Objects.requireNonNull(object, "object");
        if (object.definition() == null) {
            throw new IllegalArgumentException("cannot drop " + CreateObject.describe(object)
                    + " reversibly without its SQL: its definition is unknown");
        }
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropObject(this);
    }

    @Override
    public MigrationOp reverse() {
        return new CreateObject(object);
    }

    @Override
    public String describe() {
        return "drop " + CreateObject.describe(object);
    }

    @Override
    public String destructiveReason() {
        // a sequence holds its next value and a materialized view its rows; the others hold no data
        return switch (object.kind()) {
            case SEQUENCE -> "drops sequence " + object.name() + " and its current value";
            case MATERIALIZED_VIEW -> "drops materialized view " + object.name() + " and its rows (they can be refreshed)";
            default -> null;
        };
    }
}
