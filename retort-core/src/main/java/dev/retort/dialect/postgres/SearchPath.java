package dev.retort.dialect.postgres;

import dev.retort.spi.ModelSession;
import dev.retort.spi.SqlStatement;
import dev.retort.sql.lex.SqlLexer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * PostgreSQL's session under a SQL model: psql's meta-commands ({@link PsqlMetaCommands}), and the
 * search_path a multi-schema model's statements run under, followed statement by statement: each file
 * starts with the project's path (psql runs each file in a session of its own, and the model loader
 * resets the path at every file), and {@code SET search_path …} or pg_dump's
 * {@code set_config('search_path', …)} moves it. The first schema of the path is where an unqualified
 * CREATE puts its object, and a definition made under another path than the project's must be run
 * under that path again (MusicBrainz's {@code caa/CreateTriggers.sql} names its trigger functions
 * unqualified after {@code SET search_path = 'cover_art_archive'}). Without a project path (a
 * single-schema model) nothing is followed. Mutable; not thread-safe.
 */
final class SearchPath implements ModelSession {

    private final List<String> initial;
    private final Function<List<String>, List<String>> setting;
    private List<String> current;

    /**
     * @param initial the project's schemas, default first; empty for a single-schema model
     * @param setting the dialect's statements that set a search path ({@code Dialect.useSchemas})
     */
    SearchPath(List<String> initial, Function<List<String>, List<String>> setting) {
        this.initial = List.copyOf(initial);
        this.setting = setting;
        this.current = this.initial;
    }

    /** A file starts: the project's path again. */
    @Override
    public void startFile() {
        current = initial;
    }

    /** True (and the path followed) when the statement sets the search_path. */
    @Override
    public boolean follow(List<SqlLexer.Token> tokens) {
        if (initial.isEmpty() || tokens.isEmpty()) {
            return false;
        }
        List<String> path = setSearchPath(tokens);
        if (path == null) {
            path = setConfig(tokens);
        }
        if (path != null) {
            current = path;
        }
        return path != null;
    }

    /** The schema an unqualified CREATE puts its object in now, lower case; null when unknown. */
    @Override
    public String creationSchema() {
        return current.isEmpty() ? null : current.get(0).toLowerCase(Locale.ROOT);
    }

    /** The project's default schema, lower case; null for a single-schema model. */
    @Override
    public String defaultSchema() {
        return initial.isEmpty() ? null : initial.get(0).toLowerCase(Locale.ROOT);
    }

    /** The statement as it must be run again: under the path it ran under, which is then set back. */
    @Override
    public String inContext(String sql) {
        // under an empty path (pg_dump's) every name is qualified, and nothing needs the path
        if (current.equals(initial) || current.isEmpty()) {
            return sql;
        }
        return statement(current) + ";\n\n" + sql + "\n;\n\n" + statement(initial);
    }

    @Override
    public Path clientCommand(Path file, SqlStatement statement) {
        return PsqlMetaCommands.include(file, statement);
    }

    private String statement(List<String> path) {
        return String.join(";\n\n", setting.apply(path));
    }

    /** {@code SET [SESSION|LOCAL] search_path {=|TO} a, 'b', "C"}, or null. */
    private static List<String> setSearchPath(List<SqlLexer.Token> tokens) {
        int i = 1;
        if (!tokens.get(0).is("SET")) {
            return null;
        }
        if (i < tokens.size() && (tokens.get(i).is("SESSION") || tokens.get(i).is("LOCAL"))) {
            i++;
        }
        if (i + 1 >= tokens.size() || !tokens.get(i).is("search_path")
                || !(tokens.get(i + 1).isSymbol("=") || tokens.get(i + 1).is("TO"))) {
            return null;
        }
        List<String> path = new ArrayList<>();
        for (int at = i + 2; at < tokens.size(); at++) {
            SqlLexer.Token token = tokens.get(at);
            if (token.isSymbol(",")) {
                continue;
            }
            String schema = switch (token.type()) {
                case STRING -> token.stringValue();
                case QUOTED_NAME -> token.name();
                case WORD -> token.text().toLowerCase(Locale.ROOT);
                default -> null;
            };
            if (schema != null && !schema.isEmpty() && !token.is("DEFAULT")) {
                path.add(schema);
            }
        }
        return path;
    }

    /** {@code SELECT [pg_catalog.]set_config('search_path', 'a, b', …)}, or null. */
    private static List<String> setConfig(List<SqlLexer.Token> tokens) {
        for (int i = 0; i + 4 < tokens.size(); i++) {
            if (tokens.get(i).is("set_config") && tokens.get(i + 1).isSymbol("(")
                    && tokens.get(i + 2).type() == SqlLexer.Type.STRING
                    && tokens.get(i + 2).stringValue().equalsIgnoreCase("search_path")
                    && tokens.get(i + 4).type() == SqlLexer.Type.STRING) {
                List<String> path = new ArrayList<>();
                for (String part : tokens.get(i + 4).stringValue().split(",")) {
                    String schema = part.strip();
                    if (schema.startsWith("\"") && schema.endsWith("\"") && schema.length() > 1) {
                        schema = schema.substring(1, schema.length() - 1);
                    }
                    if (!schema.isEmpty()) {
                        path.add(schema);
                    }
                }
                return tokens.get(0).is("SELECT") ? path : null;
            }
        }
        return null;
    }
}
