package dev.retort.dialect.mysql;

import dev.retort.reflect.TableBuilder;
import dev.retort.schema.Charset;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.sql.JdbcSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/** Reads the columns of all chosen tables in one query. Used once per read; not thread-safe. */
final class MysqlColumns {

    private static final String COLUMNS = """
            select k.TABLE_NAME, k.COLUMN_NAME, k.COLUMN_TYPE, k.DATA_TYPE, k.IS_NULLABLE, k.COLUMN_DEFAULT, k.EXTRA,
                   k.COLUMN_COMMENT, k.GENERATION_EXPRESSION, k.COLLATION_NAME, k.CHARACTER_SET_NAME, c.IS_DEFAULT
              from information_schema.COLUMNS k
              left join information_schema.COLLATIONS c on c.COLLATION_NAME = k.COLLATION_NAME
             where k.TABLE_SCHEMA = database()
             order by k.TABLE_NAME, k.ORDINAL_POSITION
            """;

    private final boolean mariadb;

    MysqlColumns(boolean mariadb) {
        this.mariadb = mariadb;
    }

    /**
     * Adds each column to its table.
     *
     * @param collations each table's default collation, against which a column's is recorded or not
     */
    void read(JdbcSession session, Map<String, TableBuilder> tables, Map<String, String> collations) {
        session.query(COLUMNS, row -> {
            TableBuilder table = tables.get(row.getString(1));
            if (table != null) {
                table.column(column(row, collations.get(row.getString(1))));
            }
            return null;
        });
    }

    private Column column(ResultSet row, String tableCollation) throws SQLException {
        ColumnType type = MysqlTypes.parse(row.getString(3), row.getString(4));
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
            defaultValue = MysqlDefaults.normalise(row.getString(6), extra, type, mariadb);
        }
        String comment = row.getString(8);
        return new Column(row.getString(2), type, "YES".equals(row.getString(5)), defaultValue, identity, generated,
                MysqlDefaults.onUpdate(extra), comment == null || comment.isEmpty() ? null : comment,
                charset(row, tableCollation));
    }

    /** The column's character set where its collation is not its table's default; else null. */
    private static Charset charset(ResultSet row, String tableCollation) throws SQLException {
        String collation = row.getString(10);
        if (collation == null || collation.equalsIgnoreCase(tableCollation)) {
            return null;
        }
        return MysqlTableOptions.charset(collation, row.getString(11), "Yes".equalsIgnoreCase(row.getString(12)));
    }

    /** MariaDB's JSON column check, exactly as it writes it: {@code json_valid(`name`)}. */
    static boolean isJsonCheck(String column, String clause) {
        return clause != null && clause.replace(" ", "").equalsIgnoreCase("json_valid(`" + column.replace("`", "``") + "`)");
    }
}
