package dev.retort.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic wide schema of scenarios d and e: {@code tables} tables {@code w0001 …} of ten columns
 * each (a primary key, a parent key, and eight columns whose types rotate through the portable subset
 * of the history), one unique constraint, one foreign key to an earlier table (the first table's to
 * itself: a tree, as real parent/child schemas are) and two indexes, one of them composite. The SQL is
 * the subset PostgreSQL, MariaDB and SQLite all accept, so every database and every tool reads the very
 * same schema. Deterministic. Immutable.
 */
final class WideSchema {

    /** The eight columns after {@code id} and {@code parent_id}; table {@code n} starts at entry {@code n % 8}. */
    private static final String[][] COLUMNS = {
        {"code", "VARCHAR(32) NOT NULL"}, {"name", "VARCHAR(120) NOT NULL"}, {"status", "VARCHAR(16) NOT NULL DEFAULT 'new'"},
        {"amount", "DECIMAL(12,2)"}, {"quantity", "INTEGER"}, {"active", "BOOLEAN NOT NULL DEFAULT TRUE"},
        {"created_at", "TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP"}, {"due_date", "DATE"}};

    /** Columns per table, indexes per table (the unique constraint's and the foreign key's not counted). */
    static final int COLUMNS_PER_TABLE = 2 + COLUMNS.length;
    static final int INDEXES_PER_TABLE = 2;

    private final int tables;

    WideSchema(int tables) {
        if (tables < 1 || tables > 9999) {
            throw new IllegalArgumentException("the wide schema needs 1 to 9999 tables, not " + tables);
        }
        this.tables = tables;
    }

    int tables() {
        return tables;
    }

    static String table(int number) {
        return String.format(java.util.Locale.ROOT, "w%04d", number);
    }

    /** The table table {@code number}'s foreign key points at: its parent in a binary tree, the root itself. */
    static int parent(int number) {
        return Math.max(1, number / 2);
    }

    /** Every statement, parents before children: per table one CREATE TABLE and two CREATE INDEX. */
    List<String> statements() {
        List<String> statements = new ArrayList<>(tables * (1 + INDEXES_PER_TABLE));
        for (int number = 1; number <= tables; number++) {
            statements.addAll(tableStatements(number));
        }
        return statements;
    }

    private static List<String> tableStatements(int number) {
        String name = table(number);
        StringBuilder create = new StringBuilder("CREATE TABLE ").append(name).append(" (\n")
                .append("    id BIGINT NOT NULL PRIMARY KEY,\n")
                .append("    parent_id BIGINT");
        for (int i = 0; i < COLUMNS.length; i++) {
            String[] column = COLUMNS[(number + i) % COLUMNS.length];
            create.append(",\n    ").append(column[0]).append(' ').append(column[1]);
        }
        create.append(",\n    CONSTRAINT uq_").append(name).append("_code UNIQUE (code)")
                .append(",\n    CONSTRAINT fk_").append(name).append("_parent FOREIGN KEY (parent_id) REFERENCES ")
                .append(table(parent(number))).append(" (id)\n)");
        return List.of(create.toString(),
                "CREATE INDEX ix_" + name + "_name ON " + name + " (name)",
                "CREATE INDEX ix_" + name + "_status ON " + name + " (status, created_at)");
    }

    /** The statements as one script, each ended by a semicolon and a new line (the model file, the bulk load). */
    String script() {
        StringBuilder script = new StringBuilder();
        statements().forEach(statement -> script.append(statement).append(";\n"));
        return script.toString();
    }
}
