package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.spi.SplitterOptions;
import dev.retort.spi.SqlStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files and locations {@link ScriptLoader} reads, and that messages count lines of the file. */
class ScriptLoaderTest {

    private static final SplitterOptions SQLITE = new SqliteDialect().splitterOptions();

    @TempDir
    Path project;

    private static final String SCRIPT = "-- retort:revision r1\n-- retort:message one\n\n-- retort:upgrade\n"
            + "CREATE TABLE a (id INTEGER);\n";

    private ScriptLoader loader() {
        return new ScriptLoader(project, getClass().getClassLoader());
    }

    private Path migrations() throws IOException {
        return Files.createDirectories(project.resolve("migrations"));
    }

    @Test
    void editorAndHiddenFilesAreSkipped() throws IOException {
        Path migrations = migrations();
        Files.writeString(migrations.resolve("001_r1.sql"), SCRIPT);
        // Emacs's lock: a dangling symbolic link; reading it used to break every command.
        Files.createSymbolicLink(migrations.resolve(".#001_r1.sql"), Path.of("someone@host.1234:1700000000"));
        Files.writeString(migrations.resolve(".hidden.sql"), "not a script");
        Files.writeString(migrations.resolve("#001_r1.sql#"), "autosave");
        Files.writeString(migrations.resolve("001_r1.sql~"), "backup");
        Path hiddenDirectory = Files.createDirectories(migrations.resolve(".old"));
        Files.writeString(hiddenDirectory.resolve("002_r2.sql"), SCRIPT.replace("r1", "r2"));
        Scripts scripts = loader().load(List.of("migrations"), true);
        assertEquals(List.of("r1"), scripts.graph().revisions().stream().map(r -> r.id()).toList());
    }

    @Test
    void aConfiguredLocationThatIsMissingOrAFileIsAnError() throws IOException {
        RetortException missing = assertThrows(RetortException.class, () -> loader().load(List.of("db/missing"), true));
        assertEquals(RetortException.Kind.CONFIGURATION, missing.kind());
        assertTrue(missing.getMessage().contains("location db/missing") && missing.getMessage().contains("does not exist"),
                missing.getMessage());
        Files.writeString(project.resolve("migrations"), "a file");
        RetortException file = assertThrows(RetortException.class, () -> loader().load(List.of("migrations"), false));
        assertTrue(file.getMessage().contains("is a file, not a directory"), file.getMessage());
        RetortException classpath = assertThrows(RetortException.class,
                () -> loader().load(List.of("classpath:db/nothing-here"), true));
        assertTrue(classpath.getMessage().contains("not on the classpath"), classpath.getMessage());
    }

    @Test
    void anEmptyOrNotYetCreatedDefaultLocationHasNoRevisions() throws IOException {
        assertEquals(0, loader().load(List.of("migrations"), false).size());
        migrations();
        assertEquals(0, loader().load(List.of("migrations"), true).size());
    }

    @Test
    void splittingErrorsAndStatementsCountLinesOfTheFile() throws IOException {
        Path file = migrations().resolve("001_r1.sql");
        Files.writeString(file, "-- retort:revision r1\n-- retort:message one\n\n-- retort:upgrade\n"
                + "CREATE TABLE a (id INTEGER);\n\nINSERT INTO a VALUES ('never closed);\n"
                + "\n-- retort:downgrade\nDROP TABLE a;\n");
        RevisionScript script = loader().load(List.of("migrations"), true).get("r1");
        RetortException error = assertThrows(RetortException.class,
                () -> script.upgradeStatements(SQLITE));
        assertTrue(error.getMessage().contains("starting on line 7"), error.getMessage());
        List<SqlStatement> down = script.downgradeStatements(SQLITE);
        assertEquals(List.of(new SqlStatement("DROP TABLE a", 10)), down);
    }
}
