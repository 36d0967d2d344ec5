package dev.retort.dialect.mysql;

import dev.retort.schema.CatalogDefinition;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaObject;
import dev.retort.sql.lex.SqlLexer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects the definitions of views, triggers and routines from the rows of the reader's one query
 * over {@code information_schema} VIEWS, TRIGGERS, ROUTINES and PARAMETERS, and builds each object's
 * {@link CatalogDefinition}: a {@code CREATE} statement without {@code DEFINER} (which names the
 * loading user, not the schema) whose text is what is compared. {@code VIEW_DEFINITION} qualifies
 * every name with the database's, which a SQL model's scratch database does not share, so the
 * current database's qualifier is taken out. A trigger's order among triggers of the same event is
 * not compared (it follows the order of creation). Mutable, one read's own.
 */
final class MysqlDefinitions {

    private final Pattern databaseQualifier;
    private final Map<String, CatalogDefinition> views = new HashMap<>();
    private final Map<String, Routine> routines = new HashMap<>();
    private final List<SchemaObject> triggers = new ArrayList<>();

    MysqlDefinitions(String database) {
        this.databaseQualifier = Pattern.compile(Pattern.quote(MysqlDialect.quote(database) + "."));
    }

    /** One row: kind, name, table, text, then the kind's own columns (see the reader's query). */
    void row(ResultSet row) throws SQLException {
        String kind = row.getString(1);
        String name = row.getString(2);
        switch (kind) {
            case "VIEW" -> views.put(name, view(name, row.getString(4), row.getString(5), row.getString(6)));
            case "TRIGGER" -> triggers.add(trigger(name, row.getString(3), row.getString(4), row.getString(5),
                    row.getString(6)));
            case "PARAMETER" -> routine(row.getString(3), name).parameters.put(Integer.valueOf(row.getString(7)),
                    (row.getString(5) == null ? "" : row.getString(5) + " ") + MysqlDialect.quote(row.getString(4)) + " "
                            + row.getString(6));
            default -> {
                Routine routine = routine(kind, name);
                routine.body = row.getString(4);
                routine.characteristics = characteristics(row);
                routine.returns = row.getString(5);
            }
        }
    }

    /** The view's definition, or null when the database showed none. */
    CatalogDefinition view(String name) {
        return views.get(name);
    }

    /** Every trigger, with its table and definition. */
    List<SchemaObject> triggers() {
        return triggers;
    }

    /** Every routine, with its definition where the database showed its body. */
    List<SchemaObject> routines() {
        List<SchemaObject> result = new ArrayList<>();
        routines.forEach((key, routine) -> result.add(SchemaObject.of(routine.kind, QualifiedName.of(routine.name))
                .withCatalog(routine.definition())));
        return result;
    }

    private CatalogDefinition view(String name, String query, String checkOption, String security) {
        if (query == null || query.isBlank()) {
            // MySQL shows no definition to a user without the SHOW VIEW privilege
            return null;
        }
        String sql = "CREATE " + ("INVOKER".equals(security) ? "SQL SECURITY INVOKER " : "") + "VIEW "
                + MysqlDialect.quote(name)
                + " AS " + databaseQualifier.matcher(query.strip()).replaceAll("")
                + (checkOption == null || "NONE".equals(checkOption) ? "" : " WITH " + checkOption + " CHECK OPTION");
        return definition(sql);
    }

    private SchemaObject trigger(String name, String table, String action, String timing, String event) {
        String sql = "CREATE TRIGGER " + MysqlDialect.quote(name) + " " + timing + " " + event + " ON "
                + MysqlDialect.quote(table) + " FOR EACH ROW " + action.strip();
        return new SchemaObject(SchemaObject.Kind.TRIGGER, QualifiedName.of(name), QualifiedName.of(table), null,
                definition(sql));
    }

    private Routine routine(String kind, String name) {
        return routines.computeIfAbsent(kind + " " + name, key -> new Routine(SchemaObject.Kind.valueOf(kind), name));
    }

    private static String characteristics(ResultSet row) throws SQLException {
        StringBuilder text = new StringBuilder();
        if ("YES".equals(row.getString(6))) {
            text.append(" DETERMINISTIC");
        }
        if (row.getString(7) != null && !"CONTAINS SQL".equals(row.getString(7))) {
            text.append(' ').append(row.getString(7));
        }
        if ("INVOKER".equals(row.getString(8))) {
            text.append(" SQL SECURITY INVOKER");
        }
        String comment = row.getString(9);
        if (comment != null && !comment.isEmpty()) {
            text.append(" COMMENT '").append(comment.replace("\\", "\\\\").replace("'", "''")).append('\'');
        }
        return text.toString();
    }

    /**
     * Compared token by token, without comments: the mysql client strips comments from the statements
     * it sends (a body loaded with it has none), and Retort sends the model's statements as written.
     */
    private static CatalogDefinition definition(String sql) {
        try {
            return new CatalogDefinition(new SqlLexer(MysqlDialect.FLAVOUR).tokens(sql).stream().map(SqlLexer.Token::text)
                    .collect(Collectors.joining(" ")), sql);
        } catch (RuntimeException unlexable) {
            return CatalogDefinition.spacingCollapsed(sql, sql);
        }
    }

    /** A routine's parts, gathered from its ROUTINES row and its PARAMETERS rows. */
    private static final class Routine {
        private final SchemaObject.Kind kind;
        private final String name;
        private final Map<Integer, String> parameters = new TreeMap<>();
        private String body;
        private String characteristics = "";
        private String returns;

        Routine(SchemaObject.Kind kind, String name) {
            this.kind = kind;
            this.name = name;
        }

        CatalogDefinition definition() {
            if (body == null || body.isBlank()) {
                // ROUTINE_DEFINITION is null for a user who does not own the routine
                return null;
            }
            String sql = "CREATE " + kind.name() + " " + MysqlDialect.quote(name) + "("
                    + String.join(", ", parameters.values()) + ")"
                    + (kind == SchemaObject.Kind.FUNCTION && returns != null ? " RETURNS " + returns : "")
                    + characteristics + "\n" + body.strip();
            return MysqlDefinitions.definition(sql);
        }
    }
}
