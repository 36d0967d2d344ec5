package dev.retort;

import java.util.Objects;

/**
 * One revision an import is about to write: its id, message, sections and transaction setting, and the file it came
 * from. Immutable.
 *
 * @param id            the revision id (e.g. {@code V1.1} for Flyway's {@code V1_1__initial.sql})
 * @param message       the revision's message
 * @param upgradeSql    the upgrade section
 * @param downgradeSql  the downgrade section, or null when the source has none (the revision then cannot be downgraded)
 * @param transactional false when the source runs the script outside a transaction
 * @param source        the file (or files) it was read from, for messages
 */
record ImportedRevision(String id, String message, String upgradeSql, String downgradeSql, boolean transactional,
                        String source) {
    ImportedRevision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(upgradeSql, "upgradeSql");
    }
}
