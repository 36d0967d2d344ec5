-- Every kind of object and table property SQLite's CREATE pages document (CREATE TABLE, CREATE VIRTUAL
-- TABLE, CREATE INDEX, CREATE VIEW, CREATE TRIGGER), loaded as a model against an empty database: `retort
-- diff` must name each one, either in the SQL that creates it or in a note. NothingSilentIT reads the
-- "-- names:" lines: each is text the diff must contain.
CREATE TABLE plain (id INTEGER PRIMARY KEY, name TEXT COLLATE NOCASE NOT NULL DEFAULT 'x' CHECK (length(name) > 0));
-- names: COLLATE NOCASE
-- names: DEFAULT 'x'
-- names: CHECK (length(name) > 0)
CREATE TABLE strict_table (id INTEGER PRIMARY KEY, amount REAL) STRICT;
-- names: STRICT
CREATE TABLE no_rowid (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID;
-- names: WITHOUT ROWID
CREATE TABLE both_options (k TEXT PRIMARY KEY, v ANY) STRICT, WITHOUT ROWID;
-- names: WITHOUT ROWID, STRICT
CREATE TABLE counter (id INTEGER PRIMARY KEY AUTOINCREMENT, n INT);
-- names: AUTOINCREMENT
CREATE TABLE gen (a INT, b INT GENERATED ALWAYS AS (a * 2) VIRTUAL, c INT AS (a + 1) STORED);
-- names: GENERATED ALWAYS AS (a * 2) VIRTUAL
-- names: GENERATED ALWAYS AS (a + 1) STORED
CREATE TABLE child (id INTEGER PRIMARY KEY, plain_id INTEGER REFERENCES plain (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, UNIQUE (plain_id));
-- names: ON DELETE CASCADE
-- names: DEFERRABLE INITIALLY DEFERRED
CREATE VIRTUAL TABLE places USING rtree(id, min_x, max_x, min_y, max_y);
-- names: USING rtree
CREATE VIRTUAL TABLE docs USING fts5(title, body);
-- names: USING fts5
CREATE INDEX plain_lower ON plain (lower(name) DESC) WHERE id > 10;
-- names: WHERE id > 10
-- names: lower(name) DESC
CREATE UNIQUE INDEX child_plain ON child (plain_id COLLATE NOCASE);
-- names: CREATE UNIQUE INDEX child_plain
CREATE VIEW v_plain (k, n) AS SELECT id, name FROM plain;
-- names: CREATE VIEW v_plain
CREATE TRIGGER plain_ins AFTER INSERT ON plain WHEN new.id > 0 BEGIN INSERT INTO counter (n) VALUES (1); END;
-- names: CREATE TRIGGER plain_ins
CREATE TRIGGER v_plain_ins INSTEAD OF INSERT ON v_plain BEGIN INSERT INTO plain (id, name) VALUES (new.k, new.n); END;
-- names: CREATE TRIGGER v_plain_ins
