package dev.retort.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Where a PostgreSQL table stands among its relatives: the tables it inherits from ({@code INHERITS})
 * or the one partitioned table it is a partition of, its partition bound, and the key by which it
 * partitions its own rows. {@link #NONE} (a table on its own) is what every table of the other
 * databases has. Immutable and thread-safe.
 *
 * <p>A child's inherited columns are still listed by its {@link Table}: the table has them. What it
 * inherits besides is not: a reader leaves out the check constraints a child only inherits, and the
 * keys, foreign keys and indexes a partition has because its partitioned table has them (PostgreSQL
 * creates those itself when the partition is attached), so that each is modelled once, on the parent.
 *
 * @param parents      the parents in declaration order; for a partition exactly one, its partitioned table
 * @param bound        a partition's bound as PostgreSQL prints it ({@code FOR VALUES FROM (…) TO (…)},
 *                     {@code DEFAULT}), or {@code null} when the table is no partition
 * @param partitionKey how a partitioned table divides its rows ({@code RANGE (payment_date)}), or {@code null}
 */
public record Inheritance(List<QualifiedName> parents, String bound, String partitionKey) {

    /** A table with no parent that is not partitioned. */
    public static final Inheritance NONE = new Inheritance(List.of(), null, null);

    /**
     * Checks and copies the parents.
     *
     * @param parents the parents in declaration order; for a partition exactly one, its partitioned table
     * @param bound a partition's bound as PostgreSQL prints it ({@code FOR VALUES FROM (…) TO (…)},
     *     {@code DEFAULT}), or {@code null} when the table is no partition
     * @param partitionKey how a partitioned table divides its rows ({@code RANGE (payment_date)}), or
     *     {@code null}
     * @throws IllegalArgumentException when a parent is repeated, or a partition bound has not exactly one
     *     parent
     */
    public Inheritance {
        parents = List.copyOf(parents);
        if (new HashSet<>(parents).size() != parents.size()) {
            throw new IllegalArgumentException("a table inherits from each parent once: " + parents);
        }
        if (bound != null && parents.size() != 1) {
            throw new IllegalArgumentException("a partition has exactly one parent, its partitioned table, not " + parents);
        }
        requireText(bound, "partition bound");
        requireText(partitionKey, "partition key");
    }

    /**
     * {@return the table {@code INHERITS} these parents}
     *
     * @param parents the parents in declaration order; for a partition exactly one, its partitioned table
     */
    public static Inheritance inherits(List<QualifiedName> parents) {
        return new Inheritance(parents, null, null);
    }

    /**
     * {@return the table is a partition of {@code parent} with this bound}
     *
     * @param bound a partition's bound as PostgreSQL prints it ({@code FOR VALUES FROM (…) TO (…)},
     *     {@code DEFAULT}), or {@code null} when the table is no partition
     * @param parent the partitioned table
     */
    public static Inheritance partitionOf(QualifiedName parent, String bound) {
        return new Inheritance(List.of(Objects.requireNonNull(parent, "parent")), Objects.requireNonNull(bound, "bound"), null);
    }

    /**
     * {@return this with the table partitioned by {@code key}, or not partitioned for {@code null}}
     *
     * @param key the partition key as PostgreSQL prints it ({@code RANGE (created_at)}), or null
     */
    public Inheritance partitionedBy(String key) {
        return new Inheritance(parents, bound, key);
    }

    /** {@return true when the table is a partition of a partitioned table} */
    public boolean partition() {
        return bound != null;
    }

    /** {@return true when the table is partitioned} */
    public boolean partitioned() {
        return partitionKey != null;
    }

    private static void requireText(String text, String what) {
        if (text != null && text.isBlank()) {
            throw new IllegalArgumentException("a blank " + what + "; use null for none");
        }
    }
}
