package dev.retort.reflect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

/**
 * Object counts taken from each database's own catalog with queries written apart from the readers
 * (information_schema where the database has a faithful one), so reflection is checked against
 * the database rather than against itself.
 */
final class CatalogCounts {

    private CatalogCounts() {
    }

    /** PostgreSQL: information_schema, plus pg_indexes for indexes (the standard has none). */
    static ModelCounts postgres(Connection connection, String schema) throws SQLException {
        String tables = "select table_name from information_schema.tables where table_schema = ? "
                + "and table_type = 'BASE TABLE' and table_name not in ('retort_version', 'retort_audit', 'retort_lock')";
        int tableCount = count(connection, "select count(*) from (" + tables + ") t", schema);
        int columns = count(connection, "select count(*) from information_schema.columns where table_schema = ? "
                + "and table_name in (" + tables + ")", schema, schema);
        int indexes = count(connection, "select count(*) from pg_indexes i where schemaname = ? and tablename in ("
                + tables + ") and not exists (select 1 from information_schema.table_constraints tc "
                + "where tc.constraint_schema = i.schemaname and tc.table_name = i.tablename "
                + "and tc.constraint_name = i.indexname and tc.constraint_type in ('PRIMARY KEY', 'UNIQUE'))",
                schema, schema);
        String constraints = "select count(*) from information_schema.table_constraints where table_schema = ? "
                + "and table_name in (" + tables + ") and constraint_type = ?";
        int uniques = count(connection, constraints, schema, schema, "UNIQUE");
        int foreignKeys = count(connection, constraints, schema, schema, "FOREIGN KEY");
        // information_schema lists NOT NULL as CHECK constraints named <oid>_<oid>_<n>_not_null
        int checks = count(connection, constraints + " and constraint_name !~ '^[0-9]+_[0-9]+_[0-9]+_not_null$'",
                schema, schema, "CHECK");
        return new ModelCounts(tableCount, columns, indexes, uniques, foreignKeys, checks);
    }

    static int count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Names of Retort's own tables, which reflection leaves out. */
    static final Set<String> OWN = ReflectOptions.DEFAULT_OWN_TABLES;
}
