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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import flyway} without a database: Flyway's naming, ordering, undo, baseline, repeatable and placeholder rules. */
class FlywayImportTest {

    @TempDir
    Path temp;

    private Path flyway(String... namesAndTexts) throws IOException {
        Path directory = temp.resolve("flyway");
        Files.createDirectories(directory.resolve("sub"));
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Files.writeString(directory.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
        }
        return directory;
    }

    private Retort project() throws IOException {
        Path migrations = Files.createDirectories(temp.resolve("project/migrations"));
        return Retort.builder().url("jdbc:sqlite:" + temp.resolve("project/db.sqlite")).locations(migrations.toString()).build();
    }

    private static List<String> ids(ImportResult result) {
        return result.scripts().stream().map(ScriptInfo::id).toList();
    }

    @Test
    void versionsInFlywaysOrder() throws IOException {
        Path directory = flyway("V1.9__a.sql", "CREATE TABLE a (id INT);", "V1.10__b.sql", "CREATE TABLE b (id INT);",
                "V1_2__c.sql", "CREATE TABLE c (id INT);", "sub/V2__d_e.sql", "CREATE TABLE d (id INT);", "V01__first.sql",
                "CREATE TABLE f (id INT);", "README.md", "notes");
        ImportResult result = project().importFlyway(directory, Map.of());
        assertEquals(List.of("V1", "V1.2", "V1.9", "V1.10", "V2"), ids(result));
        assertEquals("d e", result.scripts().get(4).message());
        assertEquals(List.of("V1.9"), result.scripts().get(3).parents());
        assertTrue(result.notes().get(0).startsWith("README.md: not a Flyway SQL migration name"), result.notes().toString());
    }

    @Test
    void sameVersionTwiceIsRefusedByName() throws IOException {
        Path directory = flyway("V1_1__a.sql", "SELECT 1;", "V1.1__b.sql", "SELECT 2;");
        RetortException e = assertThrows(RetortException.class, () -> project().importFlyway(directory, Map.of()));
        assertTrue(e.getMessage().contains("V1.1__b.sql") && e.getMessage().contains("V1_1__a.sql"), e.getMessage());
    }

    @Test
    void undoScriptsBecomeDowngradesAndAMissingOneLeavesNone() throws IOException {
        Path directory = flyway("V1__a.sql", "CREATE TABLE a (id INT);", "U1__a.sql", "DROP TABLE a;", "V2__b.sql",
                "CREATE TABLE b (id INT);");
        Retort retort = project();
        ImportResult result = retort.importFlyway(directory, Map.of());
        assertEquals("DROP TABLE a;", retort.show("V1").downgradeSql().strip());
        assertTrue(result.scripts().get(0).reversible());
        assertFalse(result.scripts().get(1).reversible());
    }

    @Test
    void theNewestBaselineScriptStandsForTheVersionsUpToIt() throws IOException {
        Path directory = flyway("V1__a.sql", "CREATE TABLE a (id INT);", "V2__b.sql", "CREATE TABLE b (id INT);",
                "B2__all.sql", "CREATE TABLE a (id INT); CREATE TABLE b (id INT);", "V3__c.sql", "CREATE TABLE c (id INT);");
        ImportResult result = project().importFlyway(directory, Map.of());
        assertEquals(List.of("B2", "V3"), ids(result));
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("V1__a.sql, V2__b.sql")), result.notes().toString());
    }

    @Test
    void repeatablesFollowTheChainAndAreReported() throws IOException {
        Path directory = flyway("V1__a.sql", "CREATE TABLE a (id INT);", "R__views.sql", "CREATE VIEW v AS SELECT * FROM a;");
        ImportResult result = project().importFlyway(directory, Map.of());
        assertEquals(List.of("V1", "R-views"), ids(result));
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("R__views.sql: repeatable")), result.notes().toString());
    }

    @Test
    void placeholdersAreReplacedOrRefusedByName() throws IOException {
        Path directory = flyway("V1__a.sql", "CREATE TABLE ${prefix}a (id INT); -- ${flyway:filename}\nSELECT '${missing}';");
        RetortException e = assertThrows(RetortException.class, () -> project().importFlyway(directory, Map.of("prefix", "p_")));
        assertTrue(e.getMessage().contains("${missing} (V1__a.sql line 2)"), e.getMessage());
        assertEquals(List.of(), project().status().revisions(), "nothing written");
        Retort retort = project();
        retort.importFlyway(directory, Map.of("prefix", "p_", "missing", "x"));
        assertEquals("CREATE TABLE p_a (id INT); -- V1__a.sql\nSELECT 'x';", retort.show("V1").upgradeSql().strip());
    }

    @Test
    void executeInTransactionIsCarriedOver() throws IOException {
        Path directory = flyway("V1__a.sql", "CREATE TABLE a (id INT);", "V1__a.sql.conf", "executeInTransaction=false\n",
                "V2__b.sql", "-- flyway:executeInTransaction=false\nCREATE TABLE b (id INT);", "V3__c.sql", "SELECT 1;");
        Retort retort = project();
        retort.importFlyway(directory, Map.of());
        String text = Files.readString(Path.of(retort.show("V1").location()));
        assertTrue(text.contains("-- retort:transactional false"), text);
        assertTrue(Files.readString(Path.of(retort.show("V2").location())).contains("-- retort:transactional false"));
        assertFalse(Files.readString(Path.of(retort.show("V3").location())).contains("transactional"));
    }

    @Test
    void anUnknownScriptSettingIsRefused() throws IOException {
        Path directory = flyway("V1__a.sql", "SELECT 1;", "V1__a.sql.conf", "shouldExecute=false\n");
        RetortException e = assertThrows(RetortException.class, () -> project().importFlyway(directory, Map.of()));
        assertTrue(e.getMessage().contains("shouldexecute"), e.getMessage());
    }

    @Test
    void flywayVersionsCompareNumberByNumber() {
        assertTrue(FlywayVersion.parse("1.10").compareTo(FlywayVersion.parse("1.9")) > 0);
        assertEquals(FlywayVersion.parse("1_1"), FlywayVersion.parse("1.1"));
        assertEquals(FlywayVersion.parse("1.0"), FlywayVersion.parse("1"));
        assertEquals("2.1", FlywayVersion.parse("002.01").toString());
        assertNull(FlywayVersion.parse("1.a"));
    }

    @Test
    void flywaysChecksumIsCrc32OfTheLines() {
        // the same lines with other line ends and blank lines give the same checksum, as in Flyway
        assertEquals(FlywayHistory.checksum("a\nb\n"), FlywayHistory.checksum("a\r\n\r\nb"));
        assertFalse(FlywayHistory.checksum("a\nb") == FlywayHistory.checksum("a\nc"));
    }
}
