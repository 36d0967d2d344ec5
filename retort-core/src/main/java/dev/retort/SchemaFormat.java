package dev.retort;

import dev.retort.internal.JsonWriter;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Inheritance;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a {@link Schema} for {@code retort inspect}: readable text by default, or JSON whose
 * shape is documented in {@code docs/inspect-json.md} and kept stable (format version
 * {@value SchemaJson#FORMAT}). Stateless and thread-safe.
 */
public final class SchemaFormat {

    private SchemaFormat() {
    }

    /**
     * The schema as indented JSON text, without a trailing newline.
     *
     * @param schema the schema
     * @return the JSON text
     */
    public static String json(Schema schema) {
        return JsonWriter.write(SchemaJson.schema(schema));
    }

    /**
     * The schema as readable text, one line per column, key, constraint and index; ends with a newline.
     *
     * @param schema the schema
     * @return the text
     */
    public static String text(Schema schema) {
        StringBuilder out = new StringBuilder();
        for (Table table : schema.tables()) {
            table(out, table);
            out.append('\n');
        }
        for (SchemaObject object : schema.objects()) {
            out.append(object.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(' ')
                    .append(object.name());
            if (object.table() != null) {
                out.append(" on ").append(object.table());
            }
            out.append('\n');
        }
        if (schema.tables().isEmpty() && schema.objects().isEmpty()) {
            out.append("(no tables)\n");
        }
        return out.toString();
    }

    private static void table(StringBuilder out, Table table) {
        out.append("table ").append(table.name());
        if (table.options().charset() != null) {
            out.append(" charset ").append(table.options().charset().describe());
        }
        table.options().options().forEach((name, value) -> out.append(' ').append(name.toLowerCase(Locale.ROOT))
                .append(' ').append(value));
        inheritance(out, table.inheritance());
        comment(out, table.comment());
        out.append('\n');
        int width = table.columns().stream().mapToInt(column -> column.name().length()).max().orElse(0);
        for (Column column : table.columns()) {
            out.append("  ").append(pad(column.name(), width)).append("  ").append(columnText(column));
            comment(out, column.comment());
            out.append('\n');
        }
        if (table.primaryKey() != null) {
            out.append("  primary key").append(name(table.primaryKey().name()))
                    .append(" (").append(String.join(", ", table.primaryKey().columns())).append(")\n");
        }
        for (UniqueConstraint unique : table.uniques()) {
            out.append("  unique").append(name(unique.name())).append(unique.nullsNotDistinct() ? " nulls not distinct" : "")
                    .append(" (").append(String.join(", ", unique.columns())).append(')')
                    .append(deferrability(unique.deferrability())).append('\n');
        }
        for (ForeignKey key : table.foreignKeys()) {
            out.append("  foreign key").append(name(key.name())).append(" (").append(String.join(", ", key.columns()))
                    .append(") references ").append(key.referencedTable()).append(" (")
                    .append(String.join(", ", key.referencedColumns())).append(')').append(actions(key)).append('\n');
        }
        for (CheckConstraint check : table.checks()) {
            out.append("  check").append(name(check.name())).append(" (").append(check.expression()).append(")\n");
        }
        for (Index index : table.indexes()) {
            out.append(index.unique() ? "  unique index " : "  index ").append(index.name()).append(" (")
                    .append(index.keys().stream().map(SchemaFormat::keyText).collect(Collectors.joining(", "))).append(')');
            if (index.method() != null) {
                out.append(" using ").append(index.method());
            }
            if (index.predicate() != null) {
                out.append(" where ").append(index.predicate());
            }
            comment(out, index.comment());
            out.append('\n');
        }
    }

    private static String columnText(Column column) {
        StringBuilder text = new StringBuilder(column.type().describe());
        if (column.charset() != null) {
            text.append(" charset ").append(column.charset().describe());
        }
        if (column.collation() != null) {
            text.append(" collate ").append(column.collation());
        }
        text.append(column.nullable() ? " null" : " not null");
        if (column.defaultValue() != null) {
            text.append(" default ").append(column.defaultValue().sql());
        }
        if (column.identity() != null) {
            text.append(" identity ").append(column.identity().kind().name().toLowerCase(Locale.ROOT));
        }
        if (column.generated() != null) {
            text.append(" generated as (").append(column.generated().expression()).append(')')
                    .append(column.generated().stored() ? " stored" : " virtual");
        }
        if (column.onUpdate() != null) {
            text.append(" on update ").append(column.onUpdate());
        }
        if (!column.recognised()) {
            text.append("  [unrecognised]");
        }
        return text.toString();
    }

    private static String actions(ForeignKey key) {
        StringBuilder text = new StringBuilder();
        if (key.onDelete() != ForeignKey.ReferentialAction.NO_ACTION) {
            text.append(" on delete ").append(key.onDelete().name().replace('_', ' ').toLowerCase(Locale.ROOT));
        }
        if (key.onUpdate() != ForeignKey.ReferentialAction.NO_ACTION) {
            text.append(" on update ").append(key.onUpdate().name().replace('_', ' ').toLowerCase(Locale.ROOT));
        }
        return text.append(deferrability(key.deferrability())).toString();
    }

    private static String deferrability(ForeignKey.Deferrability deferrability) {
        return deferrability == ForeignKey.Deferrability.NOT_DEFERRABLE ? ""
                : " " + deferrability.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** {@code  inherits (a, b)}, {@code  partition of p for values …}, {@code  partition by …}, as they apply. */
    private static void inheritance(StringBuilder out, Inheritance inheritance) {
        if (inheritance.partition()) {
            out.append(" partition of ").append(inheritance.parents().get(0)).append(' ').append(inheritance.bound());
        } else if (!inheritance.parents().isEmpty()) {
            out.append(" inherits (").append(inheritance.parents().stream().map(Object::toString)
                    .collect(Collectors.joining(", "))).append(')');
        }
        if (inheritance.partitioned()) {
            out.append(" partition by ").append(inheritance.partitionKey());
        }
    }

    private static String keyText(Index.Key key) {
        String text = key.column() != null ? key.column() : key.expression();
        if (key.prefixLength() != null) {
            text += "(" + key.prefixLength() + ")";
        }
        if (key.collation() != null) {
            text += " collate " + key.collation();
        }
        if (key.operatorClass() != null) {
            text += " " + key.operatorClass();
        }
        if (key.order() == Index.SortOrder.DESC) {
            text += " desc";
        }
        return key.nulls() == Index.Nulls.DEFAULT ? text : text + " nulls " + key.nulls().name().toLowerCase(Locale.ROOT);
    }

    private static String name(String name) {
        return name == null ? "" : " " + name;
    }

    private static void comment(StringBuilder out, String comment) {
        if (comment != null) {
            out.append("  -- ").append(comment.replace('\n', ' '));
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

}
