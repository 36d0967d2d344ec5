-- retort:revision a1b2c3d4e5f6
-- retort:parents
-- retort:message create users
-- retort:created 2026-11-24T09:00:00Z

-- retort:upgrade
CREATE TABLE app_user (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX ux_app_user_name ON app_user (name);

-- retort:downgrade
DROP INDEX ux_app_user_name;
DROP TABLE app_user;
