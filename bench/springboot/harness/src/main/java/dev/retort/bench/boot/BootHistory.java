package dev.retort.bench.boot;

import java.util.List;
import java.util.Locale;

/**
 * The application's history: 57 revisions that build the eight tables the entities map (creates, added columns,
 * foreign keys added later, indexes, a few rows of reference data), as an application's schema grows. PostgreSQL
 * SQL; every tool runs the very same statements. The last revision (an index) is the one Retort autogenerates
 * from the model, so Retort's history ends with a schema snapshot as a Retort user's does. Immutable.
 */
final class BootHistory {

    /** One revision: its statements and those that undo it. */
    record Change(int number, String slug, String upgrade, String downgrade) {
        boolean data() {
            return upgrade.startsWith("INSERT") || upgrade.startsWith("UPDATE");
        }
    }

    static final List<Change> CHANGES = build();

    private BootHistory() {
    }

    private static List<Change> build() {
        Object[][] steps = {
            {"create owner", "CREATE TABLE owner (id BIGINT PRIMARY KEY, first_name VARCHAR(60) NOT NULL, last_name VARCHAR(60) NOT NULL)", "DROP TABLE owner"},
            {"create pet type", "CREATE TABLE pet_type (id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL)", "DROP TABLE pet_type"},
            {"cats and dogs", "INSERT INTO pet_type (id, name) VALUES (1, 'cat'), (2, 'dog')", "DELETE FROM pet_type WHERE id IN (1, 2)"},
            {"create pet", "CREATE TABLE pet (id BIGINT PRIMARY KEY, name VARCHAR(60) NOT NULL, owner_id BIGINT NOT NULL,"
                    + " type_id BIGINT, CONSTRAINT pet_owner_fk FOREIGN KEY (owner_id) REFERENCES owner (id),"
                    + " CONSTRAINT pet_type_fk FOREIGN KEY (type_id) REFERENCES pet_type (id))", "DROP TABLE pet"},
            {"create visit", "CREATE TABLE visit (id BIGINT PRIMARY KEY, pet_id BIGINT NOT NULL, visit_date DATE NOT NULL,"
                    + " description VARCHAR(255), CONSTRAINT visit_pet_fk FOREIGN KEY (pet_id) REFERENCES pet (id))", "DROP TABLE visit"},
            index("owner_last_name", "owner", "last_name", false),
            index("pet_name", "pet", "name", false),
            column("owner", "address", "VARCHAR(200)"),
            column("owner", "city", "VARCHAR(80)"),
            column("owner", "telephone", "VARCHAR(20)"),
            index("owner_city", "owner", "city", false),
            {"create vet", "CREATE TABLE vet (id BIGINT PRIMARY KEY, first_name VARCHAR(60) NOT NULL, last_name VARCHAR(60) NOT NULL)", "DROP TABLE vet"},
            {"create specialty", "CREATE TABLE specialty (id BIGINT PRIMARY KEY, name VARCHAR(80) NOT NULL)", "DROP TABLE specialty"},
            {"create vet specialty", "CREATE TABLE vet_specialty (id BIGINT PRIMARY KEY, vet_id BIGINT NOT NULL, specialty_id BIGINT NOT NULL)",
                    "DROP TABLE vet_specialty"},
            {"specialties", "INSERT INTO specialty (id, name) VALUES (1, 'radiology'), (2, 'surgery'), (3, 'dentistry')",
                    "DELETE FROM specialty WHERE id IN (1, 2, 3)"},
            foreignKey("vet_specialty_vet_fk", "vet_specialty", "vet_id", "vet"),
            foreignKey("vet_specialty_specialty_fk", "vet_specialty", "specialty_id", "specialty"),
            index("vet_specialty_pair", "vet_specialty", "vet_id, specialty_id", true),
            column("pet", "birth_date", "DATE"),
            column("pet_type", "description", "VARCHAR(200)"),
            {"describe pet types", "UPDATE pet_type SET description = 'a ' || name", "UPDATE pet_type SET description = NULL"},
            {"birds and hamsters", "INSERT INTO pet_type (id, name, description) VALUES (3, 'bird', 'a bird'), (4, 'hamster', 'a hamster')",
                    "DELETE FROM pet_type WHERE id IN (3, 4)"},
            index("pet_owner", "pet", "owner_id", false),
            index("pet_type_idx", "pet", "type_id", false),
            index("visit_pet", "visit", "pet_id", false),
            column("visit", "vet_id", "BIGINT"),
            foreignKey("visit_vet_fk", "visit", "vet_id", "vet"),
            index("visit_vet", "visit", "vet_id", false),
            column("owner", "email", "VARCHAR(120)"),
            index("owner_email", "owner", "email", true),
            column("vet", "hired_on", "DATE"),
            column("vet", "email", "VARCHAR(120)"),
            column("vet", "phone", "VARCHAR(20)"),
            index("vet_last_name", "vet", "last_name", false),
            column("specialty", "code", "VARCHAR(10)"),
            index("specialty_code", "specialty", "code", true),
            column("vet_specialty", "since", "DATE"),
            column("pet", "weight", "NUMERIC(6,2)"),
            column("pet", "chip_number", "VARCHAR(32)"),
            index("pet_chip", "pet", "chip_number", true),
            column("visit", "duration_minutes", "INTEGER"),
            column("visit", "cost", "NUMERIC(10,2)"),
            index("visit_date_idx", "visit", "visit_date", false),
            {"create invoice", "CREATE TABLE invoice (id BIGINT PRIMARY KEY, visit_id BIGINT NOT NULL, amount NUMERIC(10,2) NOT NULL)",
                    "DROP TABLE invoice"},
            foreignKey("invoice_visit_fk", "invoice", "visit_id", "visit"),
            index("invoice_visit", "invoice", "visit_id", false),
            column("owner", "created_at", "TIMESTAMP"),
            column("owner", "active", "BOOLEAN NOT NULL DEFAULT TRUE"),
            column("pet", "neutered", "BOOLEAN NOT NULL DEFAULT FALSE"),
            column("pet", "notes", "VARCHAR(500)"),
            column("vet", "salary", "NUMERIC(10,2)"),
            column("visit", "created_at", "TIMESTAMP"),
            column("invoice", "issued_at", "TIMESTAMP"),
            column("invoice", "paid", "BOOLEAN NOT NULL DEFAULT FALSE"),
            column("invoice", "due_date", "DATE"),
            column("invoice", "currency", "VARCHAR(3) NOT NULL DEFAULT 'EUR'"),
            index("invoice_due", "invoice", "due_date, paid", false),
        };
        Change[] changes = new Change[steps.length];
        for (int i = 0; i < steps.length; i++) {
            changes[i] = new Change(i + 1, (String) steps[i][0], (String) steps[i][1], (String) steps[i][2]);
        }
        return List.of(changes);
    }

    private static Object[] column(String table, String column, String type) {
        return new Object[] {"add " + table + " " + column, "ALTER TABLE " + table + " ADD COLUMN " + column + " " + type,
                "ALTER TABLE " + table + " DROP COLUMN " + column};
    }

    private static Object[] index(String name, String table, String columns, boolean unique) {
        return new Object[] {"index " + name, "CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + name + " ON " + table + " ("
                + columns + ")", "DROP INDEX " + name};
    }

    private static Object[] foreignKey(String name, String table, String column, String target) {
        return new Object[] {"foreign key " + name, "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " FOREIGN KEY ("
                + column + ") REFERENCES " + target + " (id)", "ALTER TABLE " + table + " DROP CONSTRAINT " + name};
    }

    /** The schema at head as one SQL file: Retort's model for the last revision (no data statements). */
    static String model() {
        StringBuilder text = new StringBuilder();
        CHANGES.stream().filter(change -> !change.data()).forEach(change -> text.append(change.upgrade()).append(";\n"));
        return text.toString();
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
