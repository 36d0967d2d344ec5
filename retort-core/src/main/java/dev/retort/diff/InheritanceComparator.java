package dev.retort.diff;

import dev.retort.Skipped;
import dev.retort.schema.Inheritance;
import dev.retort.schema.Table;
import java.util.Objects;

/**
 * A table's place among its PostgreSQL relatives: its parents, partition bound and partition key.
 * A change to any of them on a table that exists on both sides is reported as skipped, with the
 * statement to write by hand, and generates nothing: dropping and creating the table would lose its
 * rows, and attaching a partition scans it under a lock the user should choose to take. A table only
 * one side has is created or dropped with its place (a new partition is created as one). Immutable and
 * thread-safe.
 */
final class InheritanceComparator implements PartComparator {

    @Override
    public void compare(Table from, Table to, Changes changes) {
        Inheritance before = from.inheritance();
        Inheritance after = to.inheritance();
        if (!Objects.equals(before.partitionKey(), after.partitionKey())) {
            changes.skip(new Skipped(to.name(), "partition key", "is " + describe(before.partitionKey()) + " in the database"
                    + " and " + describe(after.partitionKey()) + " in the model; PostgreSQL cannot change how a table is"
                    + " partitioned: create a new table, move the rows and rename it, by hand (execute SQL in the revision)"));
        }
        if (before.partition() || after.partition()) {
            if (!before.parents().equals(after.parents()) || !Objects.equals(before.bound(), after.bound())) {
                changes.skip(new Skipped(to.name(), "partition", "is " + partition(before) + " in the database and "
                        + partition(after) + " in the model; Retort does not attach or detach partitions: write ALTER TABLE"
                        + " <parent> DETACH PARTITION / ATTACH PARTITION … FOR VALUES … by hand (execute SQL in the revision)"));
            }
        } else if (!before.parents().equals(after.parents())) {
            changes.skip(new Skipped(to.name(), "parents", "inherits from " + before.parents() + " in the database and from "
                    + after.parents() + " in the model; Retort does not change inheritance: write ALTER TABLE … INHERIT"
                    + " <parent> / NO INHERIT <parent> by hand (execute SQL in the revision)"));
        }
    }

    private static String describe(String partitionKey) {
        return partitionKey == null ? "not partitioned" : "PARTITION BY " + partitionKey;
    }

    private static String partition(Inheritance inheritance) {
        return inheritance.partition() ? "a partition of " + inheritance.parents().get(0) + " " + inheritance.bound()
                : "no partition";
    }
}
