package dev.retort;

import java.util.List;
import java.util.Objects;

/**
 * What {@code retort revision} should create. Immutable.
 *
 * @param message     what the revision does
 * @param head        the revision to build on: {@code head} (default), {@code base}, an id or {@code label@head}
 * @param branchLabel a label for the new revision, or null
 * @param dependsOn   revisions it depends on without descending from them
 * @param revisionId  the id to use, or null for 12 random hex digits
 * @param splice      allow building on a revision that is not a head (starts a branch)
 * @param upgradeSql  the upgrade section (empty for a hand-written revision)
 * @param downgradeSql the downgrade section
 */
public record NewRevision(String message, String head, String branchLabel, List<String> dependsOn, String revisionId,
                          boolean splice, String upgradeSql, String downgradeSql) {
    /**
     * Checks the message, copies the list, and makes absent sections empty.
     *
     * @param message      what the revision does
     * @param head         the revision to build on, or null for the single head
     * @param branchLabel  a label for the new revision, or null
     * @param dependsOn    revisions it depends on without descending from them
     * @param revisionId   the id to use, or null for 12 random hex digits
     * @param splice       allow building on a revision that is not a head
     * @param upgradeSql   the upgrade section, or null for none
     * @param downgradeSql the downgrade section, or null for none
     */
    public NewRevision {
        Objects.requireNonNull(message, "message");
        dependsOn = List.copyOf(dependsOn);
        upgradeSql = upgradeSql == null ? "" : upgradeSql;
        downgradeSql = downgradeSql == null ? "" : downgradeSql;
    }

    /**
     * An empty revision on the single head.
     *
     * @param message what the revision does
     * @return the request
     */
    public static NewRevision of(String message) {
        return new NewRevision(message, null, null, List.of(), null, false, "", "");
    }
}
