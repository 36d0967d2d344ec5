package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException;
import dev.retort.model.SchemaBuilder;
import dev.retort.model.SchemaModel;
import dev.retort.model.Types;
import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Renames said in the model — {@code SchemaBuilder}'s {@code renamedFrom} and a SQL model's
 * {@code -- retort:renamed-from} — on a real database: autogenerate writes renames (never a drop and an
 * add), the rows survive, the hint is spent once the database has the new name, the downgrade renames
 * back, and a database that could be read two ways stops autogenerate with nothing written. One subclass
 * per dialect.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ModelRenameContract {

    /** The Java model the tests point {@code model_class} at; each test sets the schema it wants first. */
    public static final class HeldModel implements SchemaModel {
        static volatile Schema current;

        @Override
        public Schema schema() {
            return current;
        }
    }

    private TestDatabase database;
    private Path project;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void createDatabase() {
        database = TestDatabase.create(kind());
    }

    @AfterAll
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyProject() throws IOException {
        project = Files.createTempDirectory("retort-renames");
        retort("model_class", HeldModel.class.getName()).clean(true);
    }

    @AfterEach
    void removeProject() throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    private Retort retort(String key, String value) {
        RetortBuilder builder = Retort.builder().projectDirectory(project).readEnvironment(false).url(database.url())
                .classLoader(ModelRenameContract.class.getClassLoader()).set(key, value);
        if (database.user() != null) {
            builder.user(database.user());
        }
        if (database.password() != null) {
            builder.password(database.password());
        }
        return builder.build();
    }

    static Schema before() {
        return SchemaBuilder.schema()
                .table("app_user", t -> t
                        .column("id", Types.integer()).notNull()
                        .column("email", Types.varchar(100)).notNull()
                        .primaryKey("id")
                        .index("ix_app_user_email", "email"))
                .table("pet", t -> t
                        .column("id", Types.integer()).notNull()
                        .column("owner_id", Types.integer()).notNull()
                        .primaryKey("id")
                        .index("ix_pet_owner", "owner_id")
                        .foreignKey("fk_pet_owner", List.of("owner_id"), "app_user", List.of("id"),
                                ForeignKey.ReferentialAction.CASCADE))
                .build();
    }

    static Schema after() {
        return SchemaBuilder.schema()
                .table("account", t -> t.renamedFrom("member", "app_user")
                        .column("id", Types.integer()).notNull()
                        .column("email_address", Types.varchar(100)).notNull().columnRenamedFrom("email")
                        .primaryKey("id")
                        .index("ix_app_user_email", "email_address"))
                .table("pet", t -> t
                        .column("id", Types.integer()).notNull()
                        .column("owner_id", Types.integer()).notNull()
                        .primaryKey("id")
                        .index("ix_pet_owner", "owner_id")
                        .foreignKey("fk_pet_owner", List.of("owner_id"), "account", List.of("id"),
                                ForeignKey.ReferentialAction.CASCADE))
                .build();
    }

    private List<Path> revisions() throws IOException {
        Path migrations = project.resolve("migrations");
        if (!Files.isDirectory(migrations)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(migrations)) {
            return files.sorted().toList();
        }
    }

    /** Autogenerates and upgrades; returns what was generated. */
    private Changes step(Retort retort, String message) {
        Retort.Generated generated = retort.autogenerate(message, AutogenerateOptions.defaults());
        retort.upgrade("head");
        return generated.changes();
    }

    /** Names as the database keeps an unquoted one (H2: upper case), for hand-written SQL. */
    private String name(String name) {
        return kind() == TestDatabase.Kind.H2 ? "\"" + name + "\"" : name;
    }

    @Test
    void aJavaModelsRenamesAreRenamesThatKeepTheRowsAndComeBackOnDowngrade() throws IOException {
        Retort retort = retort("model_class", HeldModel.class.getName());
        HeldModel.current = before();
        step(retort, "users and pets");
        database.execute("INSERT INTO " + name("app_user") + " (" + name("id") + ", " + name("email") + ") VALUES (1, 'a@example.org')",
                "INSERT INTO " + name("pet") + " (" + name("id") + ", " + name("owner_id") + ") VALUES (7, 1)");

        HeldModel.current = after();
        Changes renamed = step(retort, "rename users to accounts");
        assertEquals(List.of(RenameTable.class, RenameColumn.class),
                renamed.upgrade().stream().map(step -> step.op().getClass()).toList(), renamed.upgradeSql());
        // no statement drops or creates a table (SQLite's rename fixes the stored text, which names CREATE TABLE)
        assertFalse(renamed.upgradeSql().lines().map(line -> line.strip().toUpperCase(Locale.ROOT))
                .anyMatch(line -> line.startsWith("DROP") || line.startsWith("CREATE TABLE")), renamed.upgradeSql());
        assertEquals(List.of("a@example.org"), database.column("SELECT " + name("email_address") + " FROM " + name("account")
                + " WHERE " + name("id") + " = 1"));
        assertEquals(List.of("1"), database.column("SELECT " + name("owner_id") + " FROM " + name("pet")));

        assertTrue(retort.diff(AutogenerateOptions.defaults()).isEmpty(), "the spent hint says nothing");
        int files = revisions().size();
        assertNull(retort.autogenerate("again", AutogenerateOptions.defaults()).script());
        assertEquals(files, revisions().size());

        retort.downgrade("-1");
        assertEquals(List.of("a@example.org"), database.column("SELECT " + name("email") + " FROM " + name("app_user")));
        HeldModel.current = before();
        assertTrue(retort.diff(AutogenerateOptions.defaults()).isEmpty(), "the downgrade restores the first model");
        retort.downgrade("base");
        assertTrue(retort.inspect(List.of(), List.of()).tables().isEmpty());
    }

    @Test
    void aDatabaseWithTheOldAndTheNewNameStopsAutogenerateWithNothingWritten() throws IOException {
        Retort retort = retort("model_class", HeldModel.class.getName());
        HeldModel.current = before();
        step(retort, "users and pets");
        database.execute("CREATE TABLE " + name("account") + " (" + name("id") + " INTEGER)");
        HeldModel.current = after();
        int files = revisions().size();
        RetortException error = assertThrows(RetortException.class,
                () -> retort.autogenerate("ambiguous", AutogenerateOptions.defaults()));
        assertEquals(RetortException.Kind.USAGE, error.kind());
        assertTrue(error.getMessage().contains("table account") && error.getMessage().contains("app_user")
                && error.getMessage().contains("nothing was generated"), error.getMessage());
        assertEquals(files, revisions().size());
        database.execute("DROP TABLE " + name("account"));
    }

    @Test
    void aSqlModelsDirectivesRenameTheTableAndTheColumn() throws IOException {
        Path model = project.resolve("schema.sql");
        Retort retort = retort("model", "schema.sql");
        Files.writeString(model, """
                CREATE TABLE app_user (
                    id integer NOT NULL PRIMARY KEY,
                    email varchar(100) NOT NULL
                );
                """);
        step(retort, "users");
        String user = kind() == TestDatabase.Kind.H2 ? "APP_USER" : "app_user";
        database.execute("INSERT INTO " + user + " VALUES (1, 'a@example.org')");

        Files.writeString(model, """
                -- the users are accounts now
                CREATE TABLE account ( -- retort:renamed-from app_user
                    id integer NOT NULL PRIMARY KEY,
                    email_address varchar(100) NOT NULL -- retort:renamed-from email
                );
                """);
        Changes renamed = step(retort, "accounts");
        assertEquals(List.of(RenameTable.class, RenameColumn.class),
                renamed.upgrade().stream().map(step -> step.op().getClass()).toList(), renamed.upgradeSql());
        assertEquals(List.of("a@example.org"), database.column("SELECT email_address FROM account"));
        assertTrue(retort.diff(AutogenerateOptions.defaults()).isEmpty());
        retort.downgrade("-1");
        assertEquals(List.of("a@example.org"), database.column("SELECT email FROM app_user"));
        retort.downgrade("base");
    }
}
