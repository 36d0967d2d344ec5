package dev.retort.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException;
import dev.retort.spi.SqlStatement;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PsqlMetaCommandsTest {

    private static final Path FILE = Path.of("/models/admin/sql/CreateTables.sql");

    @Test
    void settingsOfPsqlItselfAreSkipped() {
        for (String line : new String[] {"\\set ON_ERROR_STOP 1", "\\unset ON_ERROR_STOP", "\\echo hello", "\\timing on", "\\pset pager off"}) {
            assertNull(PsqlMetaCommands.include(FILE, new SqlStatement(line, 1)), line);
        }
    }

    @Test
    void theKeyLinesOfACurrentPgDumpAreSkipped() {
        // pg_dump 13.22, 14.19, 15.14, 16.10, 17.6 and later open and close every dump with these
        for (String line : new String[] {"\\restrict Jf3kWq0aZ9xYb2", "\\unrestrict Jf3kWq0aZ9xYb2"}) {
            assertNull(PsqlMetaCommands.include(FILE, new SqlStatement(line, 1)), line);
        }
    }

    @Test
    void includesResolveAgainstTheIncludingFile() {
        assertEquals(Path.of("/models/admin/sql/caa/CreateTables.sql"),
                PsqlMetaCommands.include(FILE, new SqlStatement("\\ir caa/CreateTables.sql", 3)));
        assertEquals(Path.of("/models/admin/other.sql"), PsqlMetaCommands.include(FILE, new SqlStatement("\\i '../other.sql'", 3)));
    }

    @Test
    void anythingElseIsRefusedWithFileLineAndRemedy() {
        RetortException error = assertThrows(RetortException.class,
                () -> PsqlMetaCommands.include(FILE, new SqlStatement("\\c musicbrainz_db", 7)));
        assertEquals(RetortException.Kind.SCRIPT, error.kind());
        assertTrue(error.getMessage().contains(FILE + ":7 \\c musicbrainz_db"), error.getMessage());
        assertTrue(error.getMessage().contains("remove it from the model"), error.getMessage());
        assertThrows(RetortException.class, () -> PsqlMetaCommands.include(FILE, new SqlStatement("\\i", 2)));
    }
}
