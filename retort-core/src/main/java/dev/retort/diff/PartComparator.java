package dev.retort.diff;

import dev.retort.schema.Table;

/**
 * Compares one kind of part (columns, keys, indexes, …) of a table that exists on both sides and
 * records the operations and skips it finds. Implementations are immutable and thread-safe.
 */
interface PartComparator {

    /**
     * @param from    the table in the database, rename hints already applied
     * @param to      the table in the model
     * @param changes where the operations and skips go
     */
    void compare(Table from, Table to, Changes changes);
}
