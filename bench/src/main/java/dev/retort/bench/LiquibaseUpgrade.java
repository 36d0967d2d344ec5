package dev.retort.bench;

import java.nio.file.Path;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import javax.sql.DataSource;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Brings a database to head with Liquibase's {@code update} command through its Java API (the
 * {@code CommandScope} the 4.x documentation recommends), with a new connection and resource accessor
 * per call. Stateless.
 */
final class LiquibaseUpgrade {

    private LiquibaseUpgrade() {
    }

    /** Runs {@code update}; Liquibase reports no count through this API, so this returns -1. */
    static int run(Path directory, BenchDatabase.Target target) {
        return run(directory, target, null);
    }

    /**
     * As {@link #run(Path, BenchDatabase.Target)}; with a pool, the {@code Database} wraps a connection
     * borrowed from it (closing the {@code Database} gives it back), as an application holding a
     * {@code DataSource} calls Liquibase.
     */
    // "try": Liquibase's DirectoryResourceAccessor declares close() throws Exception, which javac flags as a
    // possible InterruptedException; it is their API, and the accessor must be closed
    @SuppressWarnings("try")
    static int run(Path directory, BenchDatabase.Target target, DataSource pool) {
        try (DirectoryResourceAccessor accessor = new DirectoryResourceAccessor(directory.toAbsolutePath());
             Database database = pool == null
                     ? DatabaseFactory.getInstance().openDatabase(target.url(), target.user(), target.password(), null,
                             accessor)
                     : DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                             new JdbcConnection(pool.getConnection()))) {
            // The changelog is looked up through the scope's resource accessor, so the call runs in a child scope.
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), accessor), () ->
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, ProjectWriter.CHANGELOG)
                            .execute());
            return -1;
        } catch (Exception e) {
            throw new IllegalStateException("Liquibase update of " + target.url() + " failed: " + e.getMessage(), e);
        }
    }
}
