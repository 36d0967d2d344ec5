package dev.retort.bench;

import java.util.HashSet;
import java.util.Set;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.diff.DiffGeneratorFactory;
import liquibase.diff.DiffResult;
import liquibase.diff.compare.CompareControl;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Column;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Index;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.Table;
import liquibase.structure.core.UniqueConstraint;

/**
 * Liquibase's side of scenarios d and e, through its Java API: a snapshot of a database's default
 * schema ({@code SnapshotGeneratorFactory.createSnapshot}) limited to what Retort reflects here —
 * tables, columns, indexes, primary keys, unique constraints, foreign keys — and the diff of two
 * databases. {@code DiffGeneratorFactory.compare(Database, Database, SnapshotControl, SnapshotControl,
 * CompareControl)} is a snapshot of each database followed by {@code compare(snapshot, snapshot,
 * control)}; the bench makes those three calls itself so that it can time each (the snapshots double as
 * scenario d's samples). Stateless.
 */
final class LiquibaseSchema {

    private static final Set<Class<? extends DatabaseObject>> TYPES = Set.of(Table.class, Column.class, Index.class,
            PrimaryKey.class, UniqueConstraint.class, ForeignKey.class);

    /** One timed part of a round. */
    record Part(long nanos, long allocatedBytes, long retainedBytes) {
        static Part of(Allocation.Sample<?> sample) {
            return new Part(sample.nanos(), sample.allocatedBytes(), sample.retainedBytes());
        }
    }

    /**
     * One diff: the reference database's snapshot (connect included), the comparison's, the compare, and
     * closing both; whether Liquibase found them equal and how many tables the reference snapshot holds.
     */
    record Round(Part reference, Part comparison, Part compare, Part close, boolean equal, int tables) {
        /** The whole diff, as {@code compare(Database, Database, …)} would take it. */
        long diffNanos() {
            return reference.nanos() + comparison.nanos() + compare.nanos() + close.nanos();
        }

        long diffAllocated() {
            return reference.allocatedBytes() + comparison.allocatedBytes() + compare.allocatedBytes()
                    + close.allocatedBytes();
        }
    }

    private LiquibaseSchema() {
    }

    /** A snapshot of the target's default schema; connects, and closes the connection afterwards. */
    static int snapshot(BenchDatabase.Target target) {
        try (Database database = open(target)) {
            return snapshot(database).get(Table.class).size();
        } catch (Exception e) {
            throw failure("snapshot", target, e);
        }
    }

    /** Diffs the reference database against the comparison; the reference snapshot's retained heap is measured. */
    static Round diff(BenchDatabase.Target reference, BenchDatabase.Target comparison) {
        Database[] databases = new Database[2];
        try {
            Allocation.Sample<DatabaseSnapshot> left = Allocation.measureRetained(() -> {
                databases[0] = open(reference);
                return snapshot(databases[0]);
            });
            Allocation.Sample<DatabaseSnapshot> right = Allocation.measure(() -> {
                databases[1] = open(comparison);
                return snapshot(databases[1]);
            });
            Allocation.Sample<DiffResult> diff = Allocation.measure(() -> compare(left.result(), right.result()));
            Allocation.Sample<Boolean> close = Allocation.measure(() -> close(databases));
            return new Round(Part.of(left), Part.of(right), Part.of(diff), Part.of(close), equal(diff.result()),
                    left.result().get(Table.class).size());
        } catch (RuntimeException e) {
            close(databases);
            throw failure("diff", reference, e);
        }
    }

    private static Database open(BenchDatabase.Target target) {
        try {
            return DatabaseFactory.getInstance().openDatabase(target.url(), target.user(), target.password(), null, null);
        } catch (Exception e) {
            throw failure("connect", target, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // Liquibase takes the types as a generic varargs array
    private static DatabaseSnapshot snapshot(Database database) {
        try {
            Class<? extends DatabaseObject>[] types = TYPES.toArray(new Class[0]);
            return SnapshotGeneratorFactory.getInstance().createSnapshot(database.getDefaultSchema(), database,
                    new SnapshotControl(database, types));
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static DiffResult compare(DatabaseSnapshot reference, DatabaseSnapshot comparison) {
        try {
            return DiffGeneratorFactory.getInstance().compare(reference, comparison,
                    new CompareControl(new HashSet<>(TYPES))); // a set of its own: Liquibase narrows it in place
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static boolean equal(DiffResult result) {
        try {
            return result.areEqual();
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Boolean close(Database[] databases) {
        for (Database database : databases) {
            if (database != null) {
                try {
                    database.close();
                } catch (Exception e) {
                    // the measurement is over; a failed close changes nothing measured
                }
            }
        }
        return Boolean.TRUE;
    }

    private static IllegalStateException failure(String what, BenchDatabase.Target target, Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.toString() : root.getMessage();
        return new IllegalStateException("Liquibase " + what + " of " + target.url() + " failed: " + message, e);
    }
}
