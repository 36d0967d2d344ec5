-- The schema the to-do application wants. Edit it and restart the application (development mode):
-- Retort turns the change into a revision in migrations/ and applies it.
CREATE TABLE app_user (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

CREATE TABLE task (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES app_user (id),
    title VARCHAR(200) NOT NULL,
    done INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX ix_task_owner ON task (owner_id);
