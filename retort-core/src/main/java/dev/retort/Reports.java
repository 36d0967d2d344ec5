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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place where what the facade returns becomes output: JSON of every report and result value, and
 * text of a schema, a status and a script. The command line prints these; an application or a build tool
 * can print or log the same. The JSON shapes are stable: keys in {@code snake_case}, the schema's
 * documented in {@code docs/inspect-json.md} (format version {@value SchemaJson#FORMAT}).
 * Stateless and thread-safe.
 */
public final class Reports {

    private Reports() {
    }

    /**
     * A value as indented JSON text, without a trailing newline. The value is a {@link Schema}, {@link Status},
     * {@link RevisionInfo}, {@link StepResult}, {@link Changes}, {@link ScriptInfo}, {@link StampResult},
     * {@link RepairResult}, or a {@link Map} (string keys, order kept) or {@link Collection} of these and of
     * strings, numbers, booleans and nulls, so that a caller can put reports in an envelope of its own.
     *
     * @param value what to write
     * @return the JSON text
     * @throws IllegalArgumentException for a value of another type
     */
    public static String json(Object value) {
        return JsonWriter.write(tree(value));
    }

    private static Object tree(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), tree(item)));
            return copy;
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(Reports::tree).toList();
        }
        if (value instanceof Schema schema) {
            return SchemaJson.schema(schema);
        }
        if (value instanceof Status status) {
            return object("up_to_date", status.upToDate(), "current", status.currentHeads(), "heads", status.heads(),
                    "pending", status.pending(), "problems", status.problems(), "revisions", tree(status.revisions()));
        }
        if (value instanceof RevisionInfo info) {
            return object("revision", info.id(), "parents", info.parents(), "message", info.message(),
                    "path", info.location(), "branch_labels", info.labels(), "applied", info.applied(),
                    "current", info.current(), "head", info.head(), "failed", info.failed());
        }
        if (value instanceof StepResult step) {
            return object("revision", step.revision(), "message", step.message(), "path", step.location(),
                    "direction", step.direction().verb(), "statements", step.statements(),
                    "duration_ms", step.executionMillis());
        }
        if (value instanceof Changes changes) {
            return object("changes", changes.upgrade().stream().map(step -> object("operation", step.description(),
                            "destructive", step.destructiveReason(), "sql", step.statements())).toList(),
                    "skipped", changes.skipped().stream().map(Skipped::describe).toList(),
                    "suggestions", changes.suggestions().stream().map(RenameSuggestion::description).toList());
        }
        if (value instanceof ScriptInfo script) {
            return object("revision", script.id(), "parents", script.parents(), "branch_labels", script.labels(),
                    "depends_on", script.dependsOn(), "message", script.message(),
                    "created", script.created() == null ? null : script.created().toString(), "path", script.location(),
                    "checksum", script.checksum(), "upgrade_sql", script.upgradeSql().strip(),
                    "downgrade_sql", script.reversible() ? script.downgradeSql().strip() : null);
        }
        if (value instanceof StampResult stamp) {
            return object("added", stamp.added(), "removed", stamp.removed());
        }
        if (value instanceof RepairResult repair) {
            return object("realigned", repair.realigned(), "cleared", repair.cleared(), "forgotten", repair.forgotten(),
                    "missing", repair.missing());
        }
        throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }

    /**
     * The JSON object of a report or result value as a mutable map (string keys, order kept; nested values already in
     * their JSON form), for a caller that adds keys of its own before {@link #json(Object)}.
     *
     * @param value a value {@link #json(Object)} writes as an object (not a collection)
     * @return the object's keys and values
     * @throws IllegalArgumentException for a value that is not written as an object
     */
    public static Map<String, Object> fields(Object value) {
        if (!(tree(value) instanceof Map<?, ?> map) || value instanceof Map<?, ?>) {
            throw new IllegalArgumentException("not a report value: " + (value == null ? null : value.getClass().getName()));
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((key, item) -> fields.put((String) key, item));
        return fields;
    }

    /**
     * A JSON object of the keys and values given in turn, in that order (values may be null, and may be any
     * value {@link #json(Object)} takes): the envelope a command puts its reports in.
     *
     * @param keysAndValues a key, its value, the next key, …
     * @return the object, mutable, in the order given
     */
    public static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /**
     * The status as {@code retort status} prints it: a line per revision, the current heads, what is pending
     * and every problem; ends with a newline.
     *
     * @param status the status
     * @return the text
     */
    public static String text(Status status) {
        StringBuilder out = new StringBuilder();
        if (status.revisions().isEmpty()) {
            out.append("no revisions yet: create one with 'retort revision -m MESSAGE'\n");
        }
        for (RevisionInfo info : status.revisions()) {
            String marks = info.marks().isEmpty() ? "" : " " + info.marks();
            out.append(info.id()).append(marks).append(": ").append(info.message()).append(" (").append(info.location())
                    .append(")\n");
        }
        out.append("current: ").append(status.currentHeads().isEmpty() ? "(none)" : String.join(", ", status.currentHeads()))
                .append('\n');
        out.append(status.pending().size()).append(" pending").append(status.pending().isEmpty() ? ""
                : ": " + String.join(", ", status.pending()) + " (run 'retort upgrade')").append('\n');
        status.problems().forEach(problem -> out.append("problem: ").append(problem).append('\n'));
        return out.toString();
    }

    /**
     * A revision on one line, as {@code history} and {@code heads} print it: parents, id, marks and message.
     *
     * @param info the revision
     * @return the line, without a newline
     */
    public static String line(RevisionInfo info) {
        String marks = info.marks().isEmpty() ? "" : " " + info.marks();
        String parents = info.parents().isEmpty() ? "<base>" : String.join(", ", info.parents());
        return parents + " -> " + info.id() + marks + ": " + info.message();
    }

    /**
     * A script as {@code retort show} prints it: its header fields, then its two sections; ends with a newline.
     *
     * @param script the script
     * @return the text
     */
    public static String text(ScriptInfo script) {
        StringBuilder out = new StringBuilder();
        out.append("Revision: ").append(script.id()).append('\n');
        out.append("Parents:  ").append(script.parents().isEmpty() ? "<base>" : String.join(", ", script.parents())).append('\n');
        if (!script.labels().isEmpty()) {
            out.append("Labels:   ").append(String.join(", ", script.labels())).append('\n');
        }
        if (!script.dependsOn().isEmpty()) {
            out.append("Depends:  ").append(String.join(", ", script.dependsOn())).append('\n');
        }
        out.append("Message:  ").append(script.message()).append('\n');
        out.append("Created:  ").append(script.created()).append('\n');
        out.append("Path:     ").append(script.location()).append('\n');
        out.append("Checksum: ").append(script.checksum()).append('\n');
        out.append('\n');
        out.append("-- upgrade\n").append(script.upgradeSql().strip()).append('\n');
        out.append('\n');
        out.append("-- downgrade\n").append(script.reversible() ? script.downgradeSql().strip()
                : "(none: this revision cannot be downgraded)").append('\n');
        return out.toString();
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
                    .append(index.keys().stream().map(Reports::keyText).collect(Collectors.joining(", "))).append(')');
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
            if (column.identity().sequence() != null) {
                text.append(" sequence ").append(column.identity().sequence());
            }
            if (column.identity().options() != null) {
                text.append(" (").append(column.identity().options()).append(')');
            }
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
