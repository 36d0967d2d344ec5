package dev.retort.dialect.mysql;

import dev.retort.schema.Identity;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.TemporalType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import dev.retort.schema.TableOptions;
import dev.retort.spi.ComparisonRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * How MySQL and MariaDB schemas compare: BOOLEAN is TINYINT(1), default display widths and omitted
 * precisions mean the defaults, CURRENT_TIMESTAMP has several spellings, check clauses come back
 * with backticks, charset introducers and extra parentheses, RESTRICT and NO ACTION are one rule,
 * character sets, table options and index comments count (ENGINE=InnoDB being the default), and the index InnoDB creates for a foreign key is not the model's to drop. Stateless and thread-safe.
 */
final class MysqlComparisonRules implements ComparisonRules {

    /** Spellings of the current time; MariaDB and MySQL print each of them back differently. */
    private static final Set<String> NOW = Set.of("now", "current_timestamp", "localtimestamp", "localtime");

    @Override
    public ColumnType canonicalType(ColumnType type) {
        if (type instanceof ColumnType.BooleanType) {
            // BOOLEAN is a synonym for TINYINT(1): the database cannot tell them apart
            return new ColumnType.IntegerType(1, false);
        }
        if (type instanceof ColumnType.DecimalType decimal && (decimal.precision() == null || decimal.scale() == null)) {
            // DECIMAL means DECIMAL(10,0), DECIMAL(p) means DECIMAL(p,0)
            return new ColumnType.DecimalType(decimal.precision() == null ? 10 : decimal.precision(),
                    decimal.precision() == null || decimal.scale() == null ? 0 : decimal.scale(), decimal.unsigned());
        }
        if (type instanceof TemporalType temporal && temporal.precision() == null && hasFraction(temporal.kind())) {
            // TIME, DATETIME and TIMESTAMP without a precision keep whole seconds
            return new TemporalType(temporal.kind(), 0);
        }
        if (type instanceof ColumnType.StringType string && string.size() == ColumnType.Size.FIXED && string.length() == null) {
            return new ColumnType.StringType(ColumnType.Size.FIXED, 1);
        }
        if (type instanceof ColumnType.NativeType || type instanceof ColumnType.UnrecognisedType) {
            String declared = type.describe().strip().toLowerCase(Locale.ROOT);
            String name = declared.replaceAll("[ (].*", "");
            ColumnType known = name.equals("bool") || name.equals("boolean") ? new ColumnType.BooleanType()
                    : MysqlTypes.parse(declared, name);
            return known.recognised() && !(known instanceof ColumnType.NativeType) ? canonicalType(known) : type;
        }
        return type;
    }

    private static boolean hasFraction(TemporalType.Kind kind) {
        return kind == TemporalType.Kind.TIME || kind == TemporalType.Kind.DATETIME || kind == TemporalType.Kind.TIMESTAMP;
    }

    @Override
    public List<String> rewriteExpression(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.startsWith("_") && i + 1 < tokens.size() && tokens.get(i + 1).startsWith("'")) {
                // MySQL 8 prints string literals in check clauses with their charset: _utf8mb4'a'
                continue;
            }
            if (NOW.contains(token)) {
                // now(), current_timestamp(), localtimestamp and CURRENT_TIMESTAMP are one function
                out.add("current_timestamp");
                boolean empty = i + 2 < tokens.size() && tokens.get(i + 1).equals("(") && tokens.get(i + 2).equals(")");
                i += empty ? 2 : 0;
                continue;
            }
            out.add(token);
        }
        return out;
    }

    @Override
    public boolean printedByDatabase(String sql) {
        // MySQL and MariaDB quote every name of a check clause or generation expression with backticks
        return sql.indexOf('`') >= 0;
    }

    @Override
    public boolean generatedName(Table table, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String prefix = table.name().name().toLowerCase(Locale.ROOT) + "_";
        // InnoDB names keys t_ibfk_N, MySQL checks t_chk_N, MariaDB checks CONSTRAINT_N or after their column,
        // and the index InnoDB creates for a foreign key takes the key's name
        return lower.startsWith(prefix) && lower.substring(prefix.length()).matches("(ibfk|chk)_\\d+")
                || lower.matches("constraint_\\d+") || lower.equals("primary")
                || table.columns().stream().anyMatch(column -> column.name().equalsIgnoreCase(name))
                || table.foreignKeys().stream().anyMatch(key -> name.equalsIgnoreCase(key.name()));
    }

    @Override
    public boolean renamesWithTable(dev.retort.op.RenameTable.Part part) {
        // InnoDB keeps the names of foreign keys and the indexes it made for them through RENAME TABLE,
        // where a tool that names them after their table (Hibernate's FK…/UK… hashes) gives new ones
        return part == dev.retort.op.RenameTable.Part.FOREIGN_KEY || part == dev.retort.op.RenameTable.Part.INDEX
                || part == dev.retort.op.RenameTable.Part.UNIQUE;
    }

    @Override
    public boolean placesColumns() {
        // MySQL places a new column with ADD COLUMN … AFTER, and SHOW CREATE TABLE shows the order
        return true;
    }

    @Override
    public boolean sameAction(ForeignKey.ReferentialAction from, ForeignKey.ReferentialAction to) {
        // InnoDB checks NO ACTION immediately, exactly like RESTRICT
        return ComparisonRules.sameActionNoActionIsRestrict(from, to);
    }

    @Override
    public boolean keepsTableOptions() {
        return true;
    }

    @Override
    public TableOptions canonicalOptions(TableOptions options) {
        // ENGINE=InnoDB is what every table gets unstated, so the reader records no engine for it;
        // MySQL takes option values in any case and prints them upper case
        TreeMap<String, String> canonical = new TreeMap<>();
        options.options().forEach((name, value) -> {
            if (!(name.equals("ENGINE") && value.equalsIgnoreCase(MysqlTableOptions.DEFAULT_ENGINE))) {
                canonical.put(name, value.toUpperCase(Locale.ROOT));
            }
        });
        return new TableOptions(options.charset(), canonical);
    }

    @Override
    public boolean implicitIndex(Table table, Index index) {
        // InnoDB creates an index for a foreign key no index covers, and will not drop it while the key exists
        return ComparisonRules.onlyIndexForForeignKey(table, index);
    }

    /** MySQL/MariaDB number every identity with AUTO_INCREMENT, whatever the model called it. */
    @Override
    public Identity.Kind canonicalIdentity(Identity.Kind kind) {
        return Identity.Kind.AUTO_INCREMENT;
    }
}
