package dev.retort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises each database's own schema dump so that two databases holding the same schema dump
 * the same text, and nothing else is hidden. The rules, which the acceptance report repeats:
 *
 * <ul>
 * <li><b>PostgreSQL</b> ({@code pg_dump --schema-only --no-owner --no-privileges}, Retort's tables
 *     excluded): {@code --} comment lines, {@code SET} lines, {@code set_config('search_path')},
 *     the psql {@code restrict}/{@code unrestrict} meta-command lines (a random key per run) and blank lines go.
 *     pg_dump orders objects itself, by kind and name, so no sorting is needed.</li>
 * <li><b>MariaDB</b> ({@code mariadb-dump --no-data --skip-comments --skip-dump-date}, Retort's
 *     tables ignored): version-comment lines {@code /*!…*&#47;;} that set session variables (also those
 *     around each trigger, which record the creating client's character set and SQL mode), {@code SET}
 *     lines and blank lines go; an index's {@code USING BTREE} goes (InnoDB's only method for it,
 *     printed only when it was written); {@code AUTO_INCREMENT=n} counters go; integer display widths go
 *     ({@code int(11)} → {@code int}; {@code tinyint(1)}, MySQL's boolean, stays): they change neither
 *     storage nor values, MySQL 8.0.19 stopped printing them, and Retort's model does not carry them;
 *     within one CREATE TABLE the key and constraint lines are sorted (SHOW CREATE TABLE lists them
 *     in creation order, which means nothing) and trailing commas go so sorting cannot move one.</li>
 * <li><b>SQLite</b>: see {@link SqliteCatalogDump} (SQLite keeps CREATE statements as written, so
 *     its catalog's own description of them is compared).</li>
 * <li><b>H2</b> ({@code SCRIPT NODATA}): the {@code CREATE USER} statement (a random salt), the
 *     row-count comments and Retort's tables go; an explicit {@code DEFAULT NULL} goes (the same as
 *     none; H2 remembers the spelling); {@code TIMESTAMP(6)}, {@code TIME(0)} and their {@code WITH
 *     TIME ZONE} forms lose the default precision (H2 remembers whether it was written, its
 *     INFORMATION_SCHEMA does not tell); the names H2 invents for unnamed constraints and for the
 *     indexes behind them ({@code CONSTRAINT_4F}, {@code PRIMARY_KEY_8}, {@code FK_X_INDEX_A}) lose
 *     their number, which is an internal object id that depends on creation order; an identity's
 *     {@code RESTART WITH n} goes (a counter, like AUTO_INCREMENT); {@code DECIMAL} is spelled
 *     {@code NUMERIC} (one type in H2, which remembers the spelling only in DECLARED_DATA_TYPE);
 *     statements are sorted (SCRIPT lists them in creation order).</li>
 * </ul>
 */
final class DumpNormaliser {

    /** The session settings mysqldump writes around each trigger: how the client that created it was set up. */
    private static final Pattern SESSION_SETTING = Pattern.compile("/\\*!\\d+ SET .*\\*/ ?;");
    private static final Pattern INTEGER_WIDTH = Pattern.compile("\\b(tinyint|smallint|mediumint|int|bigint)\\((\\d+)\\)");
    private static final Pattern H2_GENERATED_NAME = Pattern.compile("\"(CONSTRAINT|PRIMARY_KEY)_[0-9A-F]+(_\\d+)?\"|_INDEX_[0-9A-F]+\"");
    private static final Pattern H2_DEFAULT_PRECISION = Pattern.compile("\\b(TIMESTAMP\\(6\\)|TIME\\(0\\))");

    private DumpNormaliser() {
    }

    static String postgres(String dump) {
        List<String> lines = new ArrayList<>();
        for (String line : dump.lines().toList()) {
            if (line.startsWith("--") || line.startsWith("SET ") || line.startsWith("SELECT pg_catalog.set_config(")
                    || line.startsWith("\\restrict") || line.startsWith("\\unrestrict") || line.isBlank()) {
                continue;
            }
            lines.add(line);
        }
        return String.join("\n", lines) + "\n";
    }

    static String mysql(String dump) {
        List<String> lines = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        boolean inTable = false;
        for (String raw : dump.lines().toList()) {
            String line = raw.replaceAll(" AUTO_INCREMENT=\\d+", "");
            if (line.isBlank() || line.startsWith("SET ") || line.startsWith("/*!") && line.endsWith("*/;") && !line.contains(" VIEW ")
                    || SESSION_SETTING.matcher(line).matches()) {
                continue;
            }
            if (line.startsWith("CREATE TABLE ")) {
                inTable = true;
            } else if (inTable && line.startsWith(")")) {
                keys.sort(null);
                lines.addAll(keys);
                keys.clear();
                inTable = false;
            } else if (inTable) {
                String body = line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
                if (body.startsWith("  `")) {
                    lines.add(integerWidths(body));
                } else {
                    keys.add(body.replace(" USING BTREE", ""));
                }
                continue;
            }
            lines.add(line);
        }
        return String.join("\n", lines) + "\n";
    }

    private static String integerWidths(String column) {
        Matcher matcher = INTEGER_WIDTH.matcher(column);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            boolean bool = matcher.group(1).equals("tinyint") && matcher.group(2).equals("1");
            matcher.appendReplacement(out, bool ? "$0" : "$1");
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String h2(List<String> statements) {
        List<String> kept = new ArrayList<>();
        for (String statement : statements) {
            if (statement.startsWith("CREATE USER ") || statement.startsWith("-- ")
                    || statement.toLowerCase(Locale.ROOT).contains("retort_")) {
                continue;
            }
            String named = H2_GENERATED_NAME.matcher(statement).replaceAll(match -> match.group(1) == null
                    ? "_INDEX_#\"" : "\"" + match.group(1) + "_#\"");
            String counted = named.replaceAll(" RESTART WITH \\d+", "").replace(" DEFAULT NULL", "").replace("DECIMAL(", "NUMERIC(");
            kept.add(H2_DEFAULT_PRECISION.matcher(counted).replaceAll(
                    match -> match.group(1).startsWith("TIMESTAMP") ? "TIMESTAMP" : "TIME"));
        }
        kept.sort(null);
        return String.join("\n", kept) + "\n";
    }
}
