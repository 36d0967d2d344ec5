package dev.retort.reflect;

import dev.retort.spi.ReflectOptions;
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
public final class CatalogCounts {

    private CatalogCounts() {
    }

    /** PostgreSQL: information_schema, plus pg_indexes for indexes (the standard has none). */
    public static ModelCounts postgres(Connection connection, String schema) throws SQLException {
        String tables = "select table_name from information_schema.tables where table_schema = ? "
                + "and table_type = 'BASE TABLE' and table_name not in ('retort_version', 'retort_audit', 'retort_version_lock')";
        int tableCount = count(connection, "select count(*) from (" + tables + ") t", schema);
        int columns = count(connection, "select count(*) from information_schema.columns where table_schema = ? "
                + "and table_name in (" + tables + ")", schema, schema);
        // what a partition or child has only because its parent has it is modelled on the parent alone
        int indexes = count(connection, "select count(*) from pg_indexes i where schemaname = ? and tablename in ("
                + tables + ") and not exists (select 1 from pg_class ic join pg_namespace n on n.oid = ic.relnamespace"
                + " where n.nspname = i.schemaname and ic.relname = i.indexname and ic.relispartition)"
                + " and not exists (select 1 from information_schema.table_constraints tc "
                + "where tc.constraint_schema = i.schemaname and tc.table_name = i.tablename "
                + "and tc.constraint_name = i.indexname and tc.constraint_type in ('PRIMARY KEY', 'UNIQUE'))",
                schema, schema);
        String constraints = "select count(*) from information_schema.table_constraints where table_schema = ? "
                + "and table_name in (" + tables + ") and constraint_type = ?";
        int uniques = count(connection, constraints, schema, schema, "UNIQUE");
        int foreignKeys = count(connection, "select count(*) from pg_constraint c join pg_class t on t.oid = c.conrelid"
                + " join pg_namespace n on n.oid = t.relnamespace where n.nspname = ? and t.relname in (" + tables + ")"
                + " and c.contype = 'f' and c.conparentid = 0", schema, schema);
        // information_schema lists NOT NULL as CHECK constraints named <oid>_<oid>_<n>_not_null
        int checks = count(connection, constraints + " and constraint_name !~ '^[0-9]+_[0-9]+_[0-9]+_not_null$'"
                + " and not exists (select 1 from pg_constraint pc where pc.conname = constraint_name and not pc.conislocal"
                + " and pc.conrelid = (quote_ident(table_schema) || '.' || quote_ident(table_name))::regclass)",
                schema, schema, "CHECK");
        return new ModelCounts(tableCount, columns, indexes, uniques, foreignKeys, checks);
    }

    /**
     * MySQL/MariaDB: information_schema. A unique index that is not over whole ascending columns
     * (prefix, descending part, HASH or FULLTEXT) cannot be a unique constraint, so it counts as an index;
     * so does one with a comment, which the model keeps on indexes only.
     */
    public static ModelCounts mysql(Connection connection, String database, boolean mariadb) throws SQLException {
        String own = " and TABLE_NAME not in ('retort_version', 'retort_audit', 'retort_version_lock')";
        int tables = count(connection, "select count(*) from information_schema.TABLES where TABLE_SCHEMA = ?"
                + " and TABLE_TYPE = 'BASE TABLE'" + own, database);
        int columns = count(connection, "select count(*) from information_schema.COLUMNS c join information_schema.TABLES t"
                + " on t.TABLE_SCHEMA = c.TABLE_SCHEMA and t.TABLE_NAME = c.TABLE_NAME and t.TABLE_TYPE = 'BASE TABLE'"
                + " where c.TABLE_SCHEMA = ?" + own.replace("TABLE_NAME", "c.TABLE_NAME"), database);
        String special = "exists (select 1 from information_schema.STATISTICS s where s.TABLE_SCHEMA = tc.TABLE_SCHEMA"
                + " and s.TABLE_NAME = tc.TABLE_NAME and s.INDEX_NAME = tc.CONSTRAINT_NAME and (s.SUB_PART is not null"
                + " or s.COLLATION = 'D' or s.INDEX_TYPE <> 'BTREE' or s.COLUMN_NAME is null or s.INDEX_COMMENT <> ''))";
        int uniques = count(connection, "select count(*) from information_schema.TABLE_CONSTRAINTS tc where"
                + " tc.TABLE_SCHEMA = ? and tc.CONSTRAINT_TYPE = 'UNIQUE' and not " + special
                + own.replace("TABLE_NAME", "tc.TABLE_NAME"), database);
        int indexes = count(connection, "select count(distinct TABLE_NAME, INDEX_NAME) from information_schema.STATISTICS s"
                + " where TABLE_SCHEMA = ? and INDEX_NAME <> 'PRIMARY' and NON_UNIQUE = 1" + own, database)
                + count(connection, "select count(*) from information_schema.TABLE_CONSTRAINTS tc where"
                + " tc.TABLE_SCHEMA = ? and tc.CONSTRAINT_TYPE = 'UNIQUE' and " + special
                + own.replace("TABLE_NAME", "tc.TABLE_NAME"), database);
        int foreignKeys = count(connection, "select count(*) from information_schema.TABLE_CONSTRAINTS where"
                + " TABLE_SCHEMA = ? and CONSTRAINT_TYPE = 'FOREIGN KEY'" + own, database);
        // MariaDB writes JSON columns as LONGTEXT with a column-level CHECK (json_valid(`col`)): part of the type
        int checks = mariadb
                ? count(connection, "select count(*) from information_schema.CHECK_CONSTRAINTS where CONSTRAINT_SCHEMA = ?"
                        + " and not (LEVEL = 'Column' and CHECK_CLAUSE = concat('json_valid(`', CONSTRAINT_NAME, '`)'))"
                        + own, database)
                : count(connection, "select count(*) from information_schema.TABLE_CONSTRAINTS where TABLE_SCHEMA = ?"
                        + " and CONSTRAINT_TYPE = 'CHECK'" + own, database);
        return new ModelCounts(tables, columns, indexes, uniques, foreignKeys, checks);
    }

