package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import updown} without a database: golang-migrate, pop, dbmate and goose layouts. */
class UpDownImportTest {

    @TempDir
    Path temp;

    private Path files(String... namesAndTexts) throws IOException {
        Path directory = Files.createDirectories(temp.resolve("in"));
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Files.writeString(directory.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
        }
        return directory;
    }

    private Retort project() throws IOException {
        Path migrations = Files.createDirectories(temp.resolve("project/migrations"));
        return Retort.builder().url("jdbc:sqlite:" + temp.resolve("project/db.sqlite")).locations(migrations.toString()).build();
    }

    @Test
    void golangMigrateInNumericOrder() throws IOException {
        Path directory = files("2_b.up.sql", "CREATE TABLE b (id INT);", "2_b.down.sql", "DROP TABLE b;",
                "10_c.up.sql", "CREATE TABLE c (id INT);", "1_a.up.sql", "CREATE TABLE a (id INT);", "1_a.down.sql", "DROP TABLE a;");
        Retort retort = project();
        ImportResult result = retort.importUpDown(directory, null, null);
        assertEquals(List.of("v1", "v2", "v10"), result.scripts().stream().map(ScriptInfo::id).toList());
        assertEquals("DROP TABLE b;", retort.show("v2").downgradeSql().strip());
        assertFalse(result.scripts().get(2).reversible());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("golang-migrate")), result.notes().toString());
    }

    @Test
    void popTakesTheDialectsOwnFileOverTheGenericOne() throws IOException {
        Path directory = files("20200101000000_a.up.sql", "CREATE TABLE a (id INT);",
                "20200101000000_a.sqlite3.up.sql", "CREATE TABLE a (id INTEGER);",
                "20200101000000_a.postgres.up.sql", "CREATE TABLE a (id SERIAL);",
                "20200102000000_b.autocommit.up.sql", "CREATE TABLE b (id INT);");
        Retort retort = project();
        assertThrows(RetortException.class, () -> retort.importUpDown(directory, null, null), "pop needs --dialect");
        retort.importUpDown(directory, "pop", "sqlite");
        assertEquals("CREATE TABLE a (id INTEGER);", retort.show("v20200101000000").upgradeSql().strip());
        assertTrue(Files.readString(Path.of(retort.show("v20200102000000").location())).contains("-- retort:transactional false"));
    }

    @Test
    void dbmateSectionsAndTransactionOption() throws IOException {
        Path directory = files("20240101_a.sql", "-- migrate:up transaction:false\nCREATE TABLE a (id INT);\n\n-- migrate:down\nDROP TABLE a;\n");
        Retort retort = project();
        retort.importUpDown(directory, null, null);
        assertEquals("CREATE TABLE a (id INT);", retort.show("v20240101").upgradeSql().strip());
        assertEquals("DROP TABLE a;", retort.show("v20240101").downgradeSql().strip());
        assertTrue(Files.readString(Path.of(retort.show("v20240101").location())).contains("-- retort:transactional false"));
    }

    @Test
    void gooseAnnotations() throws IOException {
        Path directory = files("00002_b.sql", "-- +goose Up\n-- +goose StatementBegin\nCREATE TABLE b (id INT);\n"
                + "-- +goose StatementEnd\n", "00001_a.sql", "-- +goose NO TRANSACTION\n-- +goose Up\nCREATE TABLE a (id INT);\n"
                + "-- +goose Down\nDROP TABLE a;\n");
        Retort retort = project();
        ImportResult result = retort.importUpDown(directory, null, null);
        assertEquals(List.of("v00001", "v00002"), result.scripts().stream().map(ScriptInfo::id).toList());
        assertEquals("DROP TABLE a;", retort.show("v00001").downgradeSql().strip());
        assertNull(retort.show("v00002").downgradeSql());
        assertEquals("CREATE TABLE b (id INT);", retort.show("v00002").upgradeSql().strip());
    }

    @Test
    void gooseEnvsubIsRefusedByName() throws IOException {
        Path directory = files("00001_a.sql", "-- +goose Up\n-- +goose ENVSUB ON\nCREATE TABLE ${T} (id INT);\n");
        RetortException e = assertThrows(RetortException.class, () -> project().importUpDown(directory, null, null));
        assertTrue(e.getMessage().contains("ENVSUB"), e.getMessage());
    }
}
