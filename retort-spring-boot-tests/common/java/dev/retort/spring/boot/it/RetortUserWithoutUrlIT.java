package dev.retort.spring.boot.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code retort.user} and {@code retort.password} without {@code retort.url} (as {@code spring.flyway.user}):
 * Retort migrates the application's database, at the DataSource's URL, as that other login, so the tables it makes
 * are that login's while the application keeps its own user. PostgreSQL, where every table has an owner.
 */
class RetortUserWithoutUrlIT {

    @Test
    void otherUserMigratesTheApplicationDatabase() throws SQLException {
        try (PostgresRoles roles = new PostgresRoles();
             TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRES)) {
            // CREATEDB: these revisions have no schema snapshot, so production checks drift against the entity model,
            // which it loads into a scratch database as the migration login
            String migrator = roles.login("rt_migrator_", "CREATEDB");
            database.execute("GRANT USAGE, CREATE ON SCHEMA " + database.name() + " TO " + migrator);
            try (ConfigurableApplicationContext context = Apps.start(database, List.of(), "spring.jpa.hibernate.ddl-auto=none",
                    "retort.user=" + migrator, "retort.password=" + PostgresRoles.password(migrator))) {
                assertEquals(List.of(StartupContract.FIRST, StartupContract.HEAD), Databases.appliedRevisions(database));
                List<String> owners = database.column("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = '"
                        + database.name() + "' AND tablename IN ('pet', 'retort_version')");
                assertEquals(List.of(migrator), owners, "Retort's tables are made by retort.user");
                try (Connection connection = context.getBean(DataSource.class).getConnection()) {
                    assertEquals(database.user(), connection.getMetaData().getUserName(), "the application keeps its user");
                }
            }
        }
    }
}
