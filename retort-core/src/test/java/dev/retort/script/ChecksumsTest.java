package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ChecksumsTest {

    @Test
    void blankLinesAndTrailingSpacesInsideLiteralsAreData() {
        assertNotEquals(Checksums.of("INSERT INTO t VALUES ('alice\n\nbob');"),
                Checksums.of("INSERT INTO t VALUES ('alice\nbob');"));
        assertNotEquals(Checksums.of("INSERT INTO t VALUES ('alice  \nbob');"),
                Checksums.of("INSERT INTO t VALUES ('alice\nbob');"));
        assertNotEquals(Checksums.of("CREATE FUNCTION f() AS $body$\n\nSELECT 1 $body$;"),
                Checksums.of("CREATE FUNCTION f() AS $body$\nSELECT 1 $body$;"));
        assertNotEquals(Checksums.of("CREATE TABLE \"a\n\nb\" (id INT);"), Checksums.of("CREATE TABLE \"a\nb\" (id INT);"));
        assertNotEquals(Checksums.of("SELECT 'it''s\n\n';"), Checksums.of("SELECT 'it''s\n';"));
    }

    @Test
    void layoutOutsideLiteralsIsNot() {
        String base = "INSERT INTO t VALUES ('alice\n\nbob');\nSELECT 1; -- don't\n/* it's */\nSELECT $1;\n";
        assertEquals(Checksums.of(base), Checksums.of("\n" + base.replace(";\n", ";   \r\n").replace("\n/", "\r/") + "\n\n"));
        assertEquals(Checksums.of(base), Checksums.of(base.replace(";\nSELECT 1", ";\n\n\n  \nSELECT 1")));
        assertNotEquals(Checksums.of(base), Checksums.of(base.replace("SELECT 1", "SELECT 2")));
    }

    @Test
    void theLegacyChecksumIsTheOneVersionTablesAlreadyHold() {
        // Computed by the algorithm of earlier releases, which normalised inside literals too.
        String sql = "INSERT INTO t VALUES ('alice\n\nbob');  \r\n\n\nSELECT 1;\n";
        assertEquals("3102dd9b3f179d12421cbb49206e198df9ff18b476e33973d4b3322b6694215e", Checksums.legacy(sql));
        assertEquals(Checksums.legacy(sql), Checksums.legacy("INSERT INTO t VALUES ('alice\nbob');\nSELECT 1;"));
        assertNotEquals(Checksums.legacy(sql), Checksums.of(sql));
    }

    @Test
    void scriptsWithoutMultiLineLiteralsKeepTheirChecksum() {
        String sql = "ALTER TABLE app_user ADD COLUMN email VARCHAR(255);\n\nUPDATE app_user SET email = 'x;y';  \n";
        assertEquals(Checksums.legacy(sql), Checksums.of(sql));
    }
}
