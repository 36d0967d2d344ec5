package dev.retort.dialect.mysql;

import dev.retort.reflect.TableBuilder;
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
            select TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, DATA_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,
                   COLUMN_COMMENT, GENERATION_EXPRESSION
              from information_schema.COLUMNS
             where TABLE_SCHEMA = database()
             order by TABLE_NAME, ORDINAL_POSITION
            """;

    private final boolean mariadb;

    MysqlColumns(boolean mariadb) {
        this.mariadb = mariadb;
    }

    void read(JdbcSession session, Map<String, TableBuilder> tables) {
        session.query(COLUMNS, row -> {
            TableBuilder table = tables.get(row.getString(1));
            if (table != null) {
                table.column(column(row));
            }
            return null;
        });
    }

    private Column column(ResultSet row) throws SQLException {
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
                MysqlDefaults.onUpdate(extra), comment == null || comment.isEmpty() ? null : comment);
    }

    /** MariaDB's JSON column check, exactly as it writes it: {@code json_valid(`name`)}. */
    static boolean isJsonCheck(String column, String clause) {
        return clause != null && clause.replace(" ", "").equalsIgnoreCase("json_valid(`" + column.replace("`", "``") + "`)");
    }
}
