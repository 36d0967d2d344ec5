package dev.retort.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one linear history every tool applies: {@code count} small DDL revisions in the shape real
 * applications grow — new tables of 5–10 columns, child tables with a foreign key, added columns,
 * plain, composite and unique indexes. The SQL is the portable subset PostgreSQL, MariaDB and SQLite
 * all accept, so the three tools run exactly the same statements; only {@code DROP INDEX} in the
 * downgrades differs per database. Deterministic for a given seed. Immutable.
 */
final class History {

    private static final String[] ENTITIES = {"customer", "account", "invoice", "product", "supplier", "warehouse",
        "shipment", "payment", "employee", "department", "project", "ticket", "coupon", "review", "session"};
    private static final String[] CHILDREN = {"line", "note", "event", "address", "attachment", "tag"};
    private static final String[][] COLUMNS = {
        {"name", "VARCHAR(120) NOT NULL"}, {"code", "VARCHAR(32) NOT NULL"}, {"email", "VARCHAR(255)"},
        {"status", "VARCHAR(16) NOT NULL DEFAULT 'new'"}, {"amount", "DECIMAL(12,2)"}, {"quantity", "INTEGER"},
        {"active", "BOOLEAN NOT NULL DEFAULT TRUE"}, {"created_at", "TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP"},
        {"updated_at", "TIMESTAMP"}, {"due_date", "DATE"}, {"description", "TEXT"}, {"priority", "SMALLINT"},
        {"external_ref", "VARCHAR(64)"}, {"weight", "DECIMAL(8,3)"}, {"country", "CHAR(2)"}};
    private static final String[][] ADDED = {
        {"note", "VARCHAR(200)"}, {"version", "INTEGER NOT NULL DEFAULT 0"}, {"archived", "BOOLEAN NOT NULL DEFAULT FALSE"},
        {"phone", "VARCHAR(32)"}, {"rating", "SMALLINT"}, {"closed_at", "TIMESTAMP"}, {"tax_rate", "DECIMAL(5,2)"},
        {"locale", "VARCHAR(10) NOT NULL DEFAULT 'en'"}};

    /** One revision: a slug for file names, the forward statements, and the statements undoing them. */
    record Change(int number, String slug, List<String> upgrade, List<String> downgrade) {
        Change {
            upgrade = List.copyOf(upgrade);
            downgrade = List.copyOf(downgrade);
        }
    }

    /** Columns a unique index makes sense on. */
    private static final Set<String> NATURAL_KEYS = Set.of("name", "code", "email", "external_ref");

    /**
     * A table created so far, the columns later revisions may index (grows as columns are added) and the
     * column lists already indexed (MariaDB warns about a second index on the same columns).
     */
    private record Created(String name, List<String> indexable, Set<String> indexed) {
        Created(String name, List<String> indexable) {
            this(name, indexable, new HashSet<>());
        }
    }

    private final List<Change> changes;

    private History(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    List<Change> changes() {
        return changes;
    }

    /**
     * Generates a history for one database.
     *
     * @param mariadbIndexDrops true for MariaDB's {@code DROP INDEX name ON table}
     */
    static History generate(int count, long seed, boolean mariadbIndexDrops) {
        Random random = new Random(seed);
        List<Created> tables = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            // A rhythm of create, alter, index, child table, alter/index, so a third of the revisions make tables.
            int kind = tables.isEmpty() ? 0 : (number - 1) % 5;
            changes.add(switch (kind) {
                case 0 -> createTable(number, random, tables);
                case 3 -> createChildTable(number, random, tables);
                case 1, 4 -> addColumn(number, random, tables);
                default -> createIndex(number, random, tables, mariadbIndexDrops);
            });
        }
        return new History(changes);
    }

    private static Change createTable(int number, Random random, List<Created> tables) {
        String table = String.format("%s_%03d", ENTITIES[tables.size() % ENTITIES.length], number);
        int extra = 4 + random.nextInt(6);
        List<String> definitions = new ArrayList<>(List.of("id BIGINT NOT NULL PRIMARY KEY"));
        List<String> indexable = new ArrayList<>();
        for (int index : distinct(random, extra, COLUMNS.length)) {
            definitions.add(COLUMNS[index][0] + " " + COLUMNS[index][1]);
            if (!COLUMNS[index][1].startsWith("TEXT")) {
                indexable.add(COLUMNS[index][0]);
            }
        }
        tables.add(new Created(table, indexable));
        return new Change(number, "create " + table, List.of(createStatement(table, definitions)),
                List.of("DROP TABLE " + table));
    }

