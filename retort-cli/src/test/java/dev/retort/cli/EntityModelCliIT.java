package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity classes as the model from the staged distribution ({@code target/retort/bin/retort}, which carries
 * {@code lib/model/retort-hibernate.jar}): a project whose {@code retort.toml} names entity packages and a
 * {@code model_classpath} of the entities and Hibernate's jars autogenerates, upgrades, and then finds nothing
 * to generate; without Hibernate, or without the SQLite dialect, it says what to add (exit 2).
 */
class EntityModelCliIT {

    @TempDir
    Path directory;

    static Path retort;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void distribution() {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "bin/retort is a bash script");
        retort = Path.of("target/retort/bin/retort").toAbsolutePath();
        assertTrue(Files.isExecutable(retort), "no staged distribution; run mvn package");
        assertTrue(Files.isRegularFile(Path.of("target/retort/lib/model/retort-hibernate.jar")),
                "the distribution carries retort-hibernate in lib/model");
    }

    /** Jars and directories of this test's class path: the entities (retort-hibernate's test jar), Hibernate. */
    private static List<String> classpath(String... leaveOut) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> Arrays.stream(leaveOut).noneMatch(entry::contains)).toList();
    }

    private Path project(String url, String extra, List<String> classpath) throws Exception {
        Path project = Files.createDirectories(directory.resolve("project"));
        String entries = classpath.stream().map(entry -> "  '" + entry + "'").collect(Collectors.joining(",\n"));
        Files.writeString(project.resolve("retort.toml"), "url = \"" + url + "\"\n"
                + "model_entities = [\"dev.retort.hibernate.model.relations\", \"dev.retort.hibernate.model.enums\"]\n"
                + "model_classpath = [\n" + entries + "\n]\n" + extra, StandardCharsets.UTF_8);
        Files.createDirectories(project.resolve("migrations"));
        return project;
    }

    @Test
    void autogeneratesFromEntitiesOnSqlite() throws Exception {
        Path project = project("jdbc:sqlite:app.db", "", classpath());
        autogenerateUpgradeAndNothingMore(project);
    }

    @Test
    void autogeneratesFromEntitiesOnPostgres() throws Exception {
        String base = System.getenv("RETORT_TEST_POSTGRES_URL");
        if (base == null) {
            assumeFalse(System.getenv("CI") == null, "RETORT_TEST_POSTGRES_URL is not set");
            throw new AssertionError("RETORT_TEST_POSTGRES_URL is not set under CI");
        }
        String user = System.getenv().getOrDefault("RETORT_TEST_POSTGRES_USER", "postgres");
        String schema = "rt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(base, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            try {
                Path project = project(base, "user = \"" + user + "\"\nschema = \"" + schema + "\"\n", classpath());
                autogenerateUpgradeAndNothingMore(project);
            } finally {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private void autogenerateUpgradeAndNothingMore(Path project) throws Exception {
        Run first = run(project, "revision", "--autogenerate", "-m", "entities");
        assertEquals(0, first.code(), first.err());
        assertEquals(1, scripts(project).size(), first.out());
        String script = Files.readString(scripts(project).get(0));
        assertTrue(script.contains("article_label") || script.contains("Article_label"), script);
        Run upgrade = run(project, "upgrade");
        assertEquals(0, upgrade.code(), upgrade.err());
        Run again = run(project, "revision", "--autogenerate", "-m", "again");
        assertEquals(0, again.code(), again.err());
        assertEquals(1, scripts(project).size(), "nothing changed, no new script: " + again.out());
        try (Stream<Path> cached = Files.list(project.resolve(".retort/cache"))) {
            List<String> names = cached.map(file -> file.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), "Hibernate's script and the schema it made: " + names);
            assertTrue(names.get(0).matches("hibernate-[0-9a-f]{64}\\.sql") && names.get(1).matches("schema-[0-9a-f]{64}\\.bin"),
                    names.toString());
        }
        Run diff = run(project, "diff");
        assertEquals(0, diff.code(), diff.err());
    }

    @Test
    void withoutHibernateItSaysWhatToAdd() throws Exception {
        Path project = project("jdbc:sqlite:app.db", "", classpath("hibernate-core", "hibernate-community"));
        Run run = run(project, "revision", "--autogenerate", "-m", "entities");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("Hibernate ORM is not on the model class path"), run.err());
        assertTrue(scripts(project).isEmpty());
    }

    @Test
    void withoutTheSqliteDialectItSaysWhatToAdd() throws Exception {
        Path project = project("jdbc:sqlite:app.db", "", classpath("hibernate-community"));
        Run run = run(project, "revision", "--autogenerate", "-m", "entities");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("hibernate-community-dialects"), run.err());
    }

    @Test
    void packagesWithoutEntitiesOrMissingAreNamed() throws Exception {
        Path project = project("jdbc:sqlite:app.db", "", classpath());
        String settings = Files.readString(project.resolve("retort.toml"));
        Files.writeString(project.resolve("retort.toml"), settings.replaceFirst("model_entities = .*",
                "model_entities = [\"dev.retort.cli\"]"));
        Run empty = run(project, "diff");
        assertEquals(2, empty.code(), empty.err());
        assertTrue(empty.err().contains("no entity classes") && empty.err().contains("dev.retort.cli"), empty.err());
        Files.writeString(project.resolve("retort.toml"), settings.replaceFirst("model_entities = .*",
                "model_entities = [\"com.example.missing\"]"));
        Run missing = run(project, "diff");
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().contains("com.example.missing is not on the model class path"), missing.err());
    }

    private static List<Path> scripts(Path project) throws Exception {
        try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
            return files.filter(file -> file.toString().endsWith(".sql")).toList();
        }
    }

    private Run run(Path project, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(retort.toString(), "-C", project.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path out = Files.createTempFile(directory, "out", ".txt");
        Path err = Files.createTempFile(directory, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "finished within three minutes: " + command);
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
