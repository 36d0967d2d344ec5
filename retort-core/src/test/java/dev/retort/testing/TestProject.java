package dev.retort.testing;

import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.spi.JdbcSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * A throw-away project directory with hand-written revision scripts, pointed at a {@link TestDatabase}.
 */
public final class TestProject {

    private final Path directory;
    private final TestDatabase database;
    private int sequence;

    public TestProject(Path directory, TestDatabase database) {
        this.directory = directory;
        this.database = database;
    }

    public Path directory() {
        return directory;
    }

    public Path migrations() {
        return directory.resolve("migrations");
    }

    /** A Retort for this project; each call builds a new one, as a separate application instance would. */
    public Retort retort() {
        return retort(Duration.ofSeconds(60));
    }

    public Retort retort(Duration lockTimeout) {
        RetortBuilder builder = Retort.builder().projectDirectory(directory).readEnvironment(false)
                .url(database.url()).set("lock_timeout", lockTimeout.toMillis() + "ms");
        if (database.user() != null) {
            builder.user(database.user());
        }
        if (database.password() != null) {
            builder.password(database.password());
        }
        return builder.build();
    }

    /** Writes a script; parents separated by spaces ("" for a base). Returns its path. */
    public Path script(String id, String parents, String upgrade, String downgrade) {
        return write(id, "-- retort:revision " + id + "\n-- retort:parents " + parents + "\n-- retort:message step " + id
                + "\n-- retort:created 2026-01-01T00:00:" + String.format("%02d", sequence % 60) + "Z\n\n-- retort:upgrade\n"
                + upgrade + "\n" + (downgrade == null ? "" : "\n-- retort:downgrade\n" + downgrade + "\n"));
    }

    /** Writes raw script text under a file name derived from the id. */
    public Path write(String id, String text) {
        try {
            Files.createDirectories(migrations());
            Path file = migrations().resolve(String.format("%04d_%s.sql", ++sequence, id));
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A script creating a table, and dropping it on downgrade. */
    public Path tableScript(String id, String parents, String table) {
        return script(id, parents, "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, name VARCHAR(50));",
                "DROP TABLE " + table + ";");
    }

    /** A linear history r01..rNN, each creating table tNN. */
    public void linear(int count) {
        for (int i = 1; i <= count; i++) {
            tableScript(String.format("r%02d", i), i == 1 ? "" : String.format("r%02d", i - 1), String.format("t%02d", i));
        }
    }

    public boolean tableExists(String table) {
        try (Connection connection = database.connect()) {
            return database.dialect().tableExists(new JdbcSession(connection), table);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of a query's first column, as strings. */
    public List<String> column(String sql) {
        try (Connection connection = database.connect()) {
            return new JdbcSession(connection).query(sql, row -> row.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
