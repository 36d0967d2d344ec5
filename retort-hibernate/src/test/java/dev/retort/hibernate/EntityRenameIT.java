package dev.retort.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.AutogenerateOptions;
import dev.retort.Changes;
import dev.retort.Retort;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code @RenamedFrom} on entities ({@link EntityRenames}): a renamed entity table, a renamed column and a
 * renamed column of an embeddable become renames that keep the rows, read again from the cached script,
 * spent once run, and renamed back by the downgrade; on each database.
 */
class EntityRenameIT {

    private static final String BEFORE = "dev.retort.hibernate.model.rename.before";
    private static final String AFTER = "dev.retort.hibernate.model.rename.after";

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void renamedEntitiesRenameTablesAndColumns(TestDatabase.Kind kind, @TempDir Path directory) throws Exception {
        Path migrations = Files.createDirectories(directory.resolve("migrations"));
        Path cache = directory.resolve("cache");
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort before = retort(database, migrations, HibernateModel.packages(BEFORE).withCache(cache));
            before.autogenerate("members", AutogenerateOptions.defaults());
            before.upgrade("head");
            String member = kind == TestDatabase.Kind.H2 ? "MEMBER" : "member";
            database.execute("INSERT INTO " + member + " (id, email, nickname) VALUES (1, 'a@example.org', 'al')");

            Retort after = retort(database, migrations, HibernateModel.packages(AFTER).withCache(cache));
            assertFalse(after.diff(AutogenerateOptions.defaults()).isEmpty(), "the first read fills the cache");
            Changes renamed = after.autogenerate("accounts", AutogenerateOptions.defaults()).changes();
            assertEquals(List.of("RenameTable", "RenameColumn", "RenameColumn"),
                    renamed.upgrade().stream().map(Changes.Step::kind).toList(), renamed.upgradeSql());
            assertFalse(renamed.upgradeSql().toUpperCase(Locale.ROOT).contains("DROP"), renamed.upgradeSql());
            after.upgrade("head");
            assertEquals(List.of("a@example.org"), database.column("SELECT email_address FROM account"));
            assertEquals(List.of("al"), database.column("SELECT display_name FROM account"));
            assertTrue(after.diff(AutogenerateOptions.defaults()).isEmpty(), "the spent hints say nothing");
            assertNull(after.autogenerate("again", AutogenerateOptions.defaults()).script());

            after.downgrade("-1");
            assertEquals(List.of("a@example.org"), database.column("SELECT email FROM member"));
            after.downgrade("base");
        }
    }

    private static Retort retort(TestDatabase database, Path migrations, HibernateModel model) {
        var builder = Retort.builder().url(database.url()).locations(migrations.toString()).model(model);
        if (database.user() != null) {
            builder.user(database.user());
        }
        if (database.password() != null) {
            builder.password(database.password());
        }
        return builder.build();
    }
}
