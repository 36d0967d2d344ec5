package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clean --drop-all-tables} and what lies beside the cleaned schema: a neighbouring schema (PostgreSQL, H2) or
 * database (MariaDB) with a view and a foreign key on the cleaned one's table. Without the confirmation clean
 * names them and drops nothing; with it, PostgreSQL and H2 drop them with the table and MariaDB leaves them
 * dangling.
 */
class CleanDependentsIT {

    @TempDir
    Path directory;

    @Test
    void postgresRefusesToCascadeIntoANeighbouringSchemaUnlessConfirmed() {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRES)) {
            String cleaned = database.name();
            String neighbour = cleaned + "_nb";
            try {
                database.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT)",
                        "CREATE SCHEMA " + neighbour,
                        "CREATE TABLE " + neighbour + ".child (id INTEGER, parent_id INTEGER CONSTRAINT child_parent"
                                + " REFERENCES " + cleaned + ".parent (id))",
                        "CREATE VIEW " + neighbour + ".names AS SELECT name FROM " + cleaned + ".parent",
                        "CREATE FUNCTION " + neighbour + ".first_name(p " + cleaned + ".parent) RETURNS text"
                                + " LANGUAGE sql AS 'SELECT p.name'");
                Retort retort = new TestProject(directory, database).retort();

                RetortException refused = assertThrows(RetortException.class, () -> retort.clean(true));
                assertEquals(2, refused.kind().exitCode(), refused.getMessage());
                for (String object : List.of("view " + neighbour + ".names",
                        "constraint child_parent on table " + neighbour + ".child",
                        "function " + neighbour + ".first_name(")) {
                    assertTrue(refused.getMessage().contains(object), object + " is not named in: " + refused.getMessage());
                }
                assertTrue(refused.getMessage().contains("--drop-dependents-outside"), refused.getMessage());
                assertEquals(List.of("parent"), relations(database, cleaned));
                assertEquals(List.of("child", "names"), relations(database, neighbour));
                assertEquals(List.of("child_parent"), foreignKeys(database, neighbour));

                retort.clean(true, true);
                assertEquals(List.of(), relations(database, cleaned));
                assertEquals(List.of("child"), relations(database, neighbour), "the neighbour's table stays, its view goes");
                assertEquals(List.of(), foreignKeys(database, neighbour));
            } finally {
                database.execute("DROP SCHEMA IF EXISTS " + neighbour + " CASCADE");
            }
        }
    }

    @Test
    void postgresLooksIntoWhatDroppingAnotherManagedSchemaWouldTakeAlong() {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRES)) {
            String archive = database.name() + "_archive";
            String neighbour = database.name() + "_nb";
            try {
                database.execute("CREATE SCHEMA " + archive, "CREATE TABLE " + archive + ".book (id INTEGER PRIMARY KEY)",
                        "CREATE SCHEMA " + neighbour,
                        "CREATE VIEW " + neighbour + ".books AS SELECT id FROM " + archive + ".book");
                Retort retort = Retort.builder().projectDirectory(directory).readEnvironment(false).url(database.url())
                        .user(database.user()).password(database.password())
                        .set("schemas", database.name() + "," + archive).build();

                RetortException refused = assertThrows(RetortException.class, () -> retort.clean(true));
                assertTrue(refused.getMessage().contains("view " + neighbour + ".books"), refused.getMessage());
                assertEquals(List.of("book"), relations(database, archive));

                retort.clean(true, true);
                assertEquals(List.of(), database.column("SELECT nspname FROM pg_namespace WHERE nspname = '" + archive + "'"));
                assertEquals(List.of(), relations(database, neighbour));
            } finally {
                database.execute("DROP SCHEMA IF EXISTS " + neighbour + " CASCADE", "DROP SCHEMA IF EXISTS " + archive + " CASCADE");
            }
        }
    }

    @Test
    void postgresCleanWithoutNeighboursStillDropsEverything() {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRES)) {
            database.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)",
                    "CREATE TABLE child (parent_id INTEGER REFERENCES parent (id))",
                    "CREATE VIEW ids AS SELECT id FROM parent");
            new TestProject(directory, database).retort().clean(true);
            assertEquals(List.of(), relations(database, database.name()));
        }
    }

    @Test
    void mariadbRefusesToLeaveANeighbouringDatabasesKeyDanglingUnlessConfirmed() {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.MYSQL)) {
            String cleaned = database.name();
            String neighbour = cleaned + "_nb";
            try {
                database.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT) ENGINE=InnoDB",
                        "CREATE DATABASE " + neighbour,
                        "CREATE TABLE " + neighbour + ".child (id INTEGER, parent_id INTEGER, CONSTRAINT child_parent"
                                + " FOREIGN KEY (parent_id) REFERENCES " + cleaned + ".parent (id)) ENGINE=InnoDB",
                        "CREATE VIEW " + neighbour + ".names AS SELECT name FROM " + cleaned + ".parent");
                Retort retort = new TestProject(directory, database).retort();

                RetortException refused = assertThrows(RetortException.class, () -> retort.clean(true));
                assertEquals(2, refused.kind().exitCode(), refused.getMessage());
                assertTrue(refused.getMessage().contains("foreign key child_parent on table " + neighbour + ".child"),
                        refused.getMessage());
                assertTrue(refused.getMessage().contains("view " + neighbour + ".names"), refused.getMessage());
                assertEquals(List.of("parent"), mysqlTables(database, cleaned));

                retort.clean(true, true);
                assertEquals(List.of(), mysqlTables(database, cleaned));
                // MariaDB drops nothing outside: the key stays, referring to the missing table
                assertEquals(List.of("child", "names"), mysqlTables(database, neighbour));
                assertEquals(List.of("child_parent"), database.column("SELECT CONSTRAINT_NAME FROM"
                        + " information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = '" + neighbour + "'"));
            } finally {
                database.execute("DROP DATABASE IF EXISTS " + neighbour);
            }
        }
    }

    @Test
    void h2RefusesToCascadeIntoANeighbouringSchemaUnlessConfirmed() {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.H2)) {
            database.execute("CREATE TABLE PARENT (ID INTEGER PRIMARY KEY, NAME VARCHAR(20))",
                    "CREATE SCHEMA NB",
                    "CREATE TABLE NB.CHILD (PARENT_ID INTEGER, CONSTRAINT CHILD_PARENT FOREIGN KEY (PARENT_ID)"
                            + " REFERENCES PUBLIC.PARENT (ID))",
                    "CREATE VIEW NB.NAMES AS SELECT NAME FROM PUBLIC.PARENT");
            Retort retort = new TestProject(directory, database).retort();

            RetortException refused = assertThrows(RetortException.class, () -> retort.clean(true));
            assertEquals(2, refused.kind().exitCode(), refused.getMessage());
            assertTrue(refused.getMessage().contains("foreign key CHILD_PARENT on table NB.CHILD"), refused.getMessage());
            assertTrue(refused.getMessage().contains("view NB.NAMES"), refused.getMessage());
            assertEquals(List.of("PARENT"), h2Tables(database, "PUBLIC"));

            retort.clean(true, true);
            assertEquals(List.of(), h2Tables(database, "PUBLIC"));
            assertEquals(List.of("CHILD"), h2Tables(database, "NB"), "H2's CASCADE took the view");
        }
    }

    private static List<String> h2Tables(TestDatabase database, String schema) {
        return database.column("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = '" + schema
                + "' AND TABLE_NAME NOT LIKE 'RETORT%' AND TABLE_NAME NOT LIKE 'retort%' ORDER BY 1");
    }

    private static List<String> relations(TestDatabase database, String schema) {
        return database.column("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = '" + schema + "' AND c.relkind IN ('r', 'v') AND c.relname NOT LIKE 'retort%'"
                + " ORDER BY 1");
    }

    private static List<String> foreignKeys(TestDatabase database, String schema) {
        return database.column("SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                + " WHERE n.nspname = '" + schema + "' AND c.contype = 'f'");
    }

    private static List<String> mysqlTables(TestDatabase database, String schema) {
        return database.column("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '" + schema
                + "' AND TABLE_NAME NOT LIKE 'retort%' ORDER BY 1");
    }
}
