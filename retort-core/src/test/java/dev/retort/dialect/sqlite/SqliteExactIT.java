package dev.retort.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.AutogenerateOptions;
import dev.retort.Retort;
import dev.retort.internal.OwnTables;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Schemas nobody tuned for Retort, migrated exactly: a model is loaded into one SQLite file by the
 * sqlite3 shell, Retort autogenerates a revision from it and upgrades an empty file, and the shell's
 * own {@code .schema} of the two must be the same lines (sorted; Retort's own tables left out). Then
 * the diff is empty and {@code downgrade base} leaves nothing. The oracle is the sqlite3 binary
 * (Debian package {@code sqlite3}), never Retort's reader.
 *
 * <p>The models are written the way Retort spells a CREATE TABLE, so that any text Retort changes,
 * and nothing else, shows as a difference.
 */
class SqliteExactIT {

    private static final Path SQLITE3 = Path.of("/usr/bin/sqlite3");

    @Test
    void declaredTypesAndExplicitDefaultNullAreKept() throws Exception {
        assertExact("types", """
                CREATE TABLE invoice (
                    id INT,
                    customer NVARCHAR(160) NOT NULL,
                    total DECIMAL(5,2),
                    lines INT DEFAULT 0,
                    paid BOOL NOT NULL DEFAULT 0,
                    urgent TINYINT(1),
                    note TEXT DEFAULT NULL,
                    spaced decimal(10, 3),
                    PRIMARY KEY (id)
                );
                """);
    }

    @Test
    void columnCollationsAreKept() throws Exception {
        assertExact("collations", """
                CREATE TABLE account (
                    id INTEGER NOT NULL,
                    email TEXT COLLATE NOCASE NOT NULL,
                    code VARCHAR(10) COLLATE RTRIM,
                    name TEXT COLLATE BINARY DEFAULT 'x',
                    PRIMARY KEY (id)
                );
                """);
    }

    @Test
    void virtualTablesAreCreatedFromTheirStatementAndTheirShadowTablesLeftToThem() throws Exception {
        Retort retort = assertExact("virtual", """
                CREATE TABLE article (
                    id INTEGER NOT NULL,
                    title TEXT,
                    PRIMARY KEY (id)
                );
                CREATE VIRTUAL TABLE article_search USING fts5(title, body);
                CREATE VIRTUAL TABLE old_search USING fts4(title, tokenize=porter);
                CREATE VIRTUAL TABLE place USING rtree(id, min_x, max_x, min_y, max_y);
                CREATE VIEW found AS SELECT title FROM article_search WHERE article_search MATCH 'retort';
                """);
        Schema model = retort.model();
        assertEquals(List.of("article"), model.tables().stream().map(table -> table.name().name()).toList(),
                "shadow tables (article_search_data, old_search_segdir, place_node …) are no tables");
        assertEquals(List.of("article_search", "old_search", "place"), model.objects().stream()
                .filter(object -> object.kind() == SchemaObject.Kind.VIRTUAL_TABLE)
                .map(object -> object.name().name()).sorted().toList());
    }

    @Test
    void inspectListsVirtualTablesAsTheirOwnKindEvenOfAModuleTheDriverLacks() throws Exception {
        Path directory = fresh("inspect");
        // zipfile is built into the sqlite3 shell, not into the JDBC driver's SQLite
        Path database = modelDatabase(directory, "live", """
                CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT COLLATE NOCASE);
                CREATE VIRTUAL TABLE note_search USING fts5(body);
                CREATE VIRTUAL TABLE archive USING zipfile('archive.zip');
                """);
        Retort retort = project(directory, database, "");
        Schema live = retort.inspect(List.of(), List.of());
        assertEquals(List.of("note"), live.tables().stream().map(table -> table.name().name()).toList());
        assertEquals(List.of("VIRTUAL_TABLE archive", "VIRTUAL_TABLE note_search"), live.objects().stream()
                .map(object -> object.kind() + " " + object.name().name()).sorted().toList());
        assertEquals("NOCASE", live.tables().get(0).column("body").orElseThrow().collation().name());
    }

    @Test
    void cleanDropsVirtualTablesAndNeverTheirShadowTablesOnTheirOwn() throws Exception {
        Path directory = fresh("clean");
        Path database = modelDatabase(directory, "live", """
                CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT);
                CREATE VIRTUAL TABLE note_search USING fts5(body);
                CREATE VIRTUAL TABLE old_search USING fts4(body);
                CREATE VIRTUAL TABLE place USING rtree(id, min_x, max_x);
                """);
        List<String> statements = project(directory, database, "").clean(true);
        assertTrue(statements.stream().noneMatch(sql -> sql.matches("(?s).*(_data|_idx|_content|_docsize|_config"
                + "|_segments|_segdir|_stat|_node|_parent|_rowid)\\b.*")), statements.toString());
        assertEquals(List.of(), schemaLines(database), "nothing left");
    }

    @Test
    void aChangedDeclaredTypeCollationOrVirtualTableIsADifference() throws Exception {
        Path directory = fresh("changes");
        String first = """
                CREATE TABLE tag (
                    id INT,
                    name TEXT,
                    PRIMARY KEY (id)
                );
                CREATE VIRTUAL TABLE tag_search USING fts5(name);
                """;
        String second = """
                CREATE TABLE tag (
                    id INTEGER,
                    name TEXT COLLATE NOCASE,
                    PRIMARY KEY (id)
                );
                CREATE VIRTUAL TABLE tag_search USING fts5(name, tokenize='porter');
                """;
        Path migrated = directory.resolve("migrated.db");
        Retort retort = project(directory, migrated, first);
        retort.autogenerate("first", AutogenerateOptions.defaults());
        retort.upgrade("head");
        List<String> firstLines = schemaLines(modelDatabase(directory, "first", first));
        assertEquals(firstLines, schemaLines(migrated));

        retort = project(directory, migrated, second);
        List<String> changes = retort.diff(AutogenerateOptions.defaults()).upgrade().stream()
                .map(dev.retort.Changes.Step::description).toList();
        assertTrue(changes.stream().anyMatch(change -> change.contains("id")), "INT -> INTEGER: " + changes);
        assertTrue(changes.stream().anyMatch(change -> change.contains("name")), "COLLATE NOCASE: " + changes);
        assertTrue(changes.stream().anyMatch(change -> change.contains("tag_search")), "the FTS5 table: " + changes);
        retort.autogenerate("second", AutogenerateOptions.defaults());
        retort.upgrade("head");
        assertEquals(schemaLines(modelDatabase(directory, "second", second)), schemaLines(migrated),
                "sqlite3 .schema of the model and of the rebuilt table's database");
        assertTrue(retort.diff(AutogenerateOptions.defaults()).isEmpty());
        retort.downgrade("-1");
        assertEquals(firstLines, schemaLines(migrated), "sqlite3 .schema after the downgrade's rebuild");
    }

    /** Loads the model both ways, compares the two {@code .schema} prints, then the diff and the downgrade. */
    private Retort assertExact(String name, String model) throws Exception {
        Path directory = fresh(name);
        Path migrated = directory.resolve("migrated.db");
        Retort retort = project(directory, migrated, model);
        retort.autogenerate("exact " + name, AutogenerateOptions.defaults());
        retort.upgrade("head");
        List<String> expected = schemaLines(modelDatabase(directory, "model", model));
        assertTrue(expected.size() > 3, "the model database has the model: " + expected);
        assertEquals(expected, schemaLines(migrated), "sqlite3 .schema of the model and of the migrated database");
        assertTrue(retort.diff(AutogenerateOptions.defaults()).isEmpty(),
                () -> "no difference left: " + retort.diff(AutogenerateOptions.defaults()).upgradeSql());
        retort.downgrade("base");
        assertEquals(List.of(), schemaLines(migrated), "downgrade base leaves only Retort's own tables");
        return retort;
    }

    /** A project on the migrated file whose model is this SQL (the file rewritten each time). */
    private static Retort project(Path directory, Path migrated, String model) throws IOException {
        Path modelFile = directory.resolve("model.sql");
        Files.writeString(modelFile, model);
        Files.writeString(directory.resolve("retort.toml"), "url = \"jdbc:sqlite:" + migrated + "\"\n"
                + "model = [\"" + modelFile + "\"]\n");
        return Retort.builder().projectDirectory(directory).readEnvironment(false).build();
    }

    /** The model loaded by the sqlite3 shell into a file of its own. */
    private static Path modelDatabase(Path directory, String name, String model) throws Exception {
        Path script = directory.resolve(name + "-load.sql");
        Files.writeString(script, model);
        Path database = directory.resolve(name + ".db");
        sqlite3(database, script);
        return database;
    }

    private static Path fresh(String name) throws IOException {
        Path directory = Path.of("target", "sqlite-exact", name).toAbsolutePath();
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(directory);
    }

    /** {@code sqlite3 FILE .schema}: its lines sorted, without the statements of Retort's own tables. */
    private static List<String> schemaLines(Path database) throws Exception {
        String output = run(List.of(SQLITE3.toString(), database.toString(), ".schema"), null);
        List<String> lines = new ArrayList<>();
        List<String> statement = new ArrayList<>();
        for (String line : output.split("\n", -1)) {
            if (line.isEmpty() && statement.isEmpty()) {
                continue;
            }
            statement.add(line);
            if (line.endsWith(";")) {
                if (!ownTable(statement.get(0))) {
                    lines.addAll(statement);
                }
                statement.clear();
            }
        }
        lines.addAll(statement);
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    /** Retort's version and audit tables, and sqlite_sequence, which the AUTOINCREMENT of Retort's audit table makes. */
    private static boolean ownTable(String firstLine) {
        String text = firstLine.toLowerCase(Locale.ROOT).replace("\"", "");
        if (text.startsWith("create table sqlite_sequence(")) {
            return true;
        }
        return OwnTables.DEFAULTS.stream().anyMatch(own -> text.startsWith("create table " + own + " ")
                || text.startsWith("create table " + own + "(") || text.startsWith("create index ")
                        && text.contains(" on " + own));
    }

    private static void sqlite3(Path database, Path script) throws Exception {
        run(List.of(SQLITE3.toString(), "-bail", database.toString()), script);
    }

    private static String run(List<String> command, Path input) throws Exception {
        assertTrue(Files.isExecutable(SQLITE3), "this test runs the sqlite3 shell as its oracle: install it "
                + "(Debian/Ubuntu: apt-get install sqlite3) so that " + SQLITE3 + " exists");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "sqlite3 finished");
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed: " + text);
        return text;
    }
}
