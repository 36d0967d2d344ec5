package dev.retort.dialect.h2;

import dev.retort.schema.Identity;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.TemporalType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import dev.retort.spi.ComparisonRules;
import java.util.ArrayList;
import java.util.List;

/**
 * How H2 schemas compare: omitted precisions are H2's defaults, NOW() is stored as LOCALTIMESTAMP,
 * check clauses come back with quoted upper-case names and extra parentheses, names such as
 * {@code CONSTRAINT_4F} and {@code FK_PETS_OWNERS_INDEX_2} are H2's own, RESTRICT and NO ACTION are one
 * rule, and the index H2 creates for a foreign key is not the model's to drop. Stateless and thread-safe.
 */
final class H2ComparisonRules implements ComparisonRules {

    @Override
    public ColumnType canonicalType(ColumnType type) {
        if (type instanceof TemporalType temporal && temporal.precision() == null) {
            // TIMESTAMP defaults to microseconds, TIME to whole seconds
            return switch (temporal.kind()) {
                case TIMESTAMP, TIMESTAMP_TZ -> new TemporalType(temporal.kind(), 6);
                case TIME, TIME_TZ -> new TemporalType(temporal.kind(), 0);
                default -> type;
            };
        }
        if (type instanceof ColumnType.StringType string && string.size() == ColumnType.Size.FIXED && string.length() == null) {
            // CHAR without a length is CHAR(1)
            return new ColumnType.StringType(ColumnType.Size.FIXED, 1);
        }
        return type;
    }

    @Override
    public List<String> rewriteExpression(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean empty = i + 2 < tokens.size() && tokens.get(i + 1).equals("(") && tokens.get(i + 2).equals(")");
            if (token.equals("now") || token.equals("localtimestamp") || token.equals("current_timestamp")) {
                // H2 stores NOW() as LOCALTIMESTAMP; CURRENT_TIMESTAMP() and CURRENT_TIMESTAMP are one
                out.add(token.equals("current_timestamp") ? token : "localtimestamp");
                i += empty ? 2 : 0;
            } else {
                out.add(token);
            }
        }
        return out;
    }

    @Override
    public boolean printedByDatabase(String sql) {
        // H2 prints every name of an expression quoted and upper case: "K" > 0
        return sql.matches("(?s).*\"[A-Z_][A-Z0-9_]*\".*");
    }

    @Override
    public boolean generatedName(Table table, String name) {
        // H2 numbers what it names: CONSTRAINT_4F, CONSTRAINT_4F_0, PRIMARY_KEY_4, and indexes <constraint>_INDEX_4
        return name.matches("(CONSTRAINT|PRIMARY_KEY)_[0-9A-F]+(_\\d+)?|.+_INDEX_[0-9A-F]+");
    }

    @Override
    public boolean placesColumns() {
        // H2 places a new column with ADD COLUMN … AFTER, and SCRIPT shows the order
        return true;
    }

    @Override
    public boolean sameAction(ForeignKey.ReferentialAction from, ForeignKey.ReferentialAction to) {
        // H2 reports NO ACTION as RESTRICT: it checks both immediately
        return ComparisonRules.sameActionNoActionIsRestrict(from, to);
    }

    @Override
    public boolean implicitIndex(Table table, Index index) {
        // H2 creates an index for a foreign key that no index covers, and drops it only with the key
        return ComparisonRules.onlyIndexForForeignKey(table, index);
    }

    /** H2 keeps ALWAYS apart; every other identity (AUTO_INCREMENT, serial) is BY DEFAULT there. */
    @Override
    public Identity.Kind canonicalIdentity(Identity.Kind kind) {
        return kind == Identity.Kind.ALWAYS ? kind : Identity.Kind.BY_DEFAULT;
    }
}
