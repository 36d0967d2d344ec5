-- retort:revision b2c3d4e5f6a7
-- retort:parents a1b2c3d4e5f6
-- retort:message create tasks
-- retort:created 2026-11-24T09:30:00Z

-- retort:upgrade
CREATE TABLE task (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    title VARCHAR(200) NOT NULL,
    done BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX ix_task_owner ON task (owner_id);
-- Keep the title tidy: a trigger with a body of its own.
CREATE TRIGGER task_title_trim AFTER INSERT ON task
BEGIN
    UPDATE task SET title = trim(title) WHERE id = NEW.id;
END;

-- retort:downgrade
DROP TRIGGER task_title_trim;
DROP TABLE task;
