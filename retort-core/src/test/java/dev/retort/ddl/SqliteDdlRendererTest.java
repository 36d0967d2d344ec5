package dev.retort.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.schema.Identity;
import dev.retort.schema.Schema;
import org.junit.jupiter.api.Test;

/** The exact SQLite statements of one op of every kind ({@link OpCatalog}). */
class SqliteDdlRendererTest extends DdlRendererContract {

    private static final Identity.Kind IDENTITY = Identity.Kind.AUTOINCREMENT;

    SqliteDdlRendererTest() {
        super(new SqliteDialect().ddlRenderer(), IDENTITY);
    }

    @Test
    void createTableWithEverything() {
        assertEquals("""
                CREATE TABLE item (
                    id INTEGER NOT NULL CONSTRAINT item_pk PRIMARY KEY AUTOINCREMENT,
                    name VARCHAR(40) DEFAULT 'x',
                    "order" NUMERIC(10,2) NOT NULL DEFAULT 0,
                    CONSTRAINT item_name_uq UNIQUE (name),
                    CONSTRAINT item_order_ck CHECK ("order" >= 0)
                );
                CREATE INDEX item_order_ix ON item ("order" DESC, name);
                """, script(new dev.retort.op.CreateTable(OpCatalog.item(IDENTITY)), Schema.empty()));
    }

    @Test
    void createTable() {
        assertEquals("""
                CREATE TABLE "Audit Log" (
                    at TIMESTAMP NOT NULL,
                    what TEXT
                );
                CREATE INDEX audit_at_ix ON "Audit Log" (at);
                """, script("createTable"));
    }

    @Test
    void dropTable() {
        assertEquals("""
                DROP TABLE line;
                """, script("dropTable"));
    }

    @Test
    void renameTable() {
        assertEquals("""
                ALTER TABLE line RENAME TO order_line;
                PRAGMA writable_schema = ON;
                UPDATE main.sqlite_master SET sql = substr(sql, 1, 13) || 'order_line' || substr(sql, 26) WHERE type = 'table' AND name = 'order_line' AND upper(substr(sql, 1, 25)) = upper('CREATE TABLE "order_line"');
                PRAGMA writable_schema = RESET;
                """, script("renameTable"));
    }

    @Test
    void addColumn() {
        assertEquals("""
                ALTER TABLE item ADD COLUMN note VARCHAR(10) DEFAULT 'n/a';
                """, script("addColumn"));
    }

    @Test
    void dropColumn() {
        assertEquals("""
                PRAGMA defer_foreign_keys = ON;
                CREATE TABLE _retort_new_line (
                    id INTEGER NOT NULL
                );
                INSERT INTO _retort_new_line (id) SELECT id FROM line;
                DROP TABLE line;
                PRAGMA legacy_alter_table = ON;
                ALTER TABLE _retort_new_line RENAME TO line;
                PRAGMA legacy_alter_table = OFF;
                PRAGMA writable_schema = ON;
                UPDATE main.sqlite_master SET sql = 'CREATE TABLE line (
                    id INTEGER NOT NULL
                )' WHERE type = 'table' AND name = 'line';
                PRAGMA writable_schema = RESET;
                """, script("dropColumn"));
    }

    @Test
    void alterColumn() {
        assertEquals("""
                PRAGMA defer_foreign_keys = ON;
                CREATE TEMP TABLE _retort_guard (foreign_keys INTEGER CONSTRAINT "rebuilding item needs PRAGMA foreign_keys = OFF: with it on, dropping the old table would fire ON DELETE actions in line" CHECK (foreign_keys = 0));
                INSERT INTO temp._retort_guard SELECT foreign_keys FROM pragma_foreign_keys;
                DROP TABLE temp._retort_guard;
                CREATE TABLE _retort_new_item (
                    id INTEGER NOT NULL CONSTRAINT item_pk PRIMARY KEY AUTOINCREMENT,
                    name VARCHAR(80) NOT NULL DEFAULT 'y',
                    "order" NUMERIC(10,2) NOT NULL DEFAULT 0,
                    CONSTRAINT item_name_uq UNIQUE (name),
                    CONSTRAINT item_order_ck CHECK ("order" >= 0)
                );
                INSERT INTO _retort_new_item (id, name, "order") SELECT id, name, "order" FROM item;
                DELETE FROM sqlite_sequence WHERE name = '_retort_new_item';
                UPDATE sqlite_sequence SET name = '_retort_new_item' WHERE name = 'item';
                DROP TABLE item;
                PRAGMA legacy_alter_table = ON;
                ALTER TABLE _retort_new_item RENAME TO item;
                PRAGMA legacy_alter_table = OFF;
                PRAGMA writable_schema = ON;
                UPDATE main.sqlite_master SET sql = 'CREATE TABLE item (
                    id INTEGER NOT NULL CONSTRAINT item_pk PRIMARY KEY AUTOINCREMENT,
                    name VARCHAR(80) NOT NULL DEFAULT ''y'',
                    "order" NUMERIC(10,2) NOT NULL DEFAULT 0,
                    CONSTRAINT item_name_uq UNIQUE (name),
                    CONSTRAINT item_order_ck CHECK ("order" >= 0)
                )' WHERE type = 'table' AND name = 'item';
                PRAGMA writable_schema = RESET;
                CREATE INDEX item_order_ix ON item ("order" DESC, name);
                """, script("alterColumn"));
    }

