package dev.retort.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run behind {@code bin/retort}'s start-up archive. {@code bin/retort-prepare} runs it at
 * build and install time (with {@code -XX:ArchiveClassesAtExit}, or {@code -XX:AOTCacheOutput} on Java
 * 24+), so that every start maps the classes it needs instead of loading and verifying them from the jar.
 *
 * <p>It loads every class named in {@code cds-classes.txt} (the classes that no-op {@code upgrade},
 * {@code status} and {@code check} runs load on PostgreSQL, MariaDB, H2 and SQLite; regenerate it with
 * {@code retort-cli/cds-classes.sh}), so that the archive serves every database whichever one the
 * user's first command happens to use; then it runs a short lifecycle through the command line on a
 * SQLite and an H2 database in a temporary directory, which also archives the lambdas and method
 * handles those paths create. Touches nothing of the user's; prints nothing.
 */
public final class CdsTraining {

    private static final String CLASS_LIST = "cds-classes.txt";

    private static final String FIRST = """
            -- retort:revision 0a0000000001
            -- retort:message create account
            -- retort:created 2026-01-01T00:00:00Z

            -- retort:upgrade
            CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, created_at TIMESTAMP);
            CREATE INDEX ix_account_name ON account (name);

            -- retort:downgrade
            DROP TABLE account;
            """;

    private static final String SECOND = """
            -- retort:revision 0a0000000002
            -- retort:parents 0a0000000001
            -- retort:message add email
            -- retort:created 2026-01-01T00:01:00Z

            -- retort:upgrade
            ALTER TABLE account ADD COLUMN email VARCHAR(255);

            -- retort:downgrade
            ALTER TABLE account DROP COLUMN email;
            """;

    private CdsTraining() {
    }

    /**
     * The training run: loads the classes of {@code cds-classes.txt}, then runs a short lifecycle on scratch SQLite
     * and H2 databases.
     *
     * @param args not used
     * @throws IOException when the scratch directory cannot be written
     */
    public static void main(String[] args) throws IOException {
        preload();
        Path directory = Files.createTempDirectory("retort-cds-");
        try {
            Path migrations = Files.createDirectories(directory.resolve("migrations"));
            Files.writeString(migrations.resolve("0001_create_account.sql"), FIRST);
            Files.writeString(migrations.resolve("0002_add_email.sql"), SECOND);
            train(directory, "jdbc:sqlite:" + directory.resolve("training.db"));
            train(directory, "jdbc:h2:file:" + directory.resolve("training-h2"));
        } finally {
            delete(directory);
        }
    }

    /** Loads (without initialising) each listed class; a name this JVM or jar lacks is passed over. */
    private static void preload() throws IOException {
        ClassLoader loader = CdsTraining.class.getClassLoader();
        try (InputStream in = CdsTraining.class.getResourceAsStream(CLASS_LIST)) {
            if (in == null) {
                return;
            }
            BufferedReader names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                if (!name.isBlank() && !name.startsWith("#")) {
                    try {
                        Class.forName(name.strip(), false, loader);
                    } catch (ClassNotFoundException | LinkageError ignored) {
                        // renamed since the list was made, or of another JDK: nothing to archive
                    }
                }
            }
        }
    }

    private static void train(Path directory, String url) {
        String[] common = {"-q", "-C", directory.toString(), "--url", url};
        for (String[] command : new String[][] {{"upgrade"}, {"upgrade"}, {"status"}, {"check"}, {"current"},
                {"history"}, {"heads"}, {"upgrade", "--sql", "base:head"}, {"downgrade", "base"}, {"upgrade"}}) {
            String[] args = Stream.concat(Stream.of(common), Stream.of(command)).toArray(String[]::new);
            RetortCli.execute(silent(), silent(), args);
        }
    }

    private static PrintWriter silent() {
        return new PrintWriter(Writer.nullWriter());
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
