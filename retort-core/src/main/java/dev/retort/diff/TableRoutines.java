package dev.retort.diff;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.sql.lex.SqlLexer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The routines a schema's tables cannot be created without: those their check constraints, index
 * expressions and predicates, defaults and generated columns call (MusicBrainz checks
 * {@code controlled_for_whitespace(comment)} and indexes {@code musicbrainz_unaccent(name)}), and the
 * routines those call in turn. PostgreSQL resolves the function of such an expression when the
 * table or index is created, so these routines go before the tables, not after them with the rest.
 * Names are matched by their last part without case, as far as the words of the SQL tell. Stateless.
 */
final class TableRoutines {

    private TableRoutines() {
    }

    /** The routines and aggregates of {@code objects} that the tables of {@code schema} need, with those they call. */
    static Set<SchemaObject> needed(Schema schema, List<SchemaObject> objects, Function<SchemaObject, Set<String>> words) {
        List<SchemaObject> routines = objects.stream().filter(TableRoutines::isRoutine).toList();
        if (routines.isEmpty()) {
            return Set.of(); // the common case: no table's SQL need be read
        }
        Set<String> called = new HashSet<>();
        for (Table table : schema.tables()) {
            tableExpressions(table).forEach(sql -> called.addAll(words(sql)));
        }
        Set<SchemaObject> needed = new HashSet<>();
        List<SchemaObject> added = new ArrayList<>();
        do {
            added.clear();
            for (SchemaObject routine : routines) {
                if (!needed.contains(routine) && called.contains(routine.name().name().toLowerCase(Locale.ROOT))) {
                    added.add(routine);
                }
            }
            needed.addAll(added);
            for (SchemaObject routine : added) {
                called.addAll(words.apply(routine));
            }
        } while (!added.isEmpty());
        return needed;
    }

    static boolean isRoutine(SchemaObject object) {
        return object.kind() == SchemaObject.Kind.FUNCTION || object.kind() == SchemaObject.Kind.PROCEDURE
                || object.kind() == SchemaObject.Kind.AGGREGATE;
    }

    private static List<String> tableExpressions(Table table) {
        List<String> sql = new ArrayList<>();
        for (CheckConstraint check : table.checks()) {
            sql.add(check.expression());
        }
        for (Index index : table.indexes()) {
            index.keys().stream().map(Index.Key::expression).filter(e -> e != null).forEach(sql::add);
            if (index.predicate() != null) {
                sql.add(index.predicate());
            }
        }
        for (Column column : table.columns()) {
            if (column.defaultValue() != null) {
                sql.add(column.defaultValue().sql());
            }
            if (column.generated() != null) {
                sql.add(column.generated().expression());
            }
        }
        return sql;
    }

    /** The lower-case words and quoted names of some SQL; none when the tokens cannot follow it. */
    static Set<String> words(String sql) {
        Set<String> words = new HashSet<>();
        if (sql == null) {
            return words;
        }
        try {
            for (SqlLexer.Token token : Expressions.LEXER.tokens(sql)) {
                if (token.type() == SqlLexer.Type.WORD || token.type() == SqlLexer.Type.QUOTED_NAME) {
                    words.add(token.name().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IllegalArgumentException e) {
            // SQL the tokens cannot follow names nothing that can be relied on
        }
        return words;
    }

    /** A cache of {@link #words} per object definition, for one comparison. */
    static Function<SchemaObject, Set<String>> cache(Map<SchemaObject, Set<String>> cache) {
        return object -> cache.computeIfAbsent(object, o -> words(o.definition()));
    }
}
