package dev.retort.dialect.h2;

import dev.retort.schema.CatalogDefinition;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaObject;
import dev.retort.sql.lex.SqlLexer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the views, triggers, routines and sequences of one read and prints the definitions H2
 * keeps of views ({@code VIEW_DEFINITION} and the view's column names), of triggers written as a Java
 * class (timing, events, table, row or statement, queue, class) and of aliases (the Java method, or
 * the source). Each {@link CatalogDefinition}'s statement re-creates the object as {@code SCRIPT}
 * would; its comparable text is the statement with spacing collapsed. H2 qualifies every name in a
 * view with its schema, and a SQL model's scratch database works in {@code PUBLIC}, so the current
 * schema's qualifier is taken out of both. A trigger written as source has no catalog definition:
 * H2 shows no source in {@code INFORMATION_SCHEMA.TRIGGERS}, so it is not compared. Mutable, one
 * read's own.
 */
final class H2Definitions {

    /** H2 lists a trigger's events in this order, one row each. */
    private static final List<String> EVENTS = List.of("INSERT", "UPDATE", "DELETE", "SELECT");

    private final String current;
    private final Map<List<String>, Entry> objects = new LinkedHashMap<>();

    H2Definitions(String current) {
        this.current = current;
    }

    /** A view the filter accepted, read from the tables query; its definition arrives later. */
    void view(String schema, QualifiedName name) {
        objects.put(List.of("VIEW", schema, name.name()), new Entry(SchemaObject.Kind.VIEW, name, null));
    }

    /** One column of a view, read with the tables' columns; ignored when the view was not accepted. */
    void viewColumn(String schema, String view, int position, String column) {
        Entry entry = objects.get(List.of("VIEW", schema, view));
        if (entry != null) {
            entry.columns.put(position, H2Dialect.quote(column));
        }
    }

    /**
     * One row of the reader's objects query: kind, schema, name, table (a trigger's), then the kind's own
     * columns from the sixth on (see {@code H2SchemaReader.OTHERS}).
     */
    void row(ResultSet row, QualifiedName name, QualifiedName table) throws SQLException {
        String kind = row.getString(1);
        if (kind.equals("VIEW")) {
            Entry view = objects.get(List.of("VIEW", row.getString(2), row.getString(3)));
            if (view != null) {
                view.body = row.getString(5);
            }
            return;
        }
        Entry entry = objects.computeIfAbsent(List.of(kind, row.getString(2), row.getString(3)),
                key -> new Entry(SchemaObject.Kind.valueOf(kind), name, table));
        switch (kind) {
            case "TRIGGER" -> entry.trigger(row);
            case "FUNCTION", "PROCEDURE" -> entry.routine(row);
            default -> { }
        }
    }

    /** Every object, in the order first read, with its catalog definition where H2 shows one. */
    List<SchemaObject> objects() {
        List<SchemaObject> result = new ArrayList<>();
        for (Entry entry : objects.values()) {
            String sql = switch (entry.kind) {
                case VIEW -> entry.viewSql();
                case TRIGGER -> entry.triggerSql();
                case FUNCTION, PROCEDURE -> entry.aliasSql();
                default -> null;
            };
            SchemaObject object = new SchemaObject(entry.kind, entry.name, entry.table);
            result.add(sql == null ? object : object.withCatalog(definition(sql)));
        }
        return result;
    }

    private CatalogDefinition definition(String sql) {
        String unqualified = unqualified(sql, current);
        return CatalogDefinition.spacingCollapsed(unqualified, unqualified);
    }

    /**
     * The SQL without the {@code "schema".} qualifiers of the given schema. The lexer reads quoted
     * identifiers and string literals whole, so a literal or a name that holds the same text is left
     * alone; everything between the qualifiers is kept as written.
     */
    static String unqualified(String sql, String schema) {
        String qualifier = H2Dialect.quote(schema);
        List<SqlLexer.Token> tokens;
        try {
            tokens = new SqlLexer(H2Dialect.FLAVOUR).tokens(sql);
        } catch (IllegalArgumentException unreadable) {
            return sql; // H2 prints what it reads back; text it cannot have printed is compared as it is
        }
        StringBuilder result = new StringBuilder(sql.length());
        int copied = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            SqlLexer.Token name = tokens.get(i);
            SqlLexer.Token dot = tokens.get(i + 1);
            if (name.type() == SqlLexer.Type.QUOTED_NAME && name.text().equals(qualifier) && dot.isSymbol(".")
                    && dot.start() == name.end()) {
                result.append(sql, copied, name.start());
                copied = dot.end();
            }
        }
        return result.append(sql, copied, sql.length()).toString();
    }

    /** The name as the reader gives it: qualified only outside the current schema. */
    private static String qualified(QualifiedName name) {
        return (name.schema() == null ? "" : H2Dialect.quote(name.schema()) + ".") + H2Dialect.quote(name.name());
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** One object's parts, gathered from its rows. */
    private static final class Entry {
        private final SchemaObject.Kind kind;
        private final QualifiedName name;
        private final QualifiedName table;
        private final Map<Integer, String> columns = new TreeMap<>();
        private final List<String> events = new ArrayList<>();
        private String body;
        private String timing;
        private boolean eachRow;
        private boolean onRollback;
        private String queue;
        private boolean noWait;
        private boolean deterministic;
        private boolean source;

        Entry(SchemaObject.Kind kind, QualifiedName name, QualifiedName table) {
            this.kind = kind;
            this.name = name;
            this.table = table;
        }

        /** Columns: 5 JAVA_CLASS, 6 ACTION_TIMING, 7 EVENT_MANIPULATION, 8 ACTION_ORIENTATION, 9 QUEUE_SIZE, 10 NO_WAIT, 11 IS_ROLLBACK. */
        void trigger(ResultSet row) throws SQLException {
            body = row.getString(5);
            timing = row.getString(6);
            if (!events.contains(row.getString(7))) {
                events.add(row.getString(7));
            }
            eachRow = "ROW".equals(row.getString(8));
            queue = row.getString(9);
            noWait = "TRUE".equalsIgnoreCase(row.getString(10));
            onRollback = "TRUE".equalsIgnoreCase(row.getString(11));
        }

        /** Columns: 5 EXTERNAL_NAME, 6 ROUTINE_DEFINITION, 11 IS_DETERMINISTIC. An overloaded alias has a row per method. */
        void routine(ResultSet row) throws SQLException {
            source = row.getString(5) == null;
            body = source ? row.getString(6) : row.getString(5);
            deterministic = "YES".equals(row.getString(11));
        }

        String viewSql() {
            if (body == null || columns.isEmpty()) {
                return null;
            }
            return "CREATE VIEW " + qualified(name) + "(" + String.join(", ", columns.values()) + ") AS\n" + body.strip();
        }

        String triggerSql() {
            if (body == null || timing == null) {
                // a trigger written as source: INFORMATION_SCHEMA shows no source to compare or re-create
                return null;
            }
            List<String> sorted = new ArrayList<>(events);
            sorted.sort((a, b) -> Integer.compare(EVENTS.indexOf(a), EVENTS.indexOf(b)));
            if (onRollback) {
                sorted.add("ROLLBACK");
            }
            return "CREATE TRIGGER " + qualified(name) + " " + timing + " " + String.join(", ", sorted)
                    + " ON " + qualified(table) + (eachRow ? " FOR EACH ROW" : "") + " QUEUE " + queue
                    + (noWait ? " NOWAIT" : "") + " CALL " + literal(body);
        }

        String aliasSql() {
            if (body == null) {
                return null;
            }
            return "CREATE ALIAS " + qualified(name) + (deterministic ? " DETERMINISTIC" : "")
                    + (source ? " AS " : " FOR ") + literal(body);
        }
    }
}
