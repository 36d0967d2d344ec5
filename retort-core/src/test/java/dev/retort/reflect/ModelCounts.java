package dev.retort.reflect;

import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The object counts of a reflected {@link Schema}, and what it left unrecognised, in the same shape
 * as {@link CatalogCounts} so the two can be compared.
 *
 * @param tables      tables
 * @param columns     columns of all tables
 * @param indexes     indexes (not counting constraint-backing ones)
 * @param uniques     unique constraints
 * @param foreignKeys foreign keys
 * @param checks      check constraints
 */
public record ModelCounts(int tables, int columns, int indexes, int uniques, int foreignKeys, int checks) {

    public static ModelCounts of(Schema schema) {
        int columns = 0;
        int indexes = 0;
        int uniques = 0;
        int foreignKeys = 0;
        int checks = 0;
        for (Table table : schema.tables()) {
            columns += table.columns().size();
            indexes += table.indexes().size();
            uniques += table.uniques().size();
            foreignKeys += table.foreignKeys().size();
            checks += table.checks().size();
        }
        return new ModelCounts(schema.tables().size(), columns, indexes, uniques, foreignKeys, checks);
    }

    /** "table.column: type/default" for every column whose type or default was not recognised. */
    public static List<String> unrecognised(Schema schema) {
        List<String> found = new ArrayList<>();
        for (Table table : schema.tables()) {
            for (Column column : table.columns()) {
                if (!column.type().recognised()) {
                    found.add(table.name() + "." + column.name() + ": type " + column.type());
                }
                if (column.defaultValue() != null && !column.recognised()) {
                    found.add(table.name() + "." + column.name() + ": default " + column.defaultValue().sql());
                }
            }
        }
        return found;
    }
}
