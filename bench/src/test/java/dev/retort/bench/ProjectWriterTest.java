package dev.retort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.Retort;
import dev.retort.revision.Revision;
import dev.retort.script.Scripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectWriterTest {

    private final History history = History.generate(100, 42, false);

    @Test
    void retortReadsTheScriptsAsOneLinearHistoryOfTheSameStatements(@TempDir Path directory) {
        ProjectWriter.retort(history, directory);
        Retort retort = Retort.builder().projectDirectory(directory).readEnvironment(false)
                .url("jdbc:sqlite:" + directory.resolve("unused.db")).build();
        Scripts scripts = new dev.retort.script.ScriptLoader(retort.config().projectDirectory(), getClass().getClassLoader())
                .load(retort.config().locations(), retort.config().locationsConfigured());
        assertEquals(100, scripts.size());
        assertEquals(1, scripts.graph().heads().size());
        assertEquals(1, scripts.graph().bases().size());
        List<Revision> plan = scripts.graph().upgradePlan(Set.of(), "head");
        assertEquals(100, plan.size());
        for (int i = 0; i < plan.size(); i++) {
            History.Change change = history.changes().get(i);
            List<String> statements = scripts.get(plan.get(i).id()).upgradeStatements(dev.retort.spi.Dialects.forUrl(retort.config().url()).splitterOptions())
                    .stream().map(s -> s.sql().strip()).toList();
            assertEquals(change.upgrade(), statements, "revision " + (i + 1));
            assertEquals(change.slug(), plan.get(i).message());
        }
    }

    @Test
    void retortFileNamesFollowTheDefaultTemplate(@TempDir Path directory) throws IOException {
        ProjectWriter.retort(history, directory);
        Pattern name = Pattern.compile("\\d{12}_[0-9a-f]{12}_[a-z0-9_]+\\.sql");
        try (Stream<Path> files = Files.list(directory.resolve("migrations"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(100, names.size());
            names.forEach(n -> assertTrue(name.matcher(n).matches(), n));
        }
    }

    @Test
    void flywayGetsOneVersionedFilePerRevision(@TempDir Path directory) throws IOException {
        ProjectWriter.flyway(history, directory);
        for (History.Change change : history.changes()) {
            Path file = directory.resolve("V" + change.number() + "__" + ProjectWriter.slug(change.slug()) + ".sql");
            assertEquals(change.upgrade().get(0) + ";\n", Files.readString(file));
        }
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(100, files.count());
        }
    }

    @Test
    void liquibaseGetsOneChangesetPerRevisionWithItsRollback(@TempDir Path directory) throws IOException {
        ProjectWriter.liquibase(history, directory);
        String text = Files.readString(directory.resolve(ProjectWriter.CHANGELOG));
        assertTrue(text.startsWith("--liquibase formatted sql\n"));
        assertEquals(100, text.lines().filter(l -> l.startsWith("--changeset bench:")).count());
        assertEquals(100, text.lines().filter(l -> l.startsWith("--rollback ")).count());
        History.Change last = history.changes().get(99);
        assertTrue(text.endsWith("--changeset bench:100\n--comment: " + last.slug() + "\n" + last.upgrade().get(0)
                + ";\n--rollback " + last.downgrade().get(0) + ";\n"), text.substring(text.length() - 300));
    }

    @Test
    void rewritingReplacesEverythingThatWasThere(@TempDir Path directory) throws IOException {
        ProjectWriter.flyway(history, directory);
        ProjectWriter.flyway(History.generate(10, 42, false), directory);
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(10, files.count());
        }
    }

    @Test
    void revisionIdsAreTwelveHexDigitsAndDistinct() {
        List<String> ids = ProjectWriter.revisionIds(1000);
        assertEquals(1000, Set.copyOf(ids).size());
        ids.forEach(id -> assertTrue(id.matches("[0-9a-f]{12}"), id));
        assertEquals(ids.subList(0, 10), ProjectWriter.revisionIds(10));
    }
}
