package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model cache of SQL models on real databases: a model loaded once is read back from
 * {@code .retort/cache} equal to a fresh load (rename hints and object definitions included); an unchanged
 * model is taken from the cache (shown by tampering with the entry and seeing the tampered schema come
 * back); a changed model file or a changed included file is loaded again; {@code model_cache = ""} keeps
 * nothing.
 */
class ModelCacheIT {

    private static final String MODEL = """
            CREATE TABLE customer ( -- retort:renamed-from client
                id INTEGER PRIMARY KEY,
                full_name VARCHAR(100) NOT NULL -- retort:renamed-from name
            );
            CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customer (id), total DECIMAL(10,2));
            CREATE INDEX orders_total ON orders (total);
            CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;
            """;

    @TempDir
    Path directory;

    @Test
    void sqliteModelIsKeptReadBackEqualAndLoadedAgainWhenItChanges() throws IOException {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.SQLITE)) {
            Files.writeString(directory.resolve("retort.toml"), "model = [\"model.sql\"]\n");
            Files.writeString(directory.resolve("model.sql"), MODEL);
            Schema fresh = retort(database, "").model();
            assertEquals(List.of(), entries(), "model_cache = \"\" keeps nothing");
            assertFalse(fresh.renames().isEmpty(), "the model has rename hints");

            Schema first = retort(database, null).model();
            assertEquals(fresh, first);
            assertEquals(1, entries().size(), "one entry: " + entries());
            Schema second = retort(database, null).model();
            assertEquals(fresh, second, "read back from the cache, the schema is the one loaded");
            assertEquals(fresh.renames(), second.renames());

            tamper();
            assertTrue(retort(database, null).model().table(new QualifiedName(null, "customer_cached")).isPresent(),
                    "with the model unchanged the schema comes from the cache");

            Files.writeString(directory.resolve("model.sql"), MODEL + "CREATE TABLE extra (id INTEGER PRIMARY KEY);\n");
            Schema changed = retort(database, null).model();
            assertTrue(changed.table(new QualifiedName(null, "extra")).isPresent(), "a changed model is loaded again");
            assertFalse(changed.table(new QualifiedName(null, "customer_cached")).isPresent());
        }
    }

    @Test
    void postgresChangedIncludeIsLoadedAgain() throws IOException {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRES)) {
            Files.writeString(directory.resolve("retort.toml"), "model = [\"model.sql\"]\n");
            Files.createDirectories(directory.resolve("parts"));
            Files.writeString(directory.resolve("model.sql"), "CREATE TABLE customer (id integer PRIMARY KEY);\n"
                    + "\\ir parts/orders.sql\n");
            Files.writeString(directory.resolve("parts/orders.sql"), "CREATE TABLE orders (id integer PRIMARY KEY);\n");
            Schema first = retort(database, null).model();
            assertEquals(2, first.tables().size());
            assertEquals(first, retort(database, null).model());

            tamper();
            assertTrue(retort(database, null).model().tables().stream().anyMatch(t -> t.name().name().equals("customer_cached")),
                    "with nothing changed the schema comes from the cache");

            Files.writeString(directory.resolve("parts/orders.sql"),
                    "CREATE TABLE orders (id integer PRIMARY KEY, total numeric(10,2));\n");
            Schema changed = retort(database, null).model();
            Table orders = changed.tables().stream().filter(t -> t.name().name().equals("orders")).findFirst().orElseThrow();
            assertEquals(2, orders.columns().size(), "the changed include is loaded: " + orders.columns());
            assertFalse(changed.tables().stream().anyMatch(t -> t.name().name().equals("customer_cached")));
            assertNotEquals(first, changed);
        }
    }

    /** Renames the table customer inside every entry, so a schema read from the cache can be told apart. */
    private void tamper() throws IOException {
        for (Path entry : entries()) {
            String text = Files.readString(entry);
            String tampered = text.replace("\"name\":\"customer\"", "\"name\":\"customer_cached\"");
            assertNotEquals(text, tampered, "the entry names the table customer");
            Files.writeString(entry, tampered);
        }
    }

    private List<Path> entries() throws IOException {
        Path cache = directory.resolve(".retort/cache");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".schema.json")).sorted().toList();
        }
    }

    private Retort retort(TestDatabase database, String cache) {
        RetortBuilder builder = Retort.builder().projectDirectory(directory).readEnvironment(false).url(database.url());
        if (database.user() != null) {
            builder.user(database.user());
        }
        if (database.password() != null) {
            builder.password(database.password());
        }
        if (cache != null) {
            builder.set("model_cache", cache);
        }
        return builder.build();
    }
}
