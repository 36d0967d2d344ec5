package dev.retort.dialect.mysql;

import dev.retort.reflect.TableBuilder;
import dev.retort.schema.Charset;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.spi.JdbcSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the columns of all chosen tables in one query. Used once per read; not thread-safe. */
final class MysqlColumns {

    private static final String COLUMNS = """
            select TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, DATA_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,
                   COLUMN_COMMENT, GENERATION_EXPRESSION, COLLATION_NAME, CHARACTER_SET_NAME, ORDINAL_POSITION
              from information_schema.COLUMNS
             where TABLE_SCHEMA = database()
            """;

    private final boolean mariadb;
    private final MysqlCollations collations;
    /** Real schemas repeat a handful of types and defaults: each is parsed once per read. */
    private final Map<List<String>, ColumnType> types = new HashMap<>();
    private final Map<List<Object>, Optional<DefaultValue>> defaults = new HashMap<>();

    MysqlColumns(boolean mariadb, MysqlCollations collations) {
        this.mariadb = mariadb;
        this.collations = collations;
    }

    /**
     * Adds each column to its table.
     *
     * @param tableCollations each table's default collation, against which a column's is recorded or not
     */
    void read(JdbcSession session, Map<String, TableBuilder> tables, Map<String, String> tableCollations) {
        // unordered: sorting 10,000 rows costs the server more than sorting each table's few here
        Map<String, List<Positioned>> byTable = new HashMap<>();
        session.query(COLUMNS, row -> {
            String table = row.getString(1);
            if (tables.containsKey(table)) {
                byTable.computeIfAbsent(table, ignored -> new ArrayList<>())
                        .add(new Positioned(row.getInt(12), column(row, tableCollations.get(table))));
            }
            return null;
        });
        byTable.forEach((table, columns) -> {
            columns.sort(Comparator.comparingInt(Positioned::position));
            columns.forEach(column -> tables.get(table).column(column.column()));
        });
    }

    /** A column and its ordinal position. */
    private record Positioned(int position, Column column) {
    }

    private Column column(ResultSet row, String tableCollation) throws SQLException {
        String columnType = row.getString(3);
        String dataType = row.getString(4);
        ColumnType type = types.computeIfAbsent(List.of(columnType, dataType),
                ignored -> MysqlTypes.parse(columnType, dataType));
        String extra = row.getString(7) == null ? "" : row.getString(7);
        String lowerExtra = extra.toLowerCase(Locale.ROOT);
        String expression = row.getString(9);
        Identity identity = null;
        GeneratedColumn generated = null;
        DefaultValue defaultValue = null;
        if (lowerExtra.contains("auto_increment")) {
            identity = new Identity(Identity.Kind.AUTO_INCREMENT);
        } else if (lowerExtra.contains("generated") && !lowerExtra.contains("default_generated")
                && expression != null && !expression.isBlank()) {
            generated = new GeneratedColumn(expression, lowerExtra.contains("stored") || lowerExtra.contains("persistent"));
        } else {
            String text = row.getString(6);
            defaultValue = text == null ? MysqlDefaults.normalise(null, extra, type, mariadb)
                    : defaults.computeIfAbsent(List.of(text, extra, type),
                            ignored -> Optional.ofNullable(MysqlDefaults.normalise(text, extra, type, mariadb))).orElse(null);
        }
        String comment = row.getString(8);
        return new Column(row.getString(2), type, "YES".equals(row.getString(5)), defaultValue, identity, generated,
                MysqlDefaults.onUpdate(extra), comment == null || comment.isEmpty() ? null : comment,
                charset(row, tableCollation));
    }

    /** The column's character set where its collation is not its table's default; else null. */
    private Charset charset(ResultSet row, String tableCollation) throws SQLException {
        String collation = row.getString(10);
        if (collation == null || collation.equalsIgnoreCase(tableCollation)) {
            return null;
        }
        return MysqlTableOptions.charset(collation, row.getString(11), collations.isDefault(collation));
    }

    /** MariaDB's JSON column check, exactly as it writes it: {@code json_valid(`name`)}. */
    static boolean isJsonCheck(String column, String clause) {
        return clause != null && clause.replace(" ", "").equalsIgnoreCase("json_valid(`" + column.replace("`", "``") + "`)");
    }
}
