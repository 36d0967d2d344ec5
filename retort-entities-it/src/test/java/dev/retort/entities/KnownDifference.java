package dev.retort.entities;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A difference between the migrated database's dump and Hibernate's own that is understood, with its
 * reason. A dump line that differs and matches no rule fails the acceptance. Immutable.
 *
 * @param databases where it occurs
 * @param side      {@code '-'}: only the migrated database has the line; {@code '+'}: only Hibernate's
 * @param line      the (masked) dump line
 * @param reason    why, for the report
 */
record KnownDifference(Set<Target.Kind> databases, char side, Pattern line, String reason) {

    /** Every known difference; the report lists the ones that occurred. */
    static final List<KnownDifference> ALL = List.of(
            new KnownDifference(Set.of(Target.Kind.SQLITE), '-', Pattern.compile("CREATE TABLE sqlite_sequence\\(name,seq\\);"),
                    "SQLite's own table of AUTOINCREMENT counters, made when the first such table is created: Retort's"
                    + " audit log (`retort_audit`, left out of the dump) has an AUTOINCREMENT id"),
            new KnownDifference(Set.of(Target.Kind.H2), '+', Pattern.compile(" +\"\\w+\" FLOAT\\(53\\)( NOT NULL)?"),
                    "the same type: H2 makes `FLOAT(53)` a DOUBLE PRECISION column and prints the name it was declared"
                    + " with; Retort reads the type from H2's catalog and declares `DOUBLE PRECISION` (the column with"
                    + " DOUBLE PRECISION on the other side)"),
            new KnownDifference(Set.of(Target.Kind.H2), '-', Pattern.compile(" +\"\\w+\" DOUBLE PRECISION( NOT NULL)?"),
                    "see FLOAT(53) on the other side"),
            new KnownDifference(Set.of(Target.Kind.H2), '+', Pattern.compile("-- \\d+ \\+/- SELECT COUNT\\(\\*\\) FROM PUBLIC\\.SM_SEQUENCER;"),
                    "data, not schema: H2's dump counts each table's rows in a comment, and Hibernate's create also"
                    + " inserts a row per TABLE id generator into shopizer's generator table; Hibernate inserts a"
                    + " missing generator row itself on first use, so a migrated database needs none"),
            new KnownDifference(Set.of(Target.Kind.H2), '-', Pattern.compile("-- 0 \\+/- SELECT COUNT\\(\\*\\) FROM PUBLIC\\.SM_SEQUENCER;"),
                    "see the row count on the other side"),
            new KnownDifference(Set.of(Target.Kind.SQLITE), '+', Pattern.compile("CREATE TABLE \"?HTE?_\\w+\"?\\s*\\(.*\\);"),
                    "Hibernate's helper table for bulk updates and deletes of an entity (HTE_/HT_), which Hibernate's own"
                    + " create makes on SQLite beside the mapped tables; not part of the mapping, and the entity model"
                    + " leaves such tables out by design (retort-hibernate)"));

    boolean matches(Target.Kind kind, String described) {
        return databases.contains(kind) && described.charAt(0) == side && line.matcher(described.substring(2)).matches();
    }

    /** The rule explaining a described line ({@code "- …"} or {@code "+ …"}), or null. */
    static KnownDifference explain(Target.Kind kind, String described) {
        for (KnownDifference rule : ALL) {
            if (rule.matches(kind, described)) {
                return rule;
            }
        }
        return null;
    }
}