    @Test
    void renameColumn() {
        assertEquals("""
                ALTER TABLE item RENAME COLUMN name TO title;
                """, script("renameColumn"));
    }

    @Test
    void addPrimaryKey() {
        assertEquals("""
                PRAGMA defer_foreign_keys = ON;
                CREATE TABLE _retort_new_line (
                    id INTEGER NOT NULL,
                    item_id INTEGER,
                    CONSTRAINT line_key PRIMARY KEY (id, item_id),
                    CONSTRAINT line_item_fk FOREIGN KEY (item_id) REFERENCES item (id) ON DELETE CASCADE
                );
                INSERT INTO _retort_new_line (id, item_id) SELECT id, item_id FROM line;
                DROP TABLE line;
                PRAGMA legacy_alter_table = ON;
                ALTER TABLE _retort_new_line RENAME TO line;
                PRAGMA legacy_alter_table = OFF;
                PRAGMA writable_schema = ON;
                UPDATE main.sqlite_master SET sql = 'CREATE TABLE line (
                    id INTEGER NOT NULL,
                    item_id INTEGER,
                    CONSTRAINT line_key PRIMARY KEY (id, item_id),
                    CONSTRAINT line_item_fk FOREIGN KEY (item_id) REFERENCES item (id) ON DELETE CASCADE
                )' WHERE type = 'table' AND name = 'line';
                PRAGMA writable_schema = RESET;
                """, script("addPrimaryKey"));
    }

    @Test
    void dropPrimaryKey() {
        assertEquals("""
                PRAGMA defer_foreign_keys = ON;
                CREATE TEMP TABLE _retort_guard (foreign_keys INTEGER CONSTRAINT "rebuilding item needs PRAGMA foreign_keys = OFF: with it on, dropping the old table would fire ON DELETE actions in line" CHECK (foreign_keys = 0));
                INSERT INTO temp._retort_guard SELECT foreign_keys FROM pragma_foreign_keys;
                DROP TABLE temp._retort_guard;
                CREATE TABLE _retort_new_item (
                    id INTEGER NOT NULL,
                    name VARCHAR(40) DEFAULT 'x',
                    "order" NUMERIC(10,2) NOT NULL DEFAULT 0,
                    CONSTRAINT item_name_uq UNIQUE (name),
                    CONSTRAINT item_order_ck CHECK ("order" >= 0)
                );
                INSERT INTO _retort_new_item (id, name, "order") SELECT id, name, "order" FROM item;
                DROP TABLE item;
                PRAGMA legacy_alter_table = ON;
                ALTER TABLE _retort_new_item RENAME TO item;
                PRAGMA legacy_alter_table = OFF;
                PRAGMA writable_schema = ON;
                UPDATE main.sqlite_master SET sql = 'CREATE TABLE item (
                    id INTEGER NOT NULL,
                    name VARCHAR(40) DEFAULT ''x'',
                    "order" NUMERIC(10,2) NOT NULL DEFAULT 0,
                    CONSTRAINT item_name_uq UNIQUE (name),
                    CONSTRAINT item_order_ck CHECK ("order" >= 0)
                )' WHERE type = 'table' AND name = 'item';
                PRAGMA writable_schema = RESET;
                CREATE INDEX item_order_ix ON item ("order" DESC, name);
                """, script("dropPrimaryKey"));
    }

