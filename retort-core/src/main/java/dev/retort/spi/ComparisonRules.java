package dev.retort.spi;

import dev.retort.diff.StandardComparison;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import dev.retort.schema.TableOptions;
import java.util.List;
import java.util.Objects;

/**
 * How one database's schemas compare: which types are synonyms, which defaults and expressions
 * are the same despite the database's rewriting, which names it invented, which indexes it made by
 * itself. The diff asks these questions so that an unchanged schema yields no operations, and
 * reports a {@link Comparison.Skip} where no reliable answer exists.
 *
 * <p>Every method has the standard SQL answer; a dialect overrides the few hooks its database
 * needs — typically {@link #canonicalType}, {@link #rewriteExpression}, {@link #generatedName} and
 * {@link #implicitIndex} — each quirk with a comment naming the behaviour it handles.
 * Implementations must be immutable and thread-safe.
 */
public interface ComparisonRules {

    /** {@return the standard rules, with no dialect quirks: for models compared outside any database} */
    static ComparisonRules standard() {
        return StandardComparison.rules();
    }

    /**
     * {@return the type in the one form this database gives all its spellings of it; the standard rules keep
     * it}
     *
     * @param type a type as a reader or a model gives it
     */
    default ColumnType canonicalType(ColumnType type) {
        return type;
    }

    /**
     * {@return equal when the canonical types are; skipped when either was not understood and their spellings
     * differ; otherwise different}
     *
     * @param from the type on the side migrated from
     * @param to the type on the side migrated to
     */
    default Comparison compareTypes(ColumnType from, ColumnType to) {
        return StandardComparison.types(canonicalType(from), canonicalType(to));
    }

    /**
     * {@return the canonical text of a default for comparison only, or {@code null} for none} The standard
     * form is the canonical expression text (see {@link #canonicalExpression}); on numeric columns a number
     * by value, on boolean columns {@code true} or {@code false} whatever the spelling.
     *
     * @param value the default, or null
     * @param type the column's type
     */
    default String canonicalDefault(DefaultValue value, ColumnType type) {
        return StandardComparison.canonicalDefault(value, type, this);
    }

    /**
     * {@return equal when the canonical defaults are; skipped when either default was not understood}
     *
     * @param from the column on the side migrated from
     * @param to the column on the side migrated to
     */
    default Comparison compareDefaults(Column from, Column to) {
        String before = canonicalDefault(from.defaultValue(), from.type());
        String after = canonicalDefault(to.defaultValue(), to.type());
        if (Objects.equals(before, after)) {
            return Comparison.EQUAL;
        }
        if (unrecognised(from.defaultValue()) || unrecognised(to.defaultValue())) {
            return Comparison.skip("default " + text(from.defaultValue()) + " vs " + text(to.defaultValue())
                    + " cannot be compared: the database's text was not understood; change it by hand if it differs");
        }
        return Comparison.different("default " + text(from.defaultValue()) + " -> " + text(to.defaultValue()));
    }

    /**
     * Rewrites the canonical tokens of an expression (words lower case, needless identifier quotes gone, one
     * token per list element) before redundant parentheses are removed: the hook where a dialect undoes its
     * database's own rewriting, such as casts or synonyms of the current time. The standard rules change
     * nothing.
     *
     * @param tokens the expression's canonical tokens
     * @return the tokens to compare, the given list when nothing changes
     */
    default List<String> rewriteExpression(List<String> tokens) {
        return tokens;
    }

    /**
     * {@return the canonical text of an expression (check, index key, predicate, generation, default), for
     * comparison only: case, blanks, needless quotes and redundant parentheses do not count}
     *
     * @param sql the expression
     */
    default String canonicalExpression(String sql) {
        return StandardComparison.canonicalExpression(sql, this);
    }

    /**
     * {@return equal when the canonical expressions are} Skipped when a side is unknown ({@code ?}, what a
     * reader records when the database did not give the text), or when exactly one side is in the form the
     * database prints expressions in ({@link #printedByDatabase}): the other was written by hand, and the
     * database's rewriting may be all that differs. Otherwise different.
     *
     * @param from the expression on the side migrated from
     * @param to the expression on the side migrated to
     */
    default Comparison compareExpressions(String from, String to) {
        if (canonicalExpression(from).equals(canonicalExpression(to))) {
            return Comparison.EQUAL;
        }
        if (from.strip().equals("?") || to.strip().equals("?")) {
            return Comparison.skip("expression " + from + " vs " + to + " cannot be compared: the database did not "
                    + "give its text");
        }
        if (printedByDatabase(from) != printedByDatabase(to)) {
            return Comparison.skip("the database keeps expressions in its own rewritten form, and " + from + " vs " + to
                    + " could not be matched reliably; if the expression really changed, change it by hand");
        }
        return Comparison.different("expression " + from + " -> " + to);
    }

    /**
     * {@return true when the text bears the marks of the database's own printing of an expression
     * (PostgreSQL's casts, MySQL's backticks), which a person rarely writes} The standard rules see none.
     *
     * @param sql the expression's text
     */
    default boolean printedByDatabase(String sql) {
        return false;
    }

