package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --json} on the writing commands: one JSON document each, as docs/cli-json.md describes. */
class CommandJsonTest {

    @TempDir
    Path project;

    CliRun json(String... args) {
        CliRun run = CliRun.in(project, Stream.concat(Stream.of("--json"), Stream.of(args)).toArray(String[]::new));
        assertEquals(0, run.code(), String.join(" ", args) + ": " + run.err());
        String text = run.out().strip();
        assertTrue(text.startsWith("{") && text.endsWith("}") || text.startsWith("[") && text.endsWith("]"),
                String.join(" ", args) + " prints one JSON document: " + run.out());
        return run;
    }

    @Test
    void everyWritingCommandPrintsWhatItDid() throws IOException {
        assertTrue(json("init").out().contains("\"created\": ["), "init");
        assertTrue(json("revision", "-m", "create things", "--rev-id", "aaa111").out().contains("\"revision\": \"aaa111\""));
        Path script;
        try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
            script = files.findFirst().orElseThrow();
        }
        Files.writeString(script, Files.readString(script)
                .replace("-- retort:upgrade\n", "-- retort:upgrade\nCREATE TABLE things (id INTEGER);\nCREATE INDEX ix ON things (id);\n")
                .replace("-- retort:downgrade\n", "-- retort:downgrade\nDROP TABLE things;\n"));

        CliRun upgrade = json("upgrade");
        assertTrue(upgrade.out().contains("\"target\": \"head\""), upgrade.out());
        assertTrue(upgrade.out().contains("\"revision\": \"aaa111\""), upgrade.out());
        assertTrue(upgrade.out().contains("\"direction\": \"upgrade\""), upgrade.out());
        assertTrue(upgrade.out().contains("\"statements\": 2"), upgrade.out());
        assertTrue(upgrade.out().contains("\"duration_ms\": "), upgrade.out());
        assertTrue(json("upgrade").out().contains("\"steps\": []"), "nothing to do is an empty list");

        CliRun downgrade = json("downgrade", "base");
        assertTrue(downgrade.out().contains("\"direction\": \"downgrade\""), downgrade.out());
        assertTrue(downgrade.out().contains("\"statements\": 1"), downgrade.out());

        assertTrue(json("stamp", "aaa111").out().contains("\"added\": [\n    \"aaa111\"\n  ]"), "stamp");
        assertTrue(json("repair").out().contains("\"realigned\": []"), "repair");
        assertTrue(json("revision", "-m", "b", "--rev-id", "bbb222", "--head", "aaa111").out().contains("\"path\": "));
        json("revision", "-m", "c", "--rev-id", "ccc333", "--head", "aaa111", "--splice");
        assertTrue(json("branches").out().contains("\"children\": ["), "branches");
        assertTrue(json("merge", "-m", "join", "heads").out().contains("\"parents\": ["), "merge");
        assertTrue(json("show", "aaa111").out().contains("\"upgrade_sql\": \"CREATE TABLE things"), "show");
        assertTrue(json("upgrade", "--sql", "base:aaa111").out().contains("\"sql\": "), "offline SQL");
        assertTrue(json("clean", "-y").out().contains("\"statements\": ["), "clean");
        json("revision", "-m", "d", "--rev-id", "ddd444");
        assertTrue(json("delete", "ddd444").out().contains("\"deleted\": "), "delete");
    }
}
