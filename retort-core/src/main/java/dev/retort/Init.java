package dev.retort;

import dev.retort.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Creates a new project: {@code retort.toml} with every setting explained, and {@code migrations/}. Stateless. */
public final class Init {

    /**
     * Every setting of {@link ConfigLoader#KEYS}, explained: active with its default where it has one,
     * commented out where it has none. {@code InitTest} keeps this list and the keys the same.
     */
    static final String TEMPLATE = """
            # Retort project settings. Precedence: command-line flags > RETORT_* environment variables > this file.
            # Every key also reads from RETORT_<KEY> (e.g. RETORT_URL, RETORT_LOCK_TIMEOUT); lists there are
            # separated by commas. Booleans are true or false.

            # --- The database ---
            # JDBC URL. The default is an SQLite file next to this one (relative SQLite paths resolve here).
            url = "jdbc:sqlite:retort.db"
            # Credentials (none by default). The password is never printed; better: RETORT_PASSWORD.
            # user = "app"
            # password = "secret"
            # The PostgreSQL/H2 schema or MySQL database to work in (default: the connection's).
            # schema = "public"
            # PostgreSQL: every schema the project covers, the default one first (default: just schema).
            # schemas = ["public", "audit"]

            # --- Revision scripts ---
            # Directories (relative to this file) or classpath: paths; new revisions go to the first directory.
            locations = ["migrations"]
            # Name of new script files, from {created} (UTC, to the second), {rev} and {slug}; must contain {rev}.
            file_template = "{created}_{rev}_{slug}"

            # --- Retort's own tables and locking ---
            # Table of applied revisions, and the append-only log of every step.
            version_table = "retort_version"
            audit_table = "retort_audit"
            # How long a writing command waits for another to finish: seconds, or "500ms", "30s", "2m" (at most a day).
            lock_timeout = "60s"
            # Connections opened from url: how long to wait to connect; how long a silent server may keep Retort
            # waiting on its own queries (the server also ends Retort's sessions idle twice as long, freeing a lost
            # client's lock); and on a revision's statement, which may rightly run long without a word. 0: no limit.
            connect_timeout = "10s"
            socket_timeout = "60s"
            statement_socket_timeout = "1h"
            # false refuses `retort clean` (set it on production databases).
            clean_enabled = true

            # --- The model, for autogenerate, diff, check and development start-up (none by default) ---
            # SQL files of the desired schema, relative to this file.
            # model = ["model/schema.sql"]
            # Where a SQL model is loaded (default: a scratch database on the target's server).
            # dev_url = "jdbc:postgresql://localhost:5432/scratch"
            # Or a Java dev.retort.model.SchemaModel, and the directories or jars to load it from.
            # model_class = "com.example.AppSchema"
            # model_classpath = ["target/classes"]
            # Or JPA/Hibernate entity classes (needs Hibernate, and retort-hibernate, which the command line
            # carries): the packages to scan, or a persistence unit of META-INF/persistence.xml, with
            # model_classpath (above) holding the classes and Hibernate's jars, e.g.
            # ["target/classes", "target/dependency/*"] ("dir/*": every jar in dir).
            # model_entities = ["com.example.domain"]
            # persistence_unit = "app"
            # The naming strategies the application uses (these two are Spring Boot's defaults).
            # physical_naming_strategy = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"
            # implicit_naming_strategy = "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy"
            # Any other Hibernate setting the application's mapping depends on.
            # model_properties = { "hibernate.type.preferred_uuid_jdbc_type" = "CHAR" }
            # Where a SQL model's schema and the entity model's Hibernate script are cached ("" for no
            # cache), so an unchanged model is not loaded again; safe to delete.
            # model_cache = ".retort/cache"
            # Glob patterns of the tables autogenerate and drift checks cover (default: all) or leave alone.
            # include_tables = ["app_*"]
            # exclude_tables = ["tmp_*"]
            # What `check` and production start-up compare the database with: "snapshot" (the schema snapshot
            # autogenerate wrote beside the revision the database is at; no model loaded, no scratch database),
            # "model" (load the model), or "auto": the snapshot when there is one, else the model.
            # drift_source = "auto"
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