    /**
     * SQLite: {@code sqlite_master} and the per-table pragmas, called one table at a time. SQLite keeps
     * CHECK constraints only in the CREATE text, so they are counted there: occurrences of
     * {@code CHECK (} outside string literals.
     */
    public static ModelCounts sqlite(Connection connection) throws SQLException {
        java.util.List<String> tables = new java.util.ArrayList<>();
        java.util.List<String> sql = new java.util.ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select name, sql from sqlite_master where type = 'table'"
                + " and name not like 'sqlite\\_%' escape '\\' and name not in ('retort_version', 'retort_audit', 'retort_version_lock')");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
                sql.add(rows.getString(2));
            }
        }
        int columns = 0;
        int indexes = 0;
        int uniques = 0;
        int foreignKeys = 0;
        int checks = 0;
        java.util.regex.Pattern check = java.util.regex.Pattern.compile("\\bcheck\\s*\\(", java.util.regex.Pattern.CASE_INSENSITIVE);
        for (int i = 0; i < tables.size(); i++) {
            columns += count(connection, "select count(*) from pragma_table_xinfo(?)", tables.get(i));
            indexes += count(connection, "select count(*) from pragma_index_list(?) where origin = 'c'", tables.get(i));
            uniques += count(connection, "select count(*) from pragma_index_list(?) where origin = 'u'", tables.get(i));
            foreignKeys += count(connection, "select count(distinct id) from pragma_foreign_key_list(?)", tables.get(i));
            java.util.regex.Matcher matcher = check.matcher(sql.get(i).replaceAll("'(?:[^']|'')*'", "''"));
            while (matcher.find()) {
                checks++;
            }
        }
        return new ModelCounts(tables.size(), columns, indexes, uniques, foreignKeys, checks);
    }

    /** H2 2.x: INFORMATION_SCHEMA; an index named by a constraint is that constraint's, not an index of its own. */
    public static ModelCounts h2(Connection connection, String schema) throws SQLException {
        String own = " and lower(TABLE_NAME) not in ('retort_version', 'retort_audit', 'retort_version_lock')";
        String base = " and TABLE_NAME in (select TABLE_NAME from INFORMATION_SCHEMA.TABLES where TABLE_SCHEMA = ?"
                + " and TABLE_TYPE = 'BASE TABLE')";
        int tables = count(connection, "select count(*) from INFORMATION_SCHEMA.TABLES where TABLE_SCHEMA = ?"
                + " and TABLE_TYPE = 'BASE TABLE'" + own, schema);
        int columns = count(connection, "select count(*) from INFORMATION_SCHEMA.COLUMNS where TABLE_SCHEMA = ?" + own + base,
                schema, schema);
        // H2 backs each key and unique constraint with an index, and makes one named <fk>_INDEX_<n> for a
        // foreign key that no existing index serves; a foreign key reusing a user's index leaves it an index
        int indexes = count(connection, "select count(*) from INFORMATION_SCHEMA.INDEXES i where TABLE_SCHEMA = ?" + own
                + " and INDEX_NAME not in (select INDEX_NAME from INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                + " where tc.TABLE_SCHEMA = i.TABLE_SCHEMA and INDEX_NAME is not null and (CONSTRAINT_TYPE <> 'FOREIGN KEY'"
                + " or INDEX_NAME like CONSTRAINT_NAME || '_INDEX_%'))", schema);
        String constraints = "select count(*) from INFORMATION_SCHEMA.TABLE_CONSTRAINTS where TABLE_SCHEMA = ?"
                + " and CONSTRAINT_TYPE = ?" + own;
        return new ModelCounts(tables, columns, indexes, count(connection, constraints, schema, "UNIQUE"),
                count(connection, constraints, schema, "FOREIGN KEY"), count(connection, constraints, schema, "CHECK"));
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
