package dev.retort.dialect.postgres;

import dev.retort.schema.Identity;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.TemporalType;
import dev.retort.schema.Table;
import dev.retort.spi.ComparisonRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How PostgreSQL schemas compare. PostgreSQL keeps expressions only as parse trees and prints them
 * back in its own form — casts on every literal, {@code IN} as {@code = ANY (ARRAY[…])}, LIKE as
 * {@code ~~} — so expressions are compared after undoing those; where one side is in that form (it
 * has casts) and the other is not and they still differ, the comparison is skipped. Stateless and
 * thread-safe.
 */
final class PostgresComparisonRules implements ComparisonRules {

    /** Words that continue a multi-word type name after a cast ({@code character varying}, …). */
    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "with", "without", "time", "zone");

    /** Suffixes PostgreSQL gives the names it makes up: {@code t_pkey}, {@code t_a_key}, {@code t_a_fkey}, … */
    private static final String GENERATED_SUFFIX = ".*_(pkey|key|fkey|check|excl|idx|not_null)\\d*";

    @Override
    public ColumnType canonicalType(ColumnType type) {
        if (type instanceof TemporalType temporal && temporal.precision() == null && temporal.kind() != TemporalType.Kind.DATE
                && temporal.kind() != TemporalType.Kind.INTERVAL) {
            // time and timestamp without a precision keep microseconds: the same as precision 6
            return new TemporalType(temporal.kind(), 6);
        }
        if (type instanceof TemporalType temporal && temporal.kind() == TemporalType.Kind.INTERVAL) {
            // the reader keeps interval (fields and precision included) as a native type; a model's INTERVAL is that
            return PostgresTypes.builtIn(temporal.precision() == null ? "interval" : "interval(" + temporal.precision() + ")");
        }
        if (type instanceof ColumnType.ArrayType array) {
            return new ColumnType.ArrayType(canonicalType(array.element()), array.dimensions());
        }
        if (type instanceof ColumnType.NativeType || type instanceof ColumnType.UnrecognisedType) {
            ColumnType known = PostgresTypes.builtIn(synonym(type.describe().strip().toLowerCase(Locale.ROOT)));
            if (known instanceof ColumnType.NativeType || !known.recognised()) {
                return known.recognised() ? known : type;
            }
            return canonicalType(known);
        }
        return type;
    }

    /** PostgreSQL's internal type names, as a model may spell them, in format_type's spelling. */
    private static String synonym(String text) {
        int open = text.indexOf('(');
        String base = open < 0 ? text : text.substring(0, open).strip();
        String rest = open < 0 ? "" : text.substring(open);
        String name = switch (base) {
            case "int2" -> "smallint";
            case "int", "int4" -> "integer";
            case "int8" -> "bigint";
            case "float4" -> "real";
            case "float8" -> "double precision";
            case "bool" -> "boolean";
            case "decimal" -> "numeric";
            case "varchar" -> "character varying";
            case "char" -> "character";
            case "timestamp" -> "timestamp without time zone";
            case "timestamptz" -> "timestamp with time zone";
            case "time" -> "time without time zone";
            case "timetz" -> "time with time zone";
            default -> base;
        };
        // format_type puts a time's precision after its first word: timestamp(3) with time zone
        int space = name.indexOf(' ');
        return name.endsWith(" time zone") ? name.substring(0, space) + rest + name.substring(space) : name + rest;
    }

    @Override
    public List<String> rewriteExpression(List<String> tokens) {
        return operators(withoutCasts(tokens));
    }

    /** PostgreSQL prints a cast on every literal and on many column references: they go. */
    private static List<String> withoutCasts(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equals("::")) {
                i = skipTypeName(tokens, i + 1) - 1;
            } else {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    private static List<String> operators(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if ((token.equals("=") || token.equals("<>")) && i + 1 < tokens.size()
                    && (tokens.get(i + 1).equals("any") || tokens.get(i + 1).equals("all"))) {
                // x IN (a, b) is printed as x = ANY (ARRAY[a, b]); NOT IN as <> ALL (ARRAY[…])
                i = inList(tokens, i, out);
            } else if (token.equals("~") && i + 1 < tokens.size() && tokens.get(i + 1).equals("~")) {
                // LIKE and ILIKE are printed as the operators ~~ and ~~*; NOT LIKE as !~~
                boolean negated = !out.isEmpty() && out.get(out.size() - 1).equals("!");
                if (negated) {
                    out.set(out.size() - 1, "not");
                }
                boolean insensitive = i + 2 < tokens.size() && tokens.get(i + 2).equals("*");
                out.add(insensitive ? "ilike" : "like");
                i += insensitive ? 2 : 1;
            } else if (i + 2 < tokens.size() && (token.equals("now") || token.equals("transaction_timestamp"))
                    && tokens.get(i + 1).equals("(") && tokens.get(i + 2).equals(")")) {
                // now() and transaction_timestamp() are CURRENT_TIMESTAMP under other names
                out.add("current_timestamp");
                i += 2;
            } else {
                out.add(token);
            }
        }
        return out;
    }

    /** The index after a type name: words (possibly schema-qualified), modifiers, array brackets. */
    private static int skipTypeName(List<String> tokens, int at) {
        int i = at;
        if (i < tokens.size()) {
            i++;
        }
        while (i + 1 < tokens.size() && tokens.get(i).equals(".")) {
            i += 2;
        }
        while (i < tokens.size() && TYPE_WORDS.contains(tokens.get(i))) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).equals("(")) {
            while (i < tokens.size() && !tokens.get(i).equals(")")) {
                i++;
            }
            i++;
        }
        while (i + 1 < tokens.size() && tokens.get(i).equals("[") && tokens.get(i + 1).equals("]")) {
            i += 2;
        }
        return i;
    }

    /**
     * Rewrites {@code = ANY ( (ARRAY[items]) )} at {@code at} as {@code IN (items)} (or
     * {@code <> ALL} as {@code NOT IN}); returns the index of the last token consumed. Anything
     * else is copied as it is.
     */
    private static int inList(List<String> tokens, int at, List<String> out) {
        int i = at + 2;
        int wrappers = 0;
        while (i < tokens.size() && tokens.get(i).equals("(")) {
            wrappers++;
            i++;
        }
        if (wrappers == 0 || i + 1 >= tokens.size() || !tokens.get(i).equals("array") || !tokens.get(i + 1).equals("[")) {
            out.add(tokens.get(at));
            return at;
        }
        int close = i + 1;
        for (int depth = 0; close < tokens.size(); close++) {
            depth += tokens.get(close).equals("[") ? 1 : tokens.get(close).equals("]") ? -1 : 0;
            if (depth == 0) {
                break;
            }
        }
        int end = close + wrappers;
        if (end >= tokens.size() || !tokens.subList(close + 1, end + 1).stream().allMatch(")"::equals)) {
            out.add(tokens.get(at));
            return at;
        }
        if (tokens.get(at).equals("<>")) {
            out.add("not");
        }
        out.add("in");
        out.add("(");
        out.addAll(tokens.subList(i + 2, close));
        out.add(")");
        return end;
    }

    @Override
    public boolean printedByDatabase(String sql) {
        // pg_get_expr and pg_get_indexdef cast nearly every literal and many column references
        return sql.contains("::");
    }

    @Override
    public boolean generatedName(Table table, String name) {
        String prefix = table.name().name();
        return name.matches(GENERATED_SUFFIX) && name.startsWith(prefix.substring(0, Math.min(prefix.length(), 10)));
    }

    @Override
    public boolean renamesWithTable(dev.retort.op.RenameTable.Part part) {
        // RENAME TABLE keeps t_pkey, t_x_key, t_x_fkey, t_x_check and index names made after the old table;
        // a database made for the new table has them after the new one; each can be renamed in place
        return true;
    }

    /** PostgreSQL has serial, ALWAYS and BY DEFAULT; the other databases' auto-increments are BY DEFAULT here. */
    @Override
    public Identity.Kind canonicalIdentity(Identity.Kind kind) {
        return kind == Identity.Kind.AUTO_INCREMENT || kind == Identity.Kind.AUTOINCREMENT ? Identity.Kind.BY_DEFAULT : kind;
    }
}
