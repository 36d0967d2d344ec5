package dev.retort.command;

import dev.retort.RetortException;
import dev.retort.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Creates a new project: {@code retort.toml} with every setting explained, and {@code migrations/}. Stateless. */
public final class Init {

    private static final String TEMPLATE = """
            # Retort project settings. Precedence: command-line flags > RETORT_* environment variables > this file.
            # Every key also reads from RETORT_<KEY> (e.g. RETORT_URL, RETORT_LOCK_TIMEOUT).

            # JDBC URL of the database. The default is an SQLite file next to this one.
            url = "jdbc:sqlite:retort.db"
            # user = "app"
            # password = ""              # better: RETORT_PASSWORD in the environment

            # Where revision scripts live: directories (relative to this file) or classpath: paths.
            # New revisions are written to the first directory.
            locations = ["migrations"]

            # schema = "public"          # PostgreSQL/H2 schema to work in (default: the connection's)
            # version_table = "retort_version"
            # audit_table = "retort_audit"
            # lock_timeout = "60s"       # how long a writing command waits for another to finish
            # file_template = "{created}_{rev}_{slug}"
            # clean_enabled = true       # set false on production databases
            """;

    private Init() {
    }

    /**
     * Creates what is missing in the directory (existing files are kept).
     *
     * @param directory the project directory, created when missing
     * @return the paths created
     */
    public static List<Path> run(Path directory) {
        List<Path> created = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            Path toml = directory.resolve(ConfigLoader.FILE_NAME);
            if (!Files.exists(toml)) {
                Files.writeString(toml, TEMPLATE);
                created.add(toml);
            }
            Path migrations = directory.resolve("migrations");
            if (!Files.isDirectory(migrations)) {
                Files.createDirectories(migrations);
                created.add(migrations);
            }
            return created;
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION,
                    "cannot create the project in " + directory + ": " + e.getMessage() + "; check permissions", e);
        }
    }
}
