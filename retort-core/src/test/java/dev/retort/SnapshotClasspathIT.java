package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.script.SnapshotFiles;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scripts shipped on the classpath, as a Spring Boot application ships {@code classpath:db/retort}: in a jar
 * and in a class directory, the snapshot beside each script is found through the same class loader, and
 * production start-up checks drift from it with no model configured at all (SQLite).
 */
class SnapshotClasspathIT {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void scriptsOnTheClasspathFindTheirSnapshots(boolean inJar) throws Exception {
        Path development = directory.resolve("development");
        Files.createDirectories(development.resolve("migrations"));
        Files.writeString(development.resolve("retort.toml"), "model = [\"model.sql\"]\n");
        Files.writeString(development.resolve("model.sql"), SnapshotContract.MODEL);
        Retort generating = Retort.builder().projectDirectory(development).readEnvironment(false)
                .url("jdbc:sqlite:" + development.resolve("dev.db")).build();
        ScriptInfo script = generating.autogenerate("orders", AutogenerateOptions.defaults()).script();
        Path snapshot = SnapshotFiles.pathOf(java.nio.file.Path.of(script.location()));

        URL root = inJar ? jar(List.of(java.nio.file.Path.of(script.location()), snapshot)) : classDirectory(List.of(java.nio.file.Path.of(script.location()), snapshot));
        Path database = directory.resolve("production.db");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root}, getClass().getClassLoader())) {
            Retort production = Retort.builder().url("jdbc:sqlite:" + database).locations("classpath:db/retort")
                    .classLoader(loader).build();
            StartupReport first = production.initAndUpgrade(StartupOptions.production());
            assertEquals(1, first.applied().size());
            assertTrue(first.drift().isEmpty(), () -> String.valueOf(first.drift().upgrade()));
            assertTrue(first.driftNote().contains("classpath:db/retort/" + snapshot.getFileName()), first.driftNote());

            execute(database, "ALTER TABLE orders ADD COLUMN note VARCHAR(20)");
            StartupReport drifted = production.initAndUpgrade(StartupOptions.production());
            assertTrue(SnapshotContract.names(drifted.drift(), "orders.note"), () -> String.valueOf(drifted.drift()));
            assertFalse(production.check().ok());
        }
    }

    private URL jar(List<Path> files) throws IOException {
        Path jar = directory.resolve("application.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // directory entries, as a packaged jar has them: the class loader lists db/retort through them
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/retort/"));
            for (Path file : files) {
                out.putNextEntry(new JarEntry("db/retort/" + file.getFileName()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar.toUri().toURL();
    }

    private URL classDirectory(List<Path> files) throws IOException {
        Path classes = directory.resolve("classes");
        Files.createDirectories(classes.resolve("db/retort"));
        for (Path file : files) {
            Files.copy(file, classes.resolve("db/retort").resolve(file.getFileName()));
        }
        return classes.toUri().toURL();
    }

    private static void execute(Path database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
