package dev.retort.diff;

import dev.retort.Skipped;
import dev.retort.op.MigrationOp;
import dev.retort.schema.QualifiedName;
import dev.retort.spi.Comparison;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The operations and skips a comparison collects, sorted into phases. The phase order makes the
 * whole list runnable and keeps it runnable when reversed: the second half mirrors the first
 * (drop foreign keys … add foreign keys), so the downgrade passes through the same phases.
 * Mutable and not thread-safe: one comparison owns it.
 */
final class Changes {

    /** The phases, in the order their operations run. */
    enum Phase {
        /** Rename hints, first, so everything after sees the model's names. */
        RENAME,
        /** Triggers, views and routines, which depend on tables, go before the tables change. */
        DROP_DEPENDENT_OBJECT,
        /** Foreign keys go before anything they depend on: tables, keys, indexes, columns. */
        DROP_FOREIGN_KEY,
        /** Children before parents. */
        DROP_TABLE,
        /** Indexes, then uniques and checks, then primary keys: before the columns they use. */
        DROP_INDEX,
        DROP_CONSTRAINT,
        DROP_PRIMARY_KEY,
        DROP_COLUMN,
        /**
         * Sequences and user-defined types, once no column draws from or is of them; and new ones,
         * before the columns that will be.
         */
        DROP_INDEPENDENT_OBJECT,
        CREATE_INDEPENDENT_OBJECT,
        /** A table's options, when its default character set moves to the database's (see TableOptionsComparator). */
        TABLE_OPTIONS,
        ALTER_COLUMN,
        /** A table's options, when its default character set moves away from the database's. */
        TABLE_OPTIONS_LATE,
        ADD_COLUMN,
        /** Primary keys, uniques and checks, indexes: before new tables whose foreign keys need them. */
        ADD_PRIMARY_KEY,
        ADD_CONSTRAINT,
        CREATE_INDEX,
        /** Parents before children; foreign keys of a cycle are left for the next phase. */
        CREATE_TABLE,
        /** After every table, column, key and index they need; indexes first, so MySQL reuses them. */
        ADD_FOREIGN_KEY,
        COMMENT,
        /** Routines, views (each after those it reads), then triggers: once the tables are there. */
        CREATE_DEPENDENT_OBJECT
    }

    private final Map<Phase, List<MigrationOp>> ops = new EnumMap<>(Phase.class);
    private final List<Skipped> skipped = new ArrayList<>();

    Changes() {
        for (Phase phase : Phase.values()) {
            ops.put(phase, new ArrayList<>());
        }
    }

    void add(Phase phase, MigrationOp op) {
        ops.get(phase).add(op);
    }

    void skip(QualifiedName table, String object, Comparison.Skip skip) {
        skipped.add(new Skipped(table, object, skip.reason()));
    }

    void skip(Skipped entry) {
        skipped.add(entry);
    }

    /** The operations of one phase so far, live. */
    List<MigrationOp> phase(Phase phase) {
        return ops.get(phase);
    }

    /** Every operation, phase by phase. */
    List<MigrationOp> ops() {
        List<MigrationOp> all = new ArrayList<>();
        ops.values().forEach(all::addAll);
        return all;
    }

    List<Skipped> skipped() {
        return skipped;
    }
}
