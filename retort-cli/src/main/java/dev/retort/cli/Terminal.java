package dev.retort.cli;

import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/** Whether help may be printed in colour. Stateless. */
final class Terminal {

    private Terminal() {
    }

    /**
     * Colour only on a terminal: {@code System.console()} is null when standard input or output is
     * redirected, and picocli's own check ({@link Ansi#AUTO}) then honours {@code NO_COLOR} and
     * {@code CLICOLOR}; a {@code dumb} terminal (editors, some CI logs) gets none either.
     *
     * @param console     whether the process has a console (both standard input and output are a terminal)
     * @param environment the process environment
     */
    static Ansi ansi(boolean console, Map<String, String> environment) {
        if (!console || "dumb".equals(environment.get("TERM")) || environment.containsKey("NO_COLOR")) {
            return Ansi.OFF;
        }
        return Ansi.AUTO;
    }
}
