package dev.retort.dialect.mysql;

import dev.retort.reflect.TableBuilder;
import dev.retort.reflect.TableFilter;
import dev.retort.schema.Charset;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.ReflectOptions;
import dev.retort.spi.SchemaReader;
import dev.retort.sql.SideQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads MySQL 8 and MariaDB schemas from {@code information_schema}, filtered by
 * {@code TABLE_SCHEMA = DATABASE()}.
 *
 * <p>Character sets, collations and table options are recorded only where they differ from what
 * would be inherited (see {@link MysqlTableOptions}): the table's against the database's default
 * collation and engine, read with the version, and a column's against its table's.
 *
 * <p>Always exactly nine catalog queries, whatever the number of tables: database and version,
 * collations, tables and views (filtered in Java before anything else is read), columns, and triggers
 * with routines on the caller's connection; index statistics, foreign-key rules, foreign-key columns
 * and check constraints meanwhile on a second one ({@link SideQueries}; in turn on the
 * caller's when the session cannot open another). {@code information_schema} is computed per query
 * from every table's definition, so the time is the server's, and two connections use two cores.
 * Rows of tables the filter left out are skipped. Stateless and thread-safe.
 */
final class MysqlSchemaReader implements SchemaReader {

    private static final String TABLES = """
            select TABLE_NAME, TABLE_TYPE, TABLE_COMMENT, TABLE_COLLATION, ENGINE, CREATE_OPTIONS
              from information_schema.TABLES
             where TABLE_SCHEMA = database()
            """;

    /** The character set MariaDB's JSON type implies; a JSON column's own only when it is another. */
    private static final Charset JSON_CHARSET = new Charset("utf8mb4", "utf8mb4_bin");

    private static final String MARIADB_CHECKS = """
            select TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL from information_schema.CHECK_CONSTRAINTS
             where CONSTRAINT_SCHEMA = database()
            """;

    private static final String MYSQL_CHECKS = """
            select tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, 'Table'
              from information_schema.CHECK_CONSTRAINTS cc
              join information_schema.TABLE_CONSTRAINTS tc
                on tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA and tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME
               and tc.CONSTRAINT_TYPE = 'CHECK'
             where cc.CONSTRAINT_SCHEMA = database()
            """;

    /*
     * Views' definitions, triggers, routines and their parameters in one query: every row is kind, name,
     * table, text, then the kind's own columns (see MysqlDefinitions). A function's return value is its
     * parameter 0, left out: ROUTINES gives it.
     */
    private static final String OTHERS = """
            select 'TRIGGER', TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_STATEMENT, ACTION_TIMING, EVENT_MANIPULATION,
                   null, null, null
              from information_schema.TRIGGERS
             where TRIGGER_SCHEMA = database()
            union all
            select ROUTINE_TYPE, ROUTINE_NAME, null, ROUTINE_DEFINITION, DTD_IDENTIFIER, IS_DETERMINISTIC,
                   SQL_DATA_ACCESS, SECURITY_TYPE, ROUTINE_COMMENT
              from information_schema.ROUTINES
             where ROUTINE_SCHEMA = database()
            union all
            select 'PARAMETER', SPECIFIC_NAME, ROUTINE_TYPE, PARAMETER_NAME, PARAMETER_MODE, DTD_IDENTIFIER,
                   cast(ORDINAL_POSITION as char), null, null
              from information_schema.PARAMETERS
             where SPECIFIC_SCHEMA = database() and ORDINAL_POSITION > 0
            union all
            select 'VIEW', TABLE_NAME, null, VIEW_DEFINITION, CHECK_OPTION, SECURITY_TYPE, null, null, null
              from information_schema.VIEWS
             where TABLE_SCHEMA = database()
            """;

    @Override
    public Schema read(JdbcSession session, ReflectOptions options) {
        String[] identity = session.queryOne(
                "select database(), version(), @@collation_database, @@default_storage_engine",
                row -> new String[] {row.getString(1), row.getString(2), row.getString(3), row.getString(4)});
        boolean mariadb = identity[1].contains("MariaDB");
        TableFilter filter = options.filter();
        MysqlTableOptions tableOptions = new MysqlTableOptions(identity[2], identity[3]);
        Map<String, TableBuilder> tables = new HashMap<>();
        Map<String, String> collations = new HashMap<>();
        List<SchemaObject> objects = new ArrayList<>();
        MysqlForeignKeys foreignKeys = new MysqlForeignKeys(identity[0]);
        try (SideQueries side = SideQueries.beside(session)) {
            // meanwhile the side connection reads indexes, foreign keys and checks (about half the server's work)
            var indexes = MysqlIndexes.start(side, !mariadb);
            var keys = MysqlForeignKeys.start(side);
            var checks = side.submit(mariadb ? MARIADB_CHECKS : MYSQL_CHECKS, row -> new Check(row.getString(1),
                    row.getString(2), row.getString(3), row.getString(4)));
            MysqlCollations known = MysqlCollations.read(session);
            session.query(TABLES, row -> {
                table(row, filter, tableOptions, known, tables, collations, objects);
                return null;
            });
            new MysqlColumns(mariadb, known).read(session, tables, collations);
            MysqlDefinitions definitions = new MysqlDefinitions(identity[0]);
            session.query(OTHERS, row -> {
                definitions.row(row);
                return null;
            });
            others(definitions, tables, objects);
            checks.rows().forEach(check -> check(check, tables));
            MysqlIndexes.place(indexes, tables);
            foreignKeys.place(keys, tables);
        }
        return new Schema(tables.values().stream().map(TableBuilder::build).toList(), objects);
    }

    private static void table(ResultSet row, TableFilter filter, MysqlTableOptions tableOptions, MysqlCollations known,
                              Map<String, TableBuilder> tables, Map<String, String> collations,
                              List<SchemaObject> objects) throws SQLException {
        String name = row.getString(1);
        if (!filter.accepts(null, name)) {
            return;
        }
        switch (row.getString(2)) {
            case "VIEW" -> objects.add(SchemaObject.of(SchemaObject.Kind.VIEW, QualifiedName.of(name)));
            case "SEQUENCE" -> objects.add(SchemaObject.of(SchemaObject.Kind.SEQUENCE, QualifiedName.of(name)));
            default -> {
                TableBuilder table = new TableBuilder(QualifiedName.of(name), row.getString(3));
                String collation = row.getString(4);
                table.options(tableOptions.of(collation, known.charsetOf(collation), known.isDefault(collation),
                        row.getString(5), row.getString(6)));
                tables.put(name, table);
                collations.put(name, row.getString(4));
            }
        }
    }

    /** A row of the check-constraint query: its table, name, clause and level ({@code Table} or {@code Column}). */
    private record Check(String table, String name, String clause, String level) {
    }

    private static void check(Check check, Map<String, TableBuilder> tables) {
        TableBuilder table = tables.get(check.table());
        if (table == null) {
            return;
        }
        String name = check.name();
        String clause = check.clause();
        // MariaDB's JSON is LONGTEXT plus a column-level CHECK (json_valid(`col`)); the column
        // already reads as JSON, so the check is part of the type, not a constraint of its own
        if ("Column".equals(check.level()) && MysqlColumns.isJsonCheck(name, clause)) {
            Column column = table.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
            if (column != null && column.type().equals(new ColumnType.StringType(ColumnType.Size.LARGE, null))) {
                // and JSON implies utf8mb4_bin, which is therefore no character set of the column's own
                Charset charset = JSON_CHARSET.equals(column.charset()) ? null : column.charset();
                table.replaceColumn(column.withType(new ColumnType.JsonType(false)).withCharset(charset));
                return;
            }
        }
        // MariaDB names a column-level check after its column and prints it inside the column's definition
        table.check(new CheckConstraint(name, clause, "Column".equals(check.level())));
    }

    private static void others(MysqlDefinitions definitions, Map<String, TableBuilder> tables, List<SchemaObject> objects) {
        objects.replaceAll(object -> object.kind() == SchemaObject.Kind.VIEW
                ? object.withCatalog(definitions.view(object.name().name())) : object);
        definitions.triggers().stream().filter(trigger -> tables.containsKey(trigger.table().name())).forEach(objects::add);
        objects.addAll(definitions.routines());
    }
}
