package dev.retort.diff;

import dev.retort.op.AddPrimaryKey;
import dev.retort.op.DropPrimaryKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;

/**
 * The primary key, compared by its columns only. Its name does not count: a table has one primary
 * key, databases name it by rule ({@code t_pkey}, MySQL's {@code PRIMARY}), and recreating it for a
 * new name would break every foreign key that references it. Immutable and thread-safe.
 */
final class PrimaryKeyComparator implements PartComparator {

    @Override
    public void compare(Table from, Table to, Changes changes) {
        PrimaryKey before = from.primaryKey();
        PrimaryKey after = to.primaryKey();
        if (before != null && after != null && before.columns().equals(after.columns())) {
            return;
        }
        if (before != null) {
            changes.add(Changes.Phase.DROP_PRIMARY_KEY, new DropPrimaryKey(to.name(), before));
        }
        if (after != null) {
            changes.add(Changes.Phase.ADD_PRIMARY_KEY, new AddPrimaryKey(to.name(), after));
        }
    }
}
