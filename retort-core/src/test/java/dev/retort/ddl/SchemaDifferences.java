package dev.retort.ddl;

import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Names the first differences between two schemas, so a failed equality says where to look. */
final class SchemaDifferences {

    private SchemaDifferences() {
    }

    static String describe(Schema expected, Schema actual) {
        List<String> lines = new ArrayList<>();
        List<String> expectedNames = expected.tables().stream().map(t -> t.name().toString()).toList();
        List<String> actualNames = actual.tables().stream().map(t -> t.name().toString()).toList();
        if (!expectedNames.equals(actualNames)) {
            lines.add("tables: expected " + expectedNames + " but was " + actualNames);
        }
        for (Table table : expected.tables()) {
            actual.table(table.name()).ifPresent(other -> lines.addAll(describe(table, other)));
        }
        if (!expected.objects().equals(actual.objects())) {
            lines.add("objects: expected " + expected.objects() + " but was " + actual.objects());
        }
        return String.join("\n", lines);
    }

    static List<String> describe(Table expected, Table actual) {
        List<String> lines = new ArrayList<>();
        String name = expected.name().toString();
        if (expected.columns().size() != actual.columns().size()) {
            lines.add(name + ": columns " + names(expected) + " vs " + names(actual));
        }
        for (int i = 0; i < Math.min(expected.columns().size(), actual.columns().size()); i++) {
            Column e = expected.columns().get(i);
            Column a = actual.columns().get(i);
            if (!e.equals(a)) {
                lines.add(name + "." + e.name() + ": expected " + e + "\n    but was " + a);
            }
        }
        compare(lines, name, "primary key", expected.primaryKey(), actual.primaryKey());
        compare(lines, name, "uniques", expected.uniques(), actual.uniques());
        compare(lines, name, "indexes", expected.indexes(), actual.indexes());
        compare(lines, name, "foreign keys", expected.foreignKeys(), actual.foreignKeys());
        compare(lines, name, "checks", expected.checks(), actual.checks());
        compare(lines, name, "comment", expected.comment(), actual.comment());
        return lines;
    }

    private static List<String> names(Table table) {
        return table.columns().stream().map(Column::name).toList();
    }

    private static void compare(List<String> lines, String table, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            lines.add(table + " " + what + ": expected " + expected + "\n    but was " + actual);
        }
    }
}
