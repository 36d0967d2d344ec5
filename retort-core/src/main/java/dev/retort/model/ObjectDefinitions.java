package dev.retort.model;

import dev.retort.reflect.SqlLexer;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The CREATE statements of a SQL model's views, triggers, rules, routines, aggregates, sequences and
 * extensions, found by what they
 * create, so that the reflected objects carry the SQL that made them: that SQL is what autogenerate
 * runs to create an object and what lets the op reverse itself. An object is matched by kind and name
 * (and, for a trigger, table), ignoring case and schema; an overloaded routine gets every statement
 * that created one of its versions, a materialized view also the indexes on it (the readers read
 * indexes of tables only). Statements that only alter an object afterwards ({@code ALTER
 * SEQUENCE … OWNED BY}, {@code COMMENT ON VIEW}) are not kept. The schema's comment counts only when
 * the model sets one ({@code COMMENT ON SCHEMA}). Mutable while the model loads; not
 * thread-safe.
 */
final class ObjectDefinitions {

    /** Words that may stand between CREATE and the kind of object ({@code OR REPLACE}, MySQL's {@code DEFINER=…}). */
    private static final Set<String> STOP = Set.of("TABLE", "INDEX", "SCHEMA", "DATABASE",
            "COLLATION", "ROLE", "USER", "CAST", "OPERATOR", "POLICY", "SERVER", "PUBLICATION");

    /** SQLite's lexer knows every quote style; MySQL's also backslash escapes, which SQLite's takes for text. */
    private static final List<SqlLexer> LEXERS = List.of(SqlLexer.sqlite(), SqlLexer.mysql());

    private final Map<String, List<String>> statements = new LinkedHashMap<>();
    private boolean commentsSchema;

    /**
     * Keeps the statement when it creates one of the objects a schema lists, or an index, which belongs
     * to a materialized view's definition when it is on one (the readers read indexes of tables only).
     */
    void offer(String sql) {
        List<SqlLexer.Token> tokens = tokens(sql);
        if (tokens != null && tokens.size() > 2 && tokens.get(0).is("COMMENT") && tokens.get(1).is("ON") && tokens.get(2).is("SCHEMA")) {
            commentsSchema = true;
        }
        String key = tokens == null ? null : key(tokens);
        if (key == null && tokens != null) {
            key = indexKey(tokens);
        }
        if (key != null) {
            statements.computeIfAbsent(key, k -> new ArrayList<>()).add(sql.strip());
        }
    }

    /** The statement's tokens, or null when neither lexer can follow it (then it creates nothing recognisable). */
    private static List<SqlLexer.Token> tokens(String sql) {
        for (SqlLexer lexer : LEXERS) {
            try {
                return lexer.tokens(sql);
            } catch (RuntimeException e) {
                // try the next lexer
            }
        }
        return null;
    }

    /**
     * The schema with each object that a kept statement created carrying that statement, plus the
     * user-defined types and domains its columns use that a kept statement created and the schema does
     * not list (only PostgreSQL's reader lists types).
     */
    Schema attach(Schema schema) {
        List<SchemaObject> objects = new ArrayList<>();
        for (SchemaObject object : schema.objects()) {
            objects.add(withDefinition(object));
        }
        for (Table table : schema.tables()) {
            for (Column column : table.columns()) {
                SchemaObject type = typeOf(column.type());
                if (type != null && objects.stream().noneMatch(type::sameObject)) {
                    SchemaObject defined = withDefinition(type);
                    if (defined.definition() != null) {
                        objects.add(defined);
                    }
                }
            }
        }
        // the scratch space's own schema comment (PostgreSQL's default on public) is not the model's
        return new Schema(schema.tables(), objects, commentsSchema ? schema.comment() : null);
    }

    private SchemaObject withDefinition(SchemaObject object) {
        List<String> sql = statements.get(key(object.kind(), object.name().name(),
                object.table() == null ? null : object.table().name()));
        if (sql == null) {
            return object;
        }
        List<String> all = new ArrayList<>(sql);
        if (object.kind() == SchemaObject.Kind.MATERIALIZED_VIEW) {
            // its indexes go with it: created after it, dropped with it
            all.addAll(statements.getOrDefault(indexKey(object.name().name()), List.of()));
        }
        return object.withDefinition(String.join(";\n\n", all));
    }

    /** The key of {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] relation}, or null. */
    private static String indexKey(List<SqlLexer.Token> tokens) {
        int i = 1;
        if (tokens.size() > i && tokens.get(i).is("UNIQUE")) {
            i++;
        }
        if (tokens.size() <= i || !tokens.get(0).is("CREATE") || !tokens.get(i).is("INDEX")) {
            return null;
        }
        int on = i + 1;
        while (on < tokens.size() && on < i + 8 && !tokens.get(on).is("ON")) {
            on++;
        }
        int at = on + 1 < tokens.size() && tokens.get(on + 1).is("ONLY") ? on + 2 : on + 1;
        String relation = on < tokens.size() && tokens.get(on).is("ON") ? lastPart(tokens, at, new int[1]) : null;
        return relation == null ? null : indexKey(relation);
    }

