package dev.retort.runtime;

import dev.retort.DatabaseState;
import dev.retort.StepResult;
import dev.retort.script.Scripts;
import dev.retort.spi.JdbcSession;
import java.util.List;

/**
 * The migration connection while {@link Migrator#locked} holds the lock: read the state, upgrade,
 * downgrade, or use the session directly (reflection), all without letting go in between.
 * Not thread-safe; valid only inside the {@code locked} call.
 */
public final class LockedSession {

    private final Migrator migrator;
    private final JdbcSession session;

    LockedSession(Migrator migrator, JdbcSession session) {
        this.migrator = migrator;
        this.session = session;
    }

    /** The locked connection. */
    public JdbcSession session() {
        return session;
    }

    /** The version table now. */
    public DatabaseState state() {
        return migrator.readState(session);
    }

    /** Applies what the target needs. */
    public List<StepResult> upgrade(Scripts scripts, String target) {
        return migrator.upgrade(session, scripts, target);
    }

    /**
     * Removes a revision's row (a failed attempt) and logs why, for a caller that has undone the
     * revision's effects itself.
     */
    public void forget(String revision, String reason) {
        migrator.forget(session, revision, reason);
    }

    /** Undoes revisions down to the target. */
    public List<StepResult> downgrade(Scripts scripts, String target) {
        return migrator.downgrade(session, scripts, target);
    }
}
