package dev.retort;

import dev.retort.script.RevisionScript;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A revision script as the facade reports it: identity, edges, where it lives and the SQL of its two
 * sections. Immutable.
 *
 * @param id           revision id
 * @param parents      parent ids (empty for a first revision)
 * @param labels       branch labels
 * @param dependsOn    ids of revisions it depends on besides its parents
 * @param message      message
 * @param created      when the revision was written, or null when unknown
 * @param location     where it was read from or written to: a file path or {@code classpath:…}
 * @param checksum     SHA-256 of the normalised upgrade section
 * @param upgradeSql   the upgrade section's text
 * @param downgradeSql the downgrade section's text, or null when the revision cannot be downgraded
 */
public record ScriptInfo(String id, List<String> parents, List<String> labels, List<String> dependsOn, String message,
                         Instant created, String location, String checksum, String upgradeSql, String downgradeSql) {

    /**
     * Checks the id and copies the lists.
     *
     * @param id           revision id
     * @param parents      parent ids (empty for a first revision)
     * @param labels       branch labels
     * @param dependsOn    ids of revisions it depends on besides its parents
     * @param message      message
     * @param created      when the revision was written, or null when unknown
     * @param location     where it was read from or written to: a file path or {@code classpath:…}
     * @param checksum     SHA-256 of the normalised upgrade section
     * @param upgradeSql   the upgrade section's text
     * @param downgradeSql the downgrade section's text, or null when the revision cannot be downgraded
     */
    public ScriptInfo {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        labels = List.copyOf(labels);
        dependsOn = List.copyOf(dependsOn);
    }

    static ScriptInfo of(RevisionScript script) {
        return script == null ? null : new ScriptInfo(script.id(), script.revision().parents(),
                List.copyOf(script.revision().branchLabels()), script.revision().dependsOn(), script.revision().message(),
                script.revision().created(), script.location(), script.checksum(), script.upgradeSql(), script.downgradeSql());
    }

    /**
     * True when the script says how to undo itself.
     *
     * @return whether there is a downgrade section
     */
    public boolean reversible() {
        return downgradeSql != null;
    }
}
