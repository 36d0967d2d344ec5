package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Help.Ansi;

/** Help, typos and colours: what a user who has not read the README meets first. */
class CommandLineUsageTest {

    @TempDir
    Path project;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RetortCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void everySubcommandAnswersHelpAndH() {
        assertTrue(RetortCli.commandNames().size() >= 19, "the list covers every command: " + RetortCli.commandNames());
        for (String name : RetortCli.commandNames()) {
            for (String flag : List.of("--help", "-h")) {
                Run help = run("-C", project.toString(), name, flag);
                assertEquals(0, help.code(), name + " " + flag + ": " + help.err());
                assertTrue(help.out().contains("Usage: retort " + name + " "), name + " " + flag + ": " + help.out());
                assertEquals("", help.err(), name + " " + flag);
                assertFalse(help.out().contains("\u001b["), "no colour codes in captured output: " + name);
            }
        }
    }

    @Test
    void subcommandHelpListsTheExitCodes() {
        Run help = run("check", "--help");
        assertTrue(help.out().contains("Exit codes:"), help.out());
        assertTrue(help.out().contains("3   the database or a migration failed"), help.out());
    }

    @Test
    void aMistypedCommandIsSuggested() {
        Run typo = run("upgrad");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("'upgrad' is not a retort command; did you mean 'upgrade'?"), typo.err());
        assertTrue(typo.err().contains("Run 'retort --help' for usage."), typo.err());
        assertFalse(typo.err().contains("retort  --help"), typo.err());

        Run help = run("help", "histroy");
        assertEquals(2, help.code());
        assertTrue(help.err().contains("'histroy' is not a retort command; did you mean 'history'?"), help.err());

        Run unrelated = run("frobnicate");
        assertEquals(2, unrelated.code());
        assertFalse(unrelated.err().contains("did you mean"), "no far-fetched suggestion: " + unrelated.err());
    }

    @Test
    void aMistypedOptionIsSuggestedWithTheCommandsUsage() {
        Run typo = run("upgrade", "--sqll");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("unknown option '--sqll' for 'retort upgrade'; did you mean '--sql'?"), typo.err());
        assertTrue(typo.err().contains("Run 'retort upgrade --help' for usage."), typo.err());
    }

    @Test
    void suggestionsAreNearWordsOnly() {
        List<String> commands = List.copyOf(RetortCli.commandNames());
        assertEquals(List.of("history"), UsageErrors.closest("histroy", commands));
        assertEquals(List.of("downgrade"), UsageErrors.closest("downgr", commands));
        assertEquals(List.of(), UsageErrors.closest("xyz", commands));
    }

    @Test
    void colourOnlyOnATerminalThatWantsIt() {
        assertEquals(Ansi.OFF, Terminal.ansi(false, Map.of("TERM", "xterm-256color")), "output redirected");
        assertEquals(Ansi.OFF, Terminal.ansi(true, Map.of("TERM", "dumb")));
        assertEquals(Ansi.OFF, Terminal.ansi(true, Map.of("TERM", "xterm", "NO_COLOR", "1")));
        assertEquals(Ansi.AUTO, Terminal.ansi(true, Map.of("TERM", "xterm")));
    }

    @Test
    void theJsonOptionPointsToItsDocumentation() {
        Run help = run("status", "--help");
        assertTrue(help.out().contains("docs/cli-json.md"), help.out());
    }
}
