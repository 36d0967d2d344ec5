package dev.retort.dialect.postgres;

import dev.retort.RetortException;
import dev.retort.spi.SqlStatement;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * What a SQL model does with a psql meta-command line ({@code \set ON_ERROR_STOP 1}), which the
 * PostgreSQL splitter returns as a statement of its own: the commands that only set up psql itself
 * are skipped, {@code \i} and {@code \ir} include another file, and any other one ({@code \c},
 * {@code \copy}, {@code \gexec} …) is refused with the file and line, because what it does cannot be
 * done over a JDBC connection. Stateless.
 */
final class PsqlMetaCommands {

    /**
     * Commands that change nothing in the database: variables, output and timing; and <code>&#92;restrict</code>
     * and <code>&#92;unrestrict</code>, which pg_dump (13.22, 14.19, 15.14, 16.10, 17.6 and later) writes around its
     * output so that psql runs no meta-command smuggled into the dump's data: they guard psql, not the schema.
     */
    private static final Set<String> SKIPPED = Set.of("set", "unset", "echo", "qecho", "timing", "pset", "encoding", "warn",
            "restrict", "unrestrict");

    private PsqlMetaCommands() {
    }

    /**
     * The file a meta-command includes, or null when it is to be skipped. {@code \i} and {@code \ir}
     * both resolve a relative name against the including file's directory: a model has no current
     * directory of its own, and psql's {@code \ir} does the same.
     *
     * @throws RetortException of kind SCRIPT for any other meta-command
     */
    static Path include(Path file, SqlStatement statement) {
        String text = statement.sql().substring(1).strip();
        int space = firstSpace(text);
        String command = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
        String argument = space < 0 ? "" : text.substring(space).strip();
        if (SKIPPED.contains(command)) {
            return null;
        }
        if (command.equals("i") || command.equals("ir") || command.equals("include") || command.equals("include_relative")) {
            if (argument.isEmpty()) {
                throw refused(file, statement, "names no file; write \\ir other.sql");
            }
            String name = argument.length() > 1 && argument.startsWith("'") && argument.endsWith("'")
                    ? argument.substring(1, argument.length() - 1) : argument;
            Path directory = file.toAbsolutePath().getParent();
            return directory.resolve(name).normalize();
        }
        throw refused(file, statement, "is a psql command that Retort cannot run over JDBC; remove it from the model"
                + " (Retort skips \\set, \\unset, \\echo, \\timing, \\pset, \\restrict and \\unrestrict,"
                + " and includes files named by \\i and \\ir)");
    }

    private static int firstSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static RetortException refused(Path file, SqlStatement statement, String what) {
        return new RetortException(RetortException.Kind.SCRIPT, "the model " + file + ":" + statement.line() + " "
                + statement.sql() + " " + what);
    }
}
