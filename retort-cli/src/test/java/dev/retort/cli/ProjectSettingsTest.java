package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings that used to fail silently or with the wrong words: the model, and URL forms Retort does not take. */
class ProjectSettingsTest {

    @TempDir
    Path project;

    CliRun run(String... args) {
        return CliRun.in(project, args);
    }

    @Test
    void modelAndModelClassTogetherAreRefused() throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("schema.sql"), "CREATE TABLE things (id INTEGER);\n");
        Files.writeString(project.resolve("retort.toml"), "model = [\"schema.sql\"]\nmodel_class = \"app.Model\"\n");
        for (String command : new String[] {"diff", "check"}) {
            CliRun run = run(command);
            assertEquals(2, run.code(), command + ": " + run.out() + run.err());
            assertTrue(run.err().contains("both model (schema.sql) and model_class (app.Model) are set"), run.err());
        }
    }

    @Test
    void aModelFileThatDoesNotExistIsRefusedByName() throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("retort.toml"), "model = [\"schema.sql\"]\n");
        for (String[] command : new String[][] {{"diff"}, {"check"}, {"revision", "--autogenerate", "-m", "x"}}) {
            CliRun run = run(command);
            assertEquals(2, run.code(), String.join(" ", command) + ": " + run.out() + run.err());
            assertTrue(run.err().contains("the model file schema.sql (setting model) does not exist: "
                    + project.resolve("schema.sql")), run.err());
            assertTrue(!run.out().contains("no changes"), run.out());
        }
        assertTrue(!Files.exists(project.resolve("retort.db")), "nothing was created");
    }

    @Test
    void urlFormsRetortDoesNotTakeAreExplained() throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        CliRun testcontainers = run("--url", "jdbc:tc:postgresql:15:///test", "status");
        assertEquals(2, testcontainers.code());
        assertTrue(testcontainers.err().contains("is a Testcontainers URL"), testcontainers.err());
        CliRun plain = run("--url", "mysql://localhost/app", "status");
        assertEquals(2, plain.code());
        assertTrue(plain.err().contains("write it as jdbc:mysql://host:port/database"), plain.err());
    }
}
