package dev.retort.model;

import dev.retort.RetortException;
import dev.retort.sql.lex.SqlLexer;
import dev.retort.schema.Column;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.RenameHints;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.spi.SqlStatement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A SQL model's rename hints: a line comment {@code -- retort:renamed-from old_name[, older_name…]} on
 * the line of a {@code CREATE TABLE} statement that holds the table's name renames the table; on the line
 * where a column's definition starts, the column. Everywhere else it is an error, never ignored: a hint
 * that silently did nothing would turn a rename back into a drop and an add.
 *
 * <pre>{@code
 * CREATE TABLE account ( -- retort:renamed-from app_user
 *     id bigint PRIMARY KEY,
 *     email_address varchar(255) NOT NULL, -- retort:renamed-from email, mail
 *     CONSTRAINT uq_account_email UNIQUE (email_address)
 * );
 * }</pre>
 *
 * Names are found with {@link SqlLexer} (quotes, comments and parentheses respected) and matched with
 * the reflected model as the database folded them. Mutable while the model loads; not thread-safe.
 */
final class RenameDirectives {

    static final String MARKER = "retort:renamed-from";
    private static final Pattern LEAD = Pattern.compile("(--|#)\\s*");
    private static final Set<String> TABLE_WORDS = Set.of("temporary", "temp", "unlogged", "global", "local");
    private static final Set<String> CONSTRAINT_WORDS = Set.of("constraint", "primary", "unique", "foreign", "check",
            "index", "key", "exclude", "like", "fulltext", "spatial", "period", "system");

    /** One directive: the table as the statement names it, the column ({@code null}: the table), the former names. */
    private record Directive(QualifiedName table, String column, List<String> formerNames, String where) {
    }

    private final SqlLexer lexer;
    private final List<Directive> directives = new ArrayList<>();
    private final Set<String> placed = new HashSet<>();

    RenameDirectives(SqlLexer lexer) {
        this.lexer = lexer;
    }

    /** Reads the directives of one statement of {@code file}. */
    void offer(Path file, SqlStatement statement) {
        String sql = statement.sql();
        if (!sql.contains(MARKER)) {
            return;
        }
        List<SqlLexer.LineComment> comments = new ArrayList<>();
        List<SqlLexer.Token> tokens = lexer.tokens(sql, comments);
        for (SqlLexer.LineComment comment : comments) {
            int marker = marker(comment);
            if (marker < 0) {
                continue;
            }
            int line = statement.line() + lineOf(sql, comment.start());
            String where = file + ":" + line;
            placed.add(where);
            List<String> names = names(comment.text().substring(marker + MARKER.length()), where);
            directives.add(place(tokens, sql, lineOf(sql, comment.start()), names, where));
        }
    }

    /**
     * Fails on a directive of the file that stands outside every statement: on a line of its own before
     * one, or after a statement's terminator. A file the lexer cannot read whole (a dollar-quoted body
     * holding a lone quote) is checked statement by statement only.
     */
    void checkFile(Path file, String text) {
        if (!text.contains(MARKER)) {
            return;
        }
        List<SqlLexer.LineComment> comments = new ArrayList<>();
        try {
            lexer.tokens(text, comments);
        } catch (IllegalArgumentException e) {
            return;
        }
        for (SqlLexer.LineComment comment : comments) {
            String where = file + ":" + (1 + lineOf(text, comment.start()));
            if (marker(comment) >= 0 && !placed.contains(where)) {
                throw misplaced(where, "stands outside a CREATE TABLE statement");
            }
        }
    }

    /** Where the marker starts in a directive comment ({@code -- retort:renamed-from …}); -1 for any other comment. */
    private static int marker(SqlLexer.LineComment comment) {
        String text = comment.text();
        int marker = text.indexOf(MARKER);
        return marker >= 0 && LEAD.matcher(text.substring(0, marker)).matches() ? marker : -1;
    }

