package dev.retort.model;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.spi.ModelSession;
import dev.retort.sql.lex.SqlFlavour;
import dev.retort.sql.lex.SqlLexer;
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
 * (and, for a trigger, table), ignoring case; in a multi-schema model first in the schema the statement
 * created it in (as the dialect's {@link ModelSession} follows it), else whatever the schema. An overloaded routine gets every statement
 * that created one of its versions, a materialized view also the indexes on it (the readers read
 * indexes of tables only). Statements that only alter an object afterwards ({@code ALTER
 * SEQUENCE … OWNED BY}, {@code COMMENT ON VIEW}) are not kept. An extension or composite type no statement
 * creates gets the statement the reader built from the catalog. The schema's comment counts only when
 * the model sets one ({@code COMMENT ON SCHEMA}). Mutable while the model loads; not
 * thread-safe.
 */
final class ObjectDefinitions {

    /** Words that may stand between CREATE and the kind of object ({@code OR REPLACE}, MySQL's {@code DEFINER=…}). */
    private static final Set<String> STOP = Set.of("TABLE", "INDEX", "DATABASE",
            "ROLE", "USER", "CAST", "OPERATOR", "POLICY", "SERVER", "PUBLICATION");

    /**
     * The kinds whose catalog statement (where the reader gives one) never creates them when no statement of
     * the model does: PostgreSQL clones a partitioned table's triggers onto its partitions by itself, so a
     * trigger no statement made may be such a clone, which creating again would fail.
     */
    private static final Set<SchemaObject.Kind> NOT_FROM_CATALOG = Set.of(SchemaObject.Kind.TRIGGER);

    /** Every dialect's quotes and MySQL's backslash escapes, for definitions offered without a dialect (tests). */
    private static final SqlFlavour ANY_QUOTES = SqlFlavour.ANSI.withBacktickIdentifiers(true).withBracketIdentifiers(true)
            .withBackslashEscapes(true);

    /** By kind, name and table, whatever the schema. */
    private final Map<String, List<String>> statements = new LinkedHashMap<>();
    /** By kind, schema, name and table: what a multi-schema model created where (caa and eaa both have an index_listing). */
    private final Map<String, List<String>> inSchema = new LinkedHashMap<>();
    private final SqlLexer lexer;
    private final ModelSession path;
    private boolean commentsSchema;

    /** Definitions of a single-schema model: objects are matched whatever their schema. */
    ObjectDefinitions() {
        this(ANY_QUOTES, ModelSession.PLAIN);
    }

    /**
     * Definitions of a model in the given flavour, whose session the dialect follows.
     *
     * @param flavour the model's SQL; without dollar quotes, so that the words of a {@code DO} block's body
     *                are tokens ({@link #offer})
     */
    ObjectDefinitions(SqlFlavour flavour, ModelSession path) {
        this.lexer = new SqlLexer(flavour);
        this.path = path;
    }

    /** A model file starts (its search path is the project's again). */
    void startFile() {
        path.startFile();
    }

    /**
     * Keeps the statement when it creates one of the objects a schema lists, or an index, which belongs
     * to a materialized view's definition when it is on one (the readers read indexes of tables only).
     * A PostgreSQL {@code DO} block counts for every routine it creates, {@code ALTER TEXT SEARCH
     * CONFIGURATION} for its configuration (its mappings are part of it).
     */
    void offer(String model) {
        String sql = VersionedComments.unwrap(model);
        List<SqlLexer.Token> tokens = tokens(sql);
        if (tokens == null || path.follow(tokens)) {
            return;
        }
        if (dropsView(tokens)) {
            return;
        }
        if (tokens.size() > 2 && tokens.get(0).is("COMMENT") && tokens.get(1).is("ON") && tokens.get(2).is("SCHEMA")) {
            commentsSchema = true;
        }
        List<String[]> keys = new ArrayList<>();
        String[] key = key(tokens);
        if (key == null) {
            key = indexKey(tokens);
        }
        if (key != null) {
            keys.add(key);
        } else if (!tokens.isEmpty() && tokens.get(0).is("DO")) {
            keys.addAll(routinesOfBlock(tokens));
        } else if (tokens.size() > 4 && tokens.get(0).is("ALTER") && tokens.get(1).is("TEXT") && tokens.get(2).is("SEARCH")
                && tokens.get(3).is("CONFIGURATION")) {
            keys.add(named(SchemaObject.Kind.TEXT_SEARCH_CONFIGURATION, tokens, 4));
        }
        String kept = path.inContext(sql.strip());
        for (String[] found : keys) {
            if (found == null) {
                continue;
            }
            statements.computeIfAbsent(found[0], k -> new ArrayList<>()).add(kept);
            String schema = found[1] != null ? found[1] : path.creationSchema();
            if (schema != null) {
                inSchema.computeIfAbsent(schema + " " + found[0], k -> new ArrayList<>()).add(kept);
            }
        }
    }

    /**
     * Forgets a view's statements when the model drops it (or a table of its name): a dump creates a
     * stand-in for each view first, drops it, and creates the view itself later.
     */
    private boolean dropsView(List<SqlLexer.Token> tokens) {
        if (tokens.size() < 3 || !tokens.get(0).is("DROP") || !(tokens.get(1).is("VIEW") || tokens.get(1).is("TABLE"))) {
            return false;
        }
        int at = tokens.size() > 4 && tokens.get(2).is("IF") && tokens.get(3).is("EXISTS") ? 4 : 2;
        String[] key = named(SchemaObject.Kind.VIEW, tokens, at);
        if (key != null) {
            statements.remove(key[0]);
            inSchema.keySet().removeIf(kept -> kept.endsWith(" " + key[0]));
        }
        return true;
    }

    /** The routines a {@code DO} block creates ({@code CREATE [OR REPLACE] FUNCTION|PROCEDURE name}), each once. */
    private static List<String[]> routinesOfBlock(List<SqlLexer.Token> tokens) {
        Map<String, String[]> found = new LinkedHashMap<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).is("CREATE")) {
                continue;
            }
            int at = i + 1;
            if (at + 1 < tokens.size() && tokens.get(at).is("OR") && tokens.get(at + 1).is("REPLACE")) {
                at += 2;
            }
            if (at < tokens.size() && (tokens.get(at).is("FUNCTION") || tokens.get(at).is("PROCEDURE"))) {
                String[] key = named(tokens.get(at).is("FUNCTION") ? SchemaObject.Kind.FUNCTION
                        : SchemaObject.Kind.PROCEDURE, tokens, at + 1);
                if (key != null) {
                    found.putIfAbsent(key[1] + " " + key[0], key);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** The statement's tokens, or null when the lexer cannot follow it (then it creates nothing recognisable). */
    private List<SqlLexer.Token> tokens(String sql) {
        try {
            return lexer.tokens(sql);
        } catch (IllegalArgumentException e) {
            return null;
        }
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
        String key = key(object.kind(), object.name().name(), object.table() == null ? null : object.table().name());
        String schema = object.name().schema() != null ? object.name().schema().toLowerCase(Locale.ROOT) : path.defaultSchema();
        List<String> sql = schema == null ? null : inSchema.get(schema + " " + key);
        if (sql == null) {
            sql = statements.get(key);
        }
        boolean catalogFirst = object.kind() == SchemaObject.Kind.SEQUENCE;
        if ((sql == null || catalogFirst) && !NOT_FROM_CATALOG.contains(object.kind()) && object.catalog() != null
                && object.catalog().statement() != null) {
            // a sequence's print says all a model's CREATE and ALTER SEQUENCE statements did (options, owner)
            // made by no statement Retort can find (a DO block, a function, mysqldump's /*!50001 … */ views):
            // the scratch database holds it, and its own print re-creates it as it is there
            return object.withDefinition(object.catalog().statement());
        }
        if (sql == null) {
            // a schema the project names but no statement creates: Retort made it in the scratch database
            return object.kind() == SchemaObject.Kind.SCHEMA ? object.withDefinition("CREATE SCHEMA "
                    + "\"" + object.name().name().replace("\"", "\"\"") + "\"") : object;
        }
        List<String> all = new ArrayList<>(sql);
        if (object.kind() == SchemaObject.Kind.MATERIALIZED_VIEW) {
            // its indexes go with it: created after it, dropped with it
            all.addAll(statements.getOrDefault(indexKey(object.name().name()), List.of()));
        }
        return object.withDefinition(String.join(";\n\n", all));
    }

    /** The key of {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] relation}, or null. */
    private static String[] indexKey(List<SqlLexer.Token> tokens) {
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
        return relation == null ? null : new String[] {indexKey(relation), null};
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

    /**
     * Kind, name and table of what a CREATE statement creates, as one key, and the schema it names
     * (lower case, null when unqualified); null for anything else.
     */
    private static String[] key(List<SqlLexer.Token> tokens) {
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
            SchemaObject.Kind kind = kind(word, i + 1 < tokens.size() ? tokens.get(i + 1) : null,
                    i + 2 < tokens.size() ? tokens.get(i + 2) : null);
            if (kind != null) {
                int name = i + switch (kind) {
                    case MATERIALIZED_VIEW -> 2;
                    case TEXT_SEARCH_CONFIGURATION, TEXT_SEARCH_DICTIONARY -> 3;
                    default -> 1;
                };
                return named(kind, tokens, name);
            }
        }
        return null;
    }

    private static SchemaObject.Kind kind(String word, SqlLexer.Token next, SqlLexer.Token third) {
        return switch (word) {
            case "SCHEMA" -> SchemaObject.Kind.SCHEMA;
            case "COLLATION" -> SchemaObject.Kind.COLLATION;
            case "TEXT" -> next == null || !next.is("SEARCH") || third == null ? null
                    : third.is("CONFIGURATION") ? SchemaObject.Kind.TEXT_SEARCH_CONFIGURATION
                    : third.is("DICTIONARY") ? SchemaObject.Kind.TEXT_SEARCH_DICTIONARY : null;
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
    private static String[] named(SchemaObject.Kind kind, List<SqlLexer.Token> tokens, int at) {
        int i = at;
        if (i + 2 < tokens.size() && tokens.get(i).is("IF") && tokens.get(i + 1).is("NOT") && tokens.get(i + 2).is("EXISTS")) {
            i += 3;
        }
        int[] end = new int[1];
        String name = lastPart(tokens, i, end);
        if (name == null) {
            return null;
        }
        // a schema and an extension are not in a schema; neither are a trigger's own name's parts
        String schema = end[0] - i > 1 && kind != SchemaObject.Kind.SCHEMA && kind != SchemaObject.Kind.EXTENSION
                ? tokens.get(end[0] - 3).name().toLowerCase(Locale.ROOT) : null;
        String table = null;
        if (kind.onTable()) {
            String before = kind == SchemaObject.Kind.RULE ? "TO" : "ON";
            int on = end[0];
            while (on < tokens.size() && !tokens.get(on).is(before)) {
                on++;
            }
            int tableStart = on + 1;
            table = lastPart(tokens, tableStart, end);
            if (table == null) {
                return null;
            }
            // a trigger or rule is in its table's schema
            schema = end[0] - tableStart > 1 ? tokens.get(end[0] - 3).name().toLowerCase(Locale.ROOT) : null;
        }
        return new String[] {key(kind, name, table), schema};
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
