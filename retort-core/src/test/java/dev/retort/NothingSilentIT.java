package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.retort.testing.TestData;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing silent: {@code testdata/silent/<database>.sql} uses every kind of object and table property the
 * database's CREATE reference pages document; loaded as the model against an empty database, {@code diff}
 * must name each one, in the SQL it would run or in a note of what it cannot do. Each {@code -- names:} line
 * of the file is text the diff must contain, so an object dropped without a word fails the test by name.
 */
class NothingSilentIT {

    @TempDir
    Path directory;

    @Test
    void sqliteDiffNamesEveryObjectAndProperty() throws IOException {
        assertNamed(TestDatabase.Kind.SQLITE, "sqlite.sql");
    }

    private void assertNamed(TestDatabase.Kind kind, String file) throws IOException {
        Path schema = TestData.root().resolve("testdata").resolve("silent").resolve(file);
        List<String> expected = Files.readAllLines(schema).stream().filter(line -> line.startsWith("-- names: "))
                .map(line -> line.substring("-- names: ".length()).strip()).toList();
        assertFalse(expected.isEmpty(), schema + " lists what the diff must name");
        Files.copy(schema, directory.resolve("model.sql"));
        Files.writeString(directory.resolve("retort.toml"), "model = [\"model.sql\"]\nmodel_cache = \"\"\n");
        try (TestDatabase database = TestDatabase.create(kind)) {
            RetortBuilder builder = Retort.builder().projectDirectory(directory).readEnvironment(false).url(database.url());
            if (database.user() != null) {
                builder.user(database.user());
            }
            if (database.password() != null) {
                builder.password(database.password());
            }
            Changes changes = builder.build().diff(AutogenerateOptions.defaults());
            StringBuilder said = new StringBuilder(changes.upgradeSql());
            changes.skipped().forEach(skipped -> said.append('\n').append(skipped.describe()));
            List<String> silent = new ArrayList<>();
            for (String name : expected) {
                if (!said.toString().contains(name)) {
                    silent.add(name);
                }
            }
            assertEquals(List.of(), silent, "diff does not name these of " + schema + ":\n" + said);
        }
    }
}