    private static String indexKey(String relation) {
        return "INDEX on " + relation.toLowerCase(Locale.ROOT);
    }

    /** The type or domain object a column type names, or null. */
    private static SchemaObject typeOf(ColumnType type) {
        ColumnType element = type instanceof ColumnType.ArrayType array ? array.element() : type;
        if (element instanceof ColumnType.UserDefinedType defined && defined.kind() != ColumnType.UserDefinedType.Kind.BASE) {
            return SchemaObject.of(defined.kind() == ColumnType.UserDefinedType.Kind.DOMAIN
                    ? SchemaObject.Kind.DOMAIN : SchemaObject.Kind.TYPE, defined.name());
        }
        return null;
    }

    /** kind, name and table of what a CREATE statement creates, as one key; null for anything else. */
    private static String key(List<SqlLexer.Token> tokens) {
        if (tokens.isEmpty() || !tokens.get(0).is("CREATE")) {
            return null;
        }
        for (int i = 1; i < Math.min(tokens.size(), 16); i++) {
            SqlLexer.Token token = tokens.get(i);
            if (token.type() != SqlLexer.Type.WORD) {
                continue;
            }
            String word = token.text().toUpperCase(Locale.ROOT);
            if (STOP.contains(word)) {
                return null;
            }
            SchemaObject.Kind kind = kind(word, i + 1 < tokens.size() ? tokens.get(i + 1) : null);
            if (kind != null) {
                int name = i + (kind == SchemaObject.Kind.MATERIALIZED_VIEW ? 2 : 1);
                return named(kind, tokens, name);
            }
        }
        return null;
    }

    private static SchemaObject.Kind kind(String word, SqlLexer.Token next) {
        return switch (word) {
            case "VIEW" -> SchemaObject.Kind.VIEW;
            case "MATERIALIZED" -> next != null && next.is("VIEW") ? SchemaObject.Kind.MATERIALIZED_VIEW : null;
            case "TRIGGER" -> SchemaObject.Kind.TRIGGER;
            case "SEQUENCE" -> SchemaObject.Kind.SEQUENCE;
            // H2 names its user-defined functions aliases
            case "FUNCTION", "ALIAS" -> SchemaObject.Kind.FUNCTION;
            case "PROCEDURE" -> SchemaObject.Kind.PROCEDURE;
            // MariaDB's CREATE AGGREGATE FUNCTION makes a function: the next word decides
            case "AGGREGATE" -> next != null && next.is("FUNCTION") ? null : SchemaObject.Kind.AGGREGATE;
            case "EXTENSION" -> SchemaObject.Kind.EXTENSION;
            case "TYPE" -> SchemaObject.Kind.TYPE;
            case "DOMAIN" -> SchemaObject.Kind.DOMAIN;
            case "RULE" -> SchemaObject.Kind.RULE;
            default -> null;
        };
    }

    /**
     * The key of the object named at {@code at} (after IF NOT EXISTS), with a trigger's table after ON, a
     * rule's after TO ({@code CREATE RULE r AS ON INSERT TO t}).
     */
    private static String named(SchemaObject.Kind kind, List<SqlLexer.Token> tokens, int at) {
        int i = at;
        if (i + 2 < tokens.size() && tokens.get(i).is("IF") && tokens.get(i + 1).is("NOT") && tokens.get(i + 2).is("EXISTS")) {
            i += 3;
        }
        int[] end = new int[1];
        String name = lastPart(tokens, i, end);
        if (name == null) {
            return null;
        }
        String table = null;
        if (kind.onTable()) {
            String before = kind == SchemaObject.Kind.RULE ? "TO" : "ON";
            int on = end[0];
            while (on < tokens.size() && !tokens.get(on).is(before)) {
                on++;
            }
            table = lastPart(tokens, on + 1, end);
            if (table == null) {
                return null;
            }
        }
        return key(kind, name, table);
    }

    /** The last part of a possibly qualified name starting at {@code at}; {@code end[0]} is set past it. */
    private static String lastPart(List<SqlLexer.Token> tokens, int at, int[] end) {
        String last = null;
        int i = at;
        while (i < tokens.size() && (tokens.get(i).type() == SqlLexer.Type.WORD || tokens.get(i).type() == SqlLexer.Type.QUOTED_NAME)) {
            last = tokens.get(i).name();
            if (i + 1 < tokens.size() && tokens.get(i + 1).isSymbol(".")) {
                i += 2;
            } else {
                i++;
                break;
            }
        }
        end[0] = i;
        return last;
    }

    private static String key(SchemaObject.Kind kind, String name, String table) {
        return kind + " " + name.toLowerCase(Locale.ROOT) + (table == null ? "" : " on " + table.toLowerCase(Locale.ROOT));
    }
}
