package dev.retort.dialect.mysql;

import dev.retort.reflect.DefaultValues;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.sql.lex.SqlLexer;
import java.util.Locale;

/**
 * Normalises {@code COLUMN_DEFAULT}, which the two databases report differently: MariaDB gives
 * SQL text (strings quoted, {@code NULL} as the text NULL, {@code current_timestamp()}); MySQL 8
 * gives the bare value, SQL NULL for none, and marks expressions with {@code DEFAULT_GENERATED}
 * in EXTRA. Both end as SQL text with {@code CURRENT_TIMESTAMP} spelled one way. Stateless.
 */
final class MysqlDefaults {

    private static final SqlLexer LEXER = new SqlLexer(MysqlDialect.FLAVOUR);

    private MysqlDefaults() {
    }

    static DefaultValue normalise(String value, String extra, ColumnType type, boolean mariadb) {
        if (value == null) {
            return null;
        }
        String sql;
        if (mariadb) {
            if (value.equalsIgnoreCase("NULL")) {
                return null;
            }
            sql = value;
        } else if (extra != null && extra.toUpperCase(Locale.ROOT).contains("DEFAULT_GENERATED")) {
            sql = value;
        } else if (MysqlTypes.unquotedDefault(type) && !value.isEmpty()) {
            sql = value;
        } else {
            sql = "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
        }
        return DefaultValues.classify(canonicalTimestamp(sql), LEXER);
    }

    /** {@code current_timestamp()}, {@code now()} and {@code CURRENT_TIMESTAMP} all become CURRENT_TIMESTAMP. */
    static String canonicalTimestamp(String sql) {
        String lower = sql.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("current_timestamp()") || lower.equals("current_timestamp") || lower.equals("now()")) {
            return "CURRENT_TIMESTAMP";
        }
        if (lower.matches("(current_timestamp|now)\\(\\d\\)")) {
            return "CURRENT_TIMESTAMP" + lower.substring(lower.indexOf('('));
        }
        return sql.strip();
    }

    /** The ON UPDATE expression carried in EXTRA, or {@code null}. */
    static String onUpdate(String extra) {
        if (extra == null) {
            return null;
        }
        int at = extra.toLowerCase(Locale.ROOT).indexOf("on update ");
        return at < 0 ? null : canonicalTimestamp(extra.substring(at + "on update ".length()));
    }
}
