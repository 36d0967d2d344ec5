-- retort:revision a1b2c3d4e5f6
-- retort:message owner

-- retort:upgrade
CREATE TABLE owner (id INTEGER PRIMARY KEY, name TEXT NOT NULL);

-- retort:downgrade
DROP TABLE owner;
