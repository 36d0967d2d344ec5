package dev.retort.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.spi.SqlStatement;
import dev.retort.sql.StatementSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated catalog is as large and as varied as the acceptance needs it to be: counted here
 * from the statements of the files, includes followed, without a database.
 */
class MultiSchemaCatalogTest {

    @TempDir
    Path directory;

    @Test
    void holdsOverFiveHundredTablesInElevenSchemasWithWhatALargeProjectUses() throws IOException {
        List<Path> files = MultiSchemaCatalog.write(directory);
        List<String> statements = new ArrayList<>();
        List<String> metaCommands = new ArrayList<>();
        for (Path file : files) {
            statements(file, statements, metaCommands);
        }
        assertTrue(count(statements, "CREATE TABLE ") >= 500, count(statements, "CREATE TABLE ") + " tables");
        assertTrue(count(statements, "ALTER TABLE ") - count(statements, "ADD CHECK") >= 900, "foreign keys and keys");
        assertTrue(statements.stream().filter(sql -> sql.contains("FOREIGN KEY")).count() >= 900, "foreign keys");
        assertTrue(count(statements, "CREATE INDEX ") + count(statements, "CREATE UNIQUE INDEX ") >= 500, "indexes");
        for (String kind : List.of("CREATE EXTENSION IF NOT EXISTS cube", "CREATE EXTENSION IF NOT EXISTS earthdistance",
                "CREATE EXTENSION IF NOT EXISTS unaccent", "CREATE COLLATION", "CREATE TEXT SEARCH DICTIONARY",
                "CREATE TEXT SEARCH CONFIGURATION", "CREATE TYPE", "CREATE DOMAIN", "CREATE AGGREGATE", "CREATE OR REPLACE VIEW",
                "CREATE TRIGGER", "CREATE CONSTRAINT TRIGGER", "DO $$", "SET search_path")) {
            assertTrue(count(statements, kind) > 0, "no " + kind);
        }
        assertTrue(statements.stream().anyMatch(sql -> sql.contains("PARTITION BY LIST")), "a partitioned table");
        assertTrue(statements.stream().anyMatch(sql -> sql.contains("COLLATE music_sort")), "the collation in use");
        assertTrue(metaCommands.stream().anyMatch(command -> command.startsWith("\\ir ")), "an \\ir include");
        assertTrue(metaCommands.stream().anyMatch(command -> command.startsWith("\\i ")), "an \\i include");
        assertTrue(metaCommands.stream().anyMatch(command -> command.startsWith("\\set ")), "a \\set line");
        assertEquals(11, MultiSchemaCatalog.schemas().size());
        Set<String> qualifiers = new TreeSet<>();
        for (String sql : statements) {
            if (sql.startsWith("SET search_path = ")) {
                qualifiers.add(sql.substring("SET search_path = ".length()).split(",")[0].replace("'", "").strip());
            }
        }
        assertTrue(qualifiers.size() >= 8, "search paths set by the files: " + qualifiers);
    }

    @Test
    void writesTheSameFilesEveryTime() throws IOException {
        List<Path> first = MultiSchemaCatalog.write(directory.resolve("a"));
        List<Path> second = MultiSchemaCatalog.write(directory.resolve("b"));
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(Files.readString(first.get(i)), Files.readString(second.get(i)), first.get(i).toString());
        }
    }

    /** The file's statements, and those of the files it includes, in order. */
    private static void statements(Path file, List<String> statements, List<String> metaCommands) throws IOException {
        StatementSplitter splitter = new StatementSplitter(new PostgresDialect().splitterOptions());
        for (SqlStatement statement : splitter.split(Files.readString(file))) {
            String sql = statement.sql().strip();
            if (!sql.startsWith("\\")) {
                statements.add(sql);
                continue;
            }
            metaCommands.add(sql);
            String[] words = sql.split("\\s+");
            if (words[0].equals("\\i") || words[0].equals("\\ir")) {
                Path included = file.getParent().resolve(words[1]);
                assertTrue(Files.isRegularFile(included), file + " includes a missing " + included);
                statements(included, statements, metaCommands);
            }
        }
    }

    private static long count(List<String> statements, String prefix) {
        String upper = prefix.toUpperCase(Locale.ROOT);
        return statements.stream().filter(sql -> sql.toUpperCase(Locale.ROOT).startsWith(upper)).count();
    }
}