    /**
     * {@return true when the database made this constraint or index name up itself, so a different name on
     * the other side is no reason to recreate the object} The standard rules know no such names.
     *
     * @param table the table the name is in
     * @param name a constraint's or index's name
     */
    default boolean generatedName(Table table, String name) {
        return false;
    }

    /**
     * {@return true when this database can put a new column at a given place in its table (MySQL's and H2's
     * {@code ADD COLUMN … AFTER}), so an added column is placed where the model has it and a dropped one goes
     * back to its place} The standard rules append, as every database can.
     */
    default boolean placesColumns() {
        return false;
    }

    /**
     * {@return true when the database keeps what MySQL and MariaDB keep besides the standard parts: character
     * sets and collations of tables and columns, table options and index comments} Where it does not, the
     * diff ignores them in the model. The standard rules keep none.
     */
    default boolean keepsTableOptions() {
        return false;
    }

    /**
     * {@return the table options in the one form this database compares them in; {@link TableOptions#NONE}
     * where it keeps none ({@link #keepsTableOptions})}
     *
     * @param options the options as read or modelled
     */
    default TableOptions canonicalOptions(TableOptions options) {
        return keepsTableOptions() ? options : TableOptions.NONE;
    }

    /**
     * {@return the mechanism this database gives a column for an identity of this kind, which is what its
     * reader reports back: MySQL numbers every identity with {@code AUTO_INCREMENT}, so a model's
     * {@code BY_DEFAULT} and the database's {@code AUTO_INCREMENT} are one identity there} By default each
     * kind is its own.
     *
     * @param kind the identity's kind as modelled
     */
    default Identity.Kind canonicalIdentity(Identity.Kind kind) {
        return kind;
    }

    /**
     * {@return true when the two referential actions behave alike on this database}
     *
     * @param from the action on the side migrated from
     * @param to the action on the side migrated to
     */
    default boolean sameAction(ForeignKey.ReferentialAction from, ForeignKey.ReferentialAction to) {
        return from == to;
    }

    /**
     * {@return the {@link #sameAction} of a database that checks NO ACTION immediately, exactly like RESTRICT
     * (MySQL/InnoDB, H2): the two are one action there}
     *
     * @param from the action on the side migrated from
     * @param to the action on the side migrated to
     */
    static boolean sameActionNoActionIsRestrict(ForeignKey.ReferentialAction from, ForeignKey.ReferentialAction to) {
        return restrictForNoAction(from) == restrictForNoAction(to);
    }

    private static ForeignKey.ReferentialAction restrictForNoAction(ForeignKey.ReferentialAction action) {
        return action == ForeignKey.ReferentialAction.NO_ACTION ? ForeignKey.ReferentialAction.RESTRICT : action;
    }

    /**
     * {@return true when the database makes the column NOT NULL whatever the column says; by default, a
     * column of the primary key}
     *
     * @param table the table
     * @param column one of its columns
     */
    default boolean impliedNotNull(Table table, Column column) {
        return table.primaryKey() != null && table.primaryKey().columns().contains(column.name());
    }

    /**
     * {@return true when the database creates this index by itself for a constraint of the table (MySQL's
     * index behind a foreign key), so its absence from the other side must not drop it}
     *
     * @param table the table
     * @param index one of its indexes
     */
    default boolean implicitIndex(Table table, Index index) {
        return false;
    }

    /**
     * {@return true when the index is the only one of the table that can serve one of its foreign keys: a
     * plain index whose leading columns are the key's columns, where no other index, unique constraint or
     * primary key of the table starts with them} Databases that index foreign keys by themselves (MySQL, H2)
     * create such an index and refuse to drop it while the key exists.
     *
     * @param table the table
     * @param index one of its indexes
     */
    static boolean onlyIndexForForeignKey(Table table, Index index) {
        if (index.unique() || index.predicate() != null || index.method() != null
                || index.keys().stream().anyMatch(key -> key.column() == null || key.prefixLength() != null)) {
            return false;
        }
        List<String> columns = index.keys().stream().map(Index.Key::column).toList();
        for (ForeignKey key : table.foreignKeys()) {
            if (startsWith(columns, key.columns()) && !otherwiseIndexed(table, index, key.columns())) {
                return true;
            }
        }
        return false;
    }

    private static boolean otherwiseIndexed(Table table, Index index, List<String> columns) {
        if (table.primaryKey() != null && startsWith(table.primaryKey().columns(), columns)) {
            return true;
        }
        if (table.uniques().stream().anyMatch(unique -> startsWith(unique.columns(), columns))) {
            return true;
        }
        return table.indexes().stream().filter(other -> !other.name().equals(index.name()))
                .anyMatch(other -> startsWith(other.keys().stream().map(Index.Key::column).toList(), columns));
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
        return columns.size() >= prefix.size() && columns.subList(0, prefix.size()).equals(prefix);
    }

    private static boolean unrecognised(DefaultValue value) {
        return value != null && value.kind() == DefaultValue.Kind.UNRECOGNISED;
    }

    private static String text(DefaultValue value) {
        return value == null ? "none" : value.sql();
    }
}