    private static Change createChildTable(int number, Random random, List<Created> tables) {
        Created parent = tables.get(random.nextInt(tables.size()));
        String table = String.format("%s_%s_%03d", parent.name().substring(0, parent.name().indexOf('_')),
                CHILDREN[random.nextInt(CHILDREN.length)], number);
        String parentColumn = "parent_id";
        List<String> definitions = new ArrayList<>(List.of("id BIGINT NOT NULL PRIMARY KEY",
                parentColumn + " BIGINT NOT NULL"));
        List<String> indexable = new ArrayList<>(List.of(parentColumn));
        for (int index : distinct(random, 3 + random.nextInt(4), COLUMNS.length)) {
            definitions.add(COLUMNS[index][0] + " " + COLUMNS[index][1]);
            if (!COLUMNS[index][1].startsWith("TEXT")) {
                indexable.add(COLUMNS[index][0]);
            }
        }
        definitions.add("CONSTRAINT fk_" + table + " FOREIGN KEY (" + parentColumn + ") REFERENCES "
                + parent.name() + " (id)");
        // MariaDB indexes a foreign key's column itself; a second index on it alone would be a duplicate.
        tables.add(new Created(table, indexable, new HashSet<>(Set.of(parentColumn))));
        return new Change(number, "create " + table, List.of(createStatement(table, definitions)),
                List.of("DROP TABLE " + table));
    }

    private static Change addColumn(int number, Random random, List<Created> tables) {
        Created table = recent(random, tables);
        String[] column = ADDED[random.nextInt(ADDED.length)];
        String name = column[0] + "_" + number;
        table.indexable().add(name);
        return new Change(number, "add " + name + " to " + table.name(),
                List.of("ALTER TABLE " + table.name() + " ADD COLUMN " + name + " " + column[1]),
                List.of("ALTER TABLE " + table.name() + " DROP COLUMN " + name));
    }

    private static Change createIndex(int number, Random random, List<Created> tables, boolean mariadbIndexDrops) {
        Created table = recent(random, tables);
        List<String> columns = table.indexable();
        int first;
        String columnList;
        int tries = 0;
        do {
            first = random.nextInt(columns.size());
            boolean composite = columns.size() > 1 && random.nextBoolean();
            columnList = composite ? columns.get(first) + ", " + columns.get((first + 1) % columns.size())
                    : columns.get(first);
        } while (!table.indexed().add(columnList) && ++tries < 20);
        boolean composite = columnList.contains(",");
        boolean unique = !composite && NATURAL_KEYS.contains(columns.get(first));
        String name = (unique ? "ux_" : "ix_") + number + "_" + columns.get(first);
        String drop = mariadbIndexDrops ? "DROP INDEX " + name + " ON " + table.name() : "DROP INDEX " + name;
        return new Change(number, "index " + table.name() + " " + columns.get(first),
                List.of("CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + name + " ON " + table.name()
                        + " (" + columnList + ")"), List.of(drop));
    }

    /** One of the last few tables: real schemas mostly change what was added recently. */
    private static Created recent(Random random, List<Created> tables) {
        int window = Math.min(4, tables.size());
        return tables.get(tables.size() - 1 - random.nextInt(window));
    }

    private static String createStatement(String table, List<String> definitions) {
        return "CREATE TABLE " + table + " (\n    " + String.join(",\n    ", definitions) + "\n)";
    }

    /** {@code count} distinct indexes below {@code bound}, in ascending order (a stable column order). */
    private static List<Integer> distinct(Random random, int count, int bound) {
        Set<Integer> chosen = new TreeSet<>();
        while (chosen.size() < Math.min(count, bound)) {
            chosen.add(random.nextInt(bound));
        }
        return List.copyOf(chosen);
    }
}
