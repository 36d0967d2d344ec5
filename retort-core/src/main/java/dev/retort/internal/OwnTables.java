package dev.retort.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of Retort's own tables, never part of a model or a diff: the version table and the audit
 * log, named by configuration (these defaults otherwise), and whatever tables the dialect's lock
 * keeps ({@code Dialect.lockTables}), which only the dialect knows. Stateless.
 */
public final class OwnTables {

    /** The version table's name unless configured otherwise. */
    public static final String VERSION_TABLE = "retort_version";

    /** The audit log's name unless configured otherwise. */
    public static final String AUDIT_TABLE = "retort_audit";

    /** The version table and audit log with their default names; a dialect's lock tables are not among them. */
    public static final Set<String> DEFAULTS = Set.of(VERSION_TABLE, AUDIT_TABLE);

    private OwnTables() {
    }

    /** The configured version table and audit log, and the lock tables the dialect names for them. */
    public static Set<String> of(String versionTable, String auditTable, Collection<String> lockTables) {
        Set<String> own = new LinkedHashSet<>(List.of(versionTable, auditTable));
        own.addAll(lockTables);
        return Set.copyOf(own);
    }
}