    @Test
    void addUnique() {
        assertEquals("""
                PRAGMA defer_foreign_keys = ON;
                CREATE TABLE _retort_new_line (
                    id INTEGER NOT NULL,
                    item_id INTEGER,
                    CONSTRAINT line_item_uq UNIQUE (item_id),
                    CONSTRAINT line_item_fk FOREIGN KEY (item_id) REFERENCES item (id) ON DELETE CASCADE
                );
                INSERT INTO _retort_new_line (id, item_id) SELECT id, item_id FROM line;
                DROP TABLE line;
                PRAGMA legacy_alter_table = ON;
                ALTER TABLE _retort_new_line RENAME TO line;
                PRAGMA legacy_alter_table = OFF;
                PRAGMA writable_schema = ON;
                UPDATE main.sqlite_master SET sql = 'CREATE TABLE line (
                    id INTEGER NOT NULL,
                    item_id INTEGER,
                    CONSTRAINT line_item_uq UNIQUE (item_id),
                    CONSTRAINT line_item_fk FOREIGN KEY (item_id) REFERENCES item (id) ON DELETE CASCADE
                )' WHERE type = 'table' AND name = 'line';
                PRAGMA writable_schema = RESET;
                """, script("addUnique"));
    }

    @Test
    void dropUnique() {
        assertEquals("""
                PRAGMA defer_foreign_keys = ON;
                CREATE TEMP TABLE _retort_guard (foreign_keys INTEGER CONSTRAINT "rebuilding item needs PRAGMA foreign_keys = OFF: with it on, dropping the old table would fire ON DELETE actions in line" CHECK (foreign_keys = 0));
                INSERT INTO temp._retort_guard SELECT foreign_keys FROM pragma_foreign_keys;
                DROP TABLE temp._retort_guard;
                CREATE TABLE _retort_new_item (
                    id INTEGER NOT NULL CONSTRAINT item_pk PRIMARY KEY AUTOINCREMENT,
                    name VARCHAR(40) DEFAULT 'x',
                    "order" NUMERIC(10,2) NOT NULL DEFAULT 0,
                    CONSTRAINT item_order_ck CHECK ("order" >= 0)
                );
                INSERT INTO _retort_new_item (id, name, "order") SELECT id, name, "order" FROM item;
                DELETE FROM sqlite_sequence WHERE name = '_retort_new_item';
                UPDATE sqlite_sequence SET name = '_retort_new_item' WHERE name = 'item';
                DROP TABLE item;
                PRAGMA legacy_alter_table = ON;
                ALTER TABLE _retort_new_item RENAME TO item;
                PRAGMA legacy_alter_table = OFF;
                PRAGMA writable_schema = ON;
                UPDATE main.sqlite_master SET sql = 'CREATE TABLE item (
                    id INTEGER NOT NULL CONSTRAINT item_pk PRIMARY KEY AUTOINCREMENT,
                    name VARCHAR(40) DEFAULT ''x'',
                    "order" NUMERIC(10,2) NOT NULL DEFAULT 0,
                    CONSTRAINT item_order_ck CHECK ("order" >= 0)
                )' WHERE type = 'table' AND name = 'item';
                PRAGMA writable_schema = RESET;
                CREATE INDEX item_order_ix ON item ("order" DESC, name);
                """, script("dropUnique"));
    }

    @Test
    void createIndex() {
        assertEquals("""
                CREATE UNIQUE INDEX line_item_ix ON line (item_id, id DESC);
                """, script("createIndex"));
    }

    @Test
    void dropIndex() {
        assertEquals("""
                DROP INDEX item_order_ix;
                """, script("dropIndex"));
    }

    @Test
    void addForeignKey() {
        assertEquals("""
                PRAGMA defer_foreign_keys = ON;
                CREATE TABLE _retort_new_line (
                    id INTEGER NOT NULL,
                    item_id INTEGER,
                    CONSTRAINT line_item_fk FOREIGN KEY (item_id) REFERENCES item (id) ON DELETE CASCADE,
                    CONSTRAINT line_self_fk FOREIGN KEY (item_id) REFERENCES line (id) ON DELETE SET NULL ON UPDATE RESTRICT
                );
                INSERT INTO _retort_new_line (id, item_id) SELECT id, item_id FROM line;
                DROP TABLE line;
                PRAGMA legacy_alter_table = ON;
                ALTER TABLE _retort_new_line RENAME TO line;
                PRAGMA legacy_alter_table = OFF;
                PRAGMA writable_schema = ON;
                UPDATE main.sqlite_master SET sql = 'CREATE TABLE line (
                    id INTEGER NOT NULL,
                    item_id INTEGER,
                    CONSTRAINT line_item_fk FOREIGN KEY (item_id) REFERENCES item (id) ON DELETE CASCADE,
                    CONSTRAINT line_self_fk FOREIGN KEY (item_id) REFERENCES line (id) ON DELETE SET NULL ON UPDATE RESTRICT
                )' WHERE type = 'table' AND name = 'line';
                PRAGMA writable_schema = RESET;
                """, script("addForeignKey"));
    }