    /** The model with the hints, names matched with the tables and columns the database made. */
    Schema attach(Schema model) {
        try {
            return model.withRenames(hints(model));
        } catch (IllegalArgumentException e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "the model's " + MARKER + " directives"
                    + " do not agree: " + e.getMessage());
        }
    }

    private RenameHints hints(Schema model) {
        RenameHints hints = model.renames();
        for (Directive directive : directives) {
            Optional<Table> table = find(model.tables(), directive.table());
            if (table.isEmpty()) {
                continue; // a table the project's patterns leave out, or a temporary one
            }
            QualifiedName name = table.get().name();
            if (directive.column() == null) {
                hints = hints.withTable(name, directive.formerNames().stream()
                        .map(old -> new QualifiedName(name.schema(), old)).toList());
            } else {
                String column = column(table.get(), directive.column()).orElseThrow(() -> misplaced(directive.where(),
                        "names column " + directive.column() + ", which table " + name + " does not have"));
                hints = hints.withColumn(name, column, directive.formerNames());
            }
        }
        return hints;
    }

    private Directive place(List<SqlLexer.Token> tokens, String sql, int line, List<String> names, String where) {
        int at = header(tokens);
        if (at < 0) {
            throw misplaced(where, "is not in a CREATE TABLE statement");
        }
        SqlLexer.Token first = tokens.get(at);
        boolean qualified = at + 2 < tokens.size() && tokens.get(at + 1).isSymbol(".");
        QualifiedName table = qualified ? new QualifiedName(first.name(), tokens.get(at + 2).name())
                : QualifiedName.of(first.name());
        int open = at + (qualified ? 3 : 1);
        List<Integer> starts = open < tokens.size() && tokens.get(open).isSymbol("(") ? elementStarts(tokens, open)
                : List.of();
        List<Integer> onLine = starts.stream().filter(start -> lineOf(sql, tokens.get(start).start()) == line).toList();
        boolean tableLine = lineOf(sql, tokens.get(open - 1).start()) == line;
        if (tableLine && onLine.isEmpty()) {
            return new Directive(table, null, names, where);
        }
        if (tableLine || onLine.size() > 1) {
            throw misplaced(where, "shares its line with " + (tableLine ? "the table's name and a column" : "several columns")
                    + ", so it is not clear what was renamed; put that column on a line of its own");
        }
        if (onLine.isEmpty()) {
            throw misplaced(where, "is on a line where no column definition starts");
        }
        SqlLexer.Token element = tokens.get(onLine.get(0));
        if (element.type() == SqlLexer.Type.WORD && CONSTRAINT_WORDS.contains(SqlLexer.keyword(element))) {
            throw misplaced(where, "is on the line of a constraint, not a column");
        }
        return new Directive(table, element.name(), names, where);
    }

    /** The index of the table name's first token in {@code CREATE [TEMPORARY…] TABLE [IF NOT EXISTS] name}, or -1. */
    private static int header(List<SqlLexer.Token> tokens) {
        if (tokens.isEmpty() || !tokens.get(0).is("CREATE")) {
            return -1;
        }
        int i = 1;
        while (i < tokens.size() && tokens.get(i).type() == SqlLexer.Type.WORD
                && TABLE_WORDS.contains(SqlLexer.keyword(tokens.get(i)))) {
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).is("TABLE")) {
            return -1;
        }
        i++;
        if (i + 2 < tokens.size() && tokens.get(i).is("IF") && tokens.get(i + 1).is("NOT") && tokens.get(i + 2).is("EXISTS")) {
            i += 3;
        }
        return i < tokens.size() ? i : -1;
    }

    /** The first token of each element of the parenthesised list that opens at {@code open}. */
    private static List<Integer> elementStarts(List<SqlLexer.Token> tokens, int open) {
        List<Integer> starts = new ArrayList<>();
        int close = SqlLexer.matchingParen(tokens, open);
        int end = close < 0 ? tokens.size() : close;
        int depth = 0;
        boolean expectStart = true;
        for (int i = open + 1; i < end; i++) {
            SqlLexer.Token token = tokens.get(i);
            if (expectStart) {
                starts.add(i);
                expectStart = false;
            }
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")")) {
                depth--;
            } else if (token.isSymbol(",") && depth == 0) {
                expectStart = true;
            }
        }
        return starts;
    }

    private List<String> names(String text, String where) {
        List<SqlLexer.Token> tokens;
        try {
            tokens = lexer.tokens(text);
        } catch (IllegalArgumentException e) {
            throw misplaced(where, "has names that do not read: " + e.getMessage());
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            SqlLexer.Token token = tokens.get(i);
            boolean name = token.type() == SqlLexer.Type.WORD || token.type() == SqlLexer.Type.QUOTED_NAME;
            if (i % 2 == 0 ? !name : !token.isSymbol(",")) {
                throw misplaced(where, "should list former names separated by commas, not '" + text.strip() + "'");
            }
            if (name) {
                names.add(token.name());
            }
        }
        if (names.isEmpty() || tokens.get(tokens.size() - 1).isSymbol(",")) {
            throw misplaced(where, "names no former name; write " + MARKER + " old_name");
        }
        return names;
    }

    private static Optional<Table> find(List<Table> tables, QualifiedName name) {
        Optional<Table> exact = tables.stream().filter(table -> table.name().equals(name)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<Table> folded = tables.stream().filter(table -> table.name().name().equalsIgnoreCase(name.name())
                && (name.schema() == null || name.schema().equalsIgnoreCase(String.valueOf(table.name().schema())))).toList();
        return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
    }

    private static Optional<String> column(Table table, String name) {
        if (table.column(name).isPresent()) {
            return Optional.of(name);
        }
        List<String> folded = table.columns().stream().map(Column::name)
                .filter(column -> column.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).toList();
        return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
    }

    private static int lineOf(String text, int offset) {
        int lines = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static RetortException misplaced(String where, String problem) {
        return new RetortException(RetortException.Kind.CONFIGURATION, where + ": the " + MARKER + " directive " + problem
                + "; write it on the CREATE TABLE line to rename the table, or on a column's line to rename the column"
                + " (see the README, Renames)");
    }
}
