package dev.retort.diff;

import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.DropColumn;
import dev.retort.schema.Charset;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.schema.Table;
import dev.retort.spi.Comparison;
import dev.retort.spi.ComparisonRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Columns: added, dropped, or changed in type, nullability, default, identity, generation,
 * on-update, comment, (where the database keeps them) character set, or (PostgreSQL) collation. A changed column is one {@link AlterColumn}; its {@code after} takes from
 * the model only what really differs and keeps the database's value where the two are equal under
 * the rules or could not be compared, so the op changes nothing it should not. Column order is not
 * compared, but where the database places columns ({@link ComparisonRules#placesColumns}) an added
 * column goes where the model has it, and a dropped one records its place for the downgrade (a
 * column first in its table is appended: there is no FIRST yet). A column the table inherits from a
 * parent on both sides is the parent's to compare: PostgreSQL changes it in every child when the parent's
 * changes, and refuses to change it in a child alone. Immutable and thread-safe.
 */
final class ColumnsComparator implements PartComparator {

    private final ComparisonRules rules;
    private final Set<String> inherited;

    ColumnsComparator(ComparisonRules rules) {
        this(rules, Set.of());
    }

    private ColumnsComparator(ComparisonRules rules, Set<String> inherited) {
        this.rules = rules;
        this.inherited = Set.copyOf(inherited);
    }

    /** A comparator for one child table that leaves these inherited columns to its parents. */
    ColumnsComparator inheriting(Set<String> columns) {
        return new ColumnsComparator(rules, columns);
    }

    @Override
    public void compare(Table from, Table to, Changes changes) {
        // placed columns are dropped last first, so that the downgrade puts each back after a column already there
        List<Column> dropOrder = new ArrayList<>(from.columns());
        if (rules.placesColumns()) {
            Collections.reverse(dropOrder);
        }
        for (Column before : dropOrder) {
            if (to.column(before.name()).isEmpty() && !inherited.contains(before.name())) {
                changes.add(Changes.Phase.DROP_COLUMN, new DropColumn(to.name(), before, place(from, before)));
            }
        }
        for (Column after : to.columns()) {
            Column before = from.column(after.name()).orElse(null);
            if (inherited.contains(after.name())) {
                continue;
            }
            if (before == null) {
                changes.add(Changes.Phase.ADD_COLUMN, new AddColumn(to.name(), after, place(to, after)));
            } else if (!before.equals(after) || charsetChanged(from, to, before, after)) {
                alter(from, to, before, after, changes);
            }
        }
    }

    /** The column before this one where the database places columns and this one is not last; else null. */
    private String place(Table table, Column column) {
        int index = table.columns().indexOf(column);
        if (!rules.placesColumns() || index <= 0 || index == table.columns().size() - 1) {
            return null;
        }
        return table.columns().get(index - 1).name();
    }

    private void alter(Table from, Table to, Column before, Column after, Changes changes) {
        String object = "column " + after.name();
        Comparison type = rules.compareTypes(before.type(), after.type());
        boolean nullable = nullable(from, before) != nullable(to, after);
        Comparison filler = compareFillers(before, after);
        Comparison onUpdate = compareOnUpdate(before, after);
        boolean comment = !Objects.equals(blankless(before.comment()), blankless(after.comment()));
        boolean charset = charsetChanged(from, to, before, after);
        boolean collation = !Objects.equals(before.collation(), after.collation());
        for (Comparison part : new Comparison[] {type, filler, onUpdate}) {
            if (part instanceof Comparison.Skip skip) {
                changes.skip(to.name(), object, skip);
            }
        }
        if (!type.isDifferent() && !nullable && !filler.isDifferent() && !onUpdate.isDifferent() && !comment && !charset
                && !collation) {
            return;
        }
        boolean fillerChanged = filler.isDifferent();
        Column merged = new Column(after.name(),
                type.isDifferent() ? after.type() : before.type(),
                nullable ? after.nullable() : before.nullable(),
                fillerChanged ? after.defaultValue() : before.defaultValue(),
                fillerChanged ? after.identity() : before.identity(),
                fillerChanged ? after.generated() : before.generated(),
                onUpdate.isDifferent() ? after.onUpdate() : before.onUpdate(),
                comment ? after.comment() : before.comment(),
                charset ? effectiveCharset(to, after) : before.charset(),
                after.collation());
        // where the character set changes, both sides state it, so that neither depends on the table's default
        Column original = charset ? before.withCharset(effectiveCharset(from, before)) : before;
        changes.add(Changes.Phase.ALTER_COLUMN, new AlterColumn(to.name(), original, merged));
    }

    /**
     * True when the column's collation really changes: the one it has, its own or its table's
     * default, is not the one the model gives it. A table whose default changes (see
     * {@link TableOptionsComparator}) thus alters the text columns that follow it, as MySQL's
     * {@code ALTER TABLE … DEFAULT CHARSET} alone does not.
     */
    private boolean charsetChanged(Table from, Table to, Column before, Column after) {
        return rules.keepsTableOptions() && !Objects.equals(effectiveCharset(from, before), effectiveCharset(to, after));
    }

    /**
     * The column's character set, or for a text column without one its table's default; {@code null}
     * for the database's default (whose name the diff does not know: a column moving to or from it
     * takes the table's default at the time its ALTER runs).
     */
    private static Charset effectiveCharset(Table table, Column column) {
        if (column.charset() != null) {
            return column.charset();
        }
        boolean text = column.type() instanceof ColumnType.StringType || column.type() instanceof ColumnType.EnumType;
        return text ? table.options().charset() : null;
    }

    /** Nullability as the database enforces it (a primary-key column is NOT NULL where the rules say so). */
    private boolean nullable(Table table, Column column) {
        return column.nullable() && !rules.impliedNotNull(table, column);
    }

    /** Default, identity and generation together: a column has at most one, so they change as one. */
    private Comparison compareFillers(Column before, Column after) {
        String kind = fillerKind(before);
        if (!kind.equals(fillerKind(after))) {
            return Comparison.different(kind + " -> " + fillerKind(after));
        }
        return switch (kind) {
            case "identity" -> rules.canonicalIdentity(before.identity().kind()) == rules.canonicalIdentity(after.identity().kind())
                    && Objects.equals(before.identity().sequence(), after.identity().sequence())
                    && Objects.equals(before.identity().options(), after.identity().options())
                    ? Comparison.EQUAL
                    : rules.canonicalIdentity(before.identity().kind()) == rules.canonicalIdentity(after.identity().kind())
                    ? Comparison.different("sequence " + sequence(before.identity()) + " -> " + sequence(after.identity()))
                    : Comparison.different("identity " + kind(before.identity()) + " -> " + kind(after.identity()));
            case "generated" -> compareGenerated(before.generated(), after.generated());
            default -> rules.compareDefaults(before, after);
        };
    }

    private Comparison compareGenerated(GeneratedColumn before, GeneratedColumn after) {
        if (before.stored() != after.stored()) {
            return Comparison.different("generated column changes between stored and virtual");
        }
        return rules.compareExpressions(before.expression(), after.expression());
    }

    private Comparison compareOnUpdate(Column before, Column after) {
        return Objects.equals(onUpdate(before), onUpdate(after)) ? Comparison.EQUAL
                : Comparison.different("on update " + before.onUpdate() + " -> " + after.onUpdate());
    }

    /** MySQL's ON UPDATE expression compared as a default is: CURRENT_TIMESTAMP has the same spellings. */
    private String onUpdate(Column column) {
        String text = column.onUpdate();
        return text == null || text.isBlank() ? null
                : rules.canonicalDefault(new DefaultValue(text, DefaultValue.Kind.FUNCTION), column.type());
    }

    private static String fillerKind(Column column) {
        return column.identity() != null ? "identity" : column.generated() != null ? "generated" : "default";
    }

    private static String sequence(Identity identity) {
        return (identity.sequence() == null ? "(serial's name)" : identity.sequence()) + " "
                + (identity.options() == null ? "(serial's options)" : identity.options());
    }

    private static String kind(Identity identity) {
        return identity == null ? "none" : identity.kind().name();
    }

    private static String blankless(String comment) {
        return comment == null || comment.isEmpty() ? null : comment;
    }
}