    @Test
    void dropForeignKey() {
        assertEquals("""
                PRAGMA defer_foreign_keys = ON;
                CREATE TABLE _retort_new_line (
                    id INTEGER NOT NULL,
                    item_id INTEGER
                );
                INSERT INTO _retort_new_line (id, item_id) SELECT id, item_id FROM line;
                DROP TABLE line;
                PRAGMA legacy_alter_table = ON;
                ALTER TABLE _retort_new_line RENAME TO line;
                PRAGMA legacy_alter_table = OFF;
                PRAGMA writable_schema = ON;
                UPDATE main.sqlite_master SET sql = 'CREATE TABLE line (
                    id INTEGER NOT NULL,
                    item_id INTEGER
                )' WHERE type = 'table' AND name = 'line';
                PRAGMA writable_schema = RESET;
                """, script("dropForeignKey"));
    }

    @Test
    void addCheck() {
        assertEquals("""
                PRAGMA defer_foreign_keys = ON;
                CREATE TABLE _retort_new_line (
                    id INTEGER NOT NULL,
                    item_id INTEGER,
                    CONSTRAINT line_item_fk FOREIGN KEY (item_id) REFERENCES item (id) ON DELETE CASCADE,
                    CONSTRAINT line_id_ck CHECK (id > 0)
                );
                INSERT INTO _retort_new_line (id, item_id) SELECT id, item_id FROM line;
                DROP TABLE line;
                PRAGMA legacy_alter_table = ON;
                ALTER TABLE _retort_new_line RENAME TO line;
                PRAGMA legacy_alter_table = OFF;
                PRAGMA writable_schema = ON;
                UPDATE main.sqlite_master SET sql = 'CREATE TABLE line (
                    id INTEGER NOT NULL,
                    item_id INTEGER,
                    CONSTRAINT line_item_fk FOREIGN KEY (item_id) REFERENCES item (id) ON DELETE CASCADE,
                    CONSTRAINT line_id_ck CHECK (id > 0)
                )' WHERE type = 'table' AND name = 'line';
                PRAGMA writable_schema = RESET;
                """, script("addCheck"));
    }

    @Test
    void dropCheck() {
        assertEquals("""
                PRAGMA defer_foreign_keys = ON;
                CREATE TEMP TABLE _retort_guard (foreign_keys INTEGER CONSTRAINT "rebuilding item needs PRAGMA foreign_keys = OFF: with it on, dropping the old table would fire ON DELETE actions in line" CHECK (foreign_keys = 0));
                INSERT INTO temp._retort_guard SELECT foreign_keys FROM pragma_foreign_keys;
                DROP TABLE temp._retort_guard;
                CREATE TABLE _retort_new_item (
                    id INTEGER NOT NULL CONSTRAINT item_pk PRIMARY KEY AUTOINCREMENT,
                    name VARCHAR(40) DEFAULT 'x',
                    "order" NUMERIC(10,2) NOT NULL DEFAULT 0,
                    CONSTRAINT item_name_uq UNIQUE (name)
                );
                INSERT INTO _retort_new_item (id, name, "order") SELECT id, name, "order" FROM item;
                DELETE FROM sqlite_sequence WHERE name = '_retort_new_item';
                UPDATE sqlite_sequence SET name = '_retort_new_item' WHERE name = 'item';
                DROP TABLE item;
                PRAGMA legacy_alter_table = ON;
                ALTER TABLE _retort_new_item RENAME TO item;
                PRAGMA legacy_alter_table = OFF;
                PRAGMA writable_schema = ON;
                UPDATE main.sqlite_master SET sql = 'CREATE TABLE item (
                    id INTEGER NOT NULL CONSTRAINT item_pk PRIMARY KEY AUTOINCREMENT,
                    name VARCHAR(40) DEFAULT ''x'',
                    "order" NUMERIC(10,2) NOT NULL DEFAULT 0,
                    CONSTRAINT item_name_uq UNIQUE (name)
                )' WHERE type = 'table' AND name = 'item';
                PRAGMA writable_schema = RESET;
                CREATE INDEX item_order_ix ON item ("order" DESC, name);
                """, script("dropCheck"));
    }

    @Test
    void setTableComment() {
        assertEquals("", script("setTableComment"));
    }
}
