package dev.retort.internal;

import java.util.Set;

/** The names of Retort's own tables unless configured otherwise; never part of a model or a diff. Stateless. */
public final class OwnTables {

    /** Version table, audit log and H2's lock table, with their default names. */
    public static final Set<String> DEFAULTS = Set.of("retort_version", "retort_audit", "retort_version_lock");

    private OwnTables() {
    }
}
