package dev.retort.dialect.h2;

import dev.retort.reflect.TableBuilder;
import dev.retort.reflect.TableFilter;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.ReflectOptions;
import dev.retort.spi.SchemaReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads H2 2.x schemas from {@code INFORMATION_SCHEMA}.
 *
 * <p>Always exactly twelve catalog queries, whatever the number of tables: the current schema,
 * tables and views (filtered in Java before anything else is read), then one plain query per
 * view — enum values, array element types, columns, table constraints, key columns, referential
 * constraints, check constraints, index columns, indexes — and one for views' definitions,
 * triggers, routines and sequences ({@link H2Definitions} prints the definitions; a view's column
 * names come with the columns). The views are joined in Java: H2 joins them without indexes, which took 27 s at
 * 1000 tables. Rows of tables the filter left out are skipped on arrival. Stateless and
 * thread-safe.
 */
final class H2SchemaReader implements SchemaReader {

    private static final String TABLES = """
            select TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, REMARKS from INFORMATION_SCHEMA.TABLES
             where TABLE_SCHEMA in (%s)
            """;

    /**
     * Views, triggers, routines and sequences, with what each definition is printed from: from the fifth
     * column on, a view's definition; a trigger's class, timing, event (a row per event), orientation,
     * queue, wait and rollback; a routine's Java method or source and whether it is deterministic.
     */
    private static final String OTHERS = """
            select 'VIEW', TABLE_SCHEMA, TABLE_NAME, null, VIEW_DEFINITION, null, null, null, null, null, null
              from INFORMATION_SCHEMA.VIEWS
             where TABLE_SCHEMA in (%1$s)
            union all
            select 'TRIGGER', TRIGGER_SCHEMA, TRIGGER_NAME, EVENT_OBJECT_TABLE, JAVA_CLASS, ACTION_TIMING,
                   EVENT_MANIPULATION, ACTION_ORIENTATION, cast(QUEUE_SIZE as varchar), cast(NO_WAIT as varchar),
                   cast(IS_ROLLBACK as varchar)
              from INFORMATION_SCHEMA.TRIGGERS
             where TRIGGER_SCHEMA in (%1$s)
            union all
            select ROUTINE_TYPE, ROUTINE_SCHEMA, ROUTINE_NAME, null, EXTERNAL_NAME, ROUTINE_DEFINITION, null, null,
                   null, null, IS_DETERMINISTIC
              from INFORMATION_SCHEMA.ROUTINES
             where ROUTINE_SCHEMA in (%1$s)
            union all
            select 'SEQUENCE', SEQUENCE_SCHEMA, SEQUENCE_NAME, null, null, null, null, null, null, null, null
              from INFORMATION_SCHEMA.SEQUENCES
             where SEQUENCE_SCHEMA in (%1$s)
            """;

    /** Everything one read needs to know: which tables, keyed by schema and name, and the current schema. */
    record Scope(String current, String schemaList, Object[] schemas, Map<List<String>, TableBuilder> tables,
                 H2Definitions definitions) {

        TableBuilder table(ResultSet row, int schemaColumn) throws SQLException {
            return tables.get(List.of(row.getString(schemaColumn), row.getString(schemaColumn + 1)));
        }

        QualifiedName name(String schema, String name) {
            return new QualifiedName(current.equals(schema) ? null : schema, name);
        }

        String sql(String template) {
            return template.formatted(schemaList);
        }
    }

    @Override
    public Schema read(JdbcSession session, ReflectOptions options) {
        String current = session.queryOne("select current_schema", row -> row.getString(1));
        List<String> schemas = options.schemas().isEmpty() ? List.of(current) : options.schemas();
        Scope scope = new Scope(current, String.join(", ", Collections.nCopies(schemas.size(), "?")),
                schemas.toArray(), new HashMap<>(), new H2Definitions(current));
        TableFilter filter = options.filter();
        session.query(scope.sql(TABLES), row -> {
            QualifiedName name = scope.name(row.getString(1), row.getString(2));
            if (filter.accepts(name.schema(), name.name())) {
                if (row.getString(3).contains("VIEW")) {
                    scope.definitions().view(row.getString(1), name);
                } else if (row.getString(3).equals("BASE TABLE")) {
                    scope.tables().put(List.of(row.getString(1), row.getString(2)), new TableBuilder(name, row.getString(4)));
                }
            }
            return null;
        }, scope.schemas());
        new H2Columns(scope).read(session);
        new H2Constraints(scope).read(session);
        session.query(scope.sql(OTHERS), row -> {
            other(row, scope);
            return null;
        }, concat(scope.schemas(), 4));
        return new Schema(scope.tables().values().stream().map(TableBuilder::build).toList(),
                scope.definitions().objects());
    }

    private static void other(ResultSet row, Scope scope) throws SQLException {
        String table = row.getString(4);
        if (table != null && !scope.tables().containsKey(List.of(row.getString(2), table))) {
            return;
        }
        scope.definitions().row(row, scope.name(row.getString(2), row.getString(3)),
                table == null ? null : scope.name(row.getString(2), table));
    }

    /** The parameters repeated for a query that names the schema list {@code times} times. */
    static Object[] concat(Object[] parameters, int times) {
        Object[] all = new Object[parameters.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(parameters, 0, all, i * parameters.length, parameters.length);
        }
        return all;
    }
}
