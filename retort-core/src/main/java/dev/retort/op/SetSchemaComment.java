package dev.retort.op;

/**
 * Changes the comment on the schema Retort manages (PostgreSQL's {@code COMMENT ON SCHEMA}); null
 * means none. Immutable.
 *
 * @param before the comment it replaces
 * @param after  the new comment
 */
public record SetSchemaComment(String before, String after) implements MigrationOp {

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitSetSchemaComment(this);
    }

    @Override
    public MigrationOp reverse() {
        return new SetSchemaComment(after, before);
    }

    @Override
    public String describe() {
        return "set comment of the schema";
    }
}
