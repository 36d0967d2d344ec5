package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's worked {@code SchemaBuilder} example ({@code com.example.db.ShopModel}, a copy of the README's
 * code block, which this test holds to be the same text) on PostgreSQL: autogenerate, upgrade, {@code diff}
 * empty, {@code downgrade base} empty.
 */
class ReadmeShopModelIT {

    @TempDir
    Path project;

    @Test
    void theReadmeExampleIsTheTestedModel() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher block = Pattern.compile("```java\n(package com\\.example\\.db;.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "the README has the ShopModel example");
        assertEquals(block.group(1), Files.readString(Path.of("src/test/java/com/example/db/ShopModel.java")));
    }

    @Test
    void theReadmeExampleMigratesPostgresql() {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRES)) {
            Retort retort = Retort.builder().projectDirectory(project).readEnvironment(false).url(database.url())
                    .user(database.user()).password(database.password())
                    .classLoader(ReadmeShopModelIT.class.getClassLoader())
                    .set("model_class", "com.example.db.ShopModel").build();
            Retort.Generated generated = retort.autogenerate("shop", AutogenerateOptions.defaults());
            assertNotNull(generated.script());
            assertEquals(List.of(), generated.changes().skipped());
            retort.upgrade("head");
            Changes drift = retort.diff(AutogenerateOptions.defaults());
            assertTrue(drift.isEmpty(), drift.upgradeSql() + "\ngenerated:\n" + generated.changes().upgradeSql());
            retort.downgrade("base");
            assertEquals(List.of(), retort.inspect(List.of(), List.of()).tables());
        }
    }
}
