package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

/**
 * Production start-up as a login that may not create databases, with the SQL model configured: it applies the
 * shipped revision and checks drift from the snapshot, which needs no scratch database; the same start-up told
 * to load the model fails for want of that right, which shows the login really lacks it.
 */
final class RestrictedStartup {

    private RestrictedStartup() {
    }

    static Retort retort(Path project, RestrictedDatabase production, String driftSource) {
        return Retort.builder().projectDirectory(project).readEnvironment(false).url(production.url())
                .user(production.user()).password(production.password()).set("drift_source", driftSource).build();
    }

    static void check(Path project, RestrictedDatabase production) {
        StartupReport first = retort(project, production, "auto").initAndUpgrade(StartupOptions.production());
        assertEquals(1, first.applied().size(), "the shipped revision is applied");
        assertTrue(first.drift().isEmpty(), () -> String.valueOf(first.drift().upgrade()));
        assertTrue(first.driftNote().contains("schema snapshot"), first.driftNote());

        RetortException viaModel = assertThrows(RetortException.class,
                () -> retort(project, production, "model").initAndUpgrade(StartupOptions.production()),
                "loading the model needs a scratch database, which this login cannot create");
        assertFalse(viaModel.getMessage().isBlank());

        production.execute("ALTER TABLE orders ADD COLUMN note VARCHAR(20)");
        StartupReport drifted = retort(project, production, "auto").initAndUpgrade(StartupOptions.production());
        assertTrue(SnapshotContract.names(drifted.drift(), "orders.note"), () -> String.valueOf(drifted.drift().upgrade()));
        Retort.Check check = retort(project, production, "snapshot").check();
        assertFalse(check.ok());
        assertTrue(SnapshotContract.names(check.drift(), "orders.note"));
    }
}
