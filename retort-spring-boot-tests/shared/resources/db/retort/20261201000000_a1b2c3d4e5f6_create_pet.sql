-- retort:revision a1b2c3d4e5f6
-- retort:message create pet
-- retort:created 2026-12-01T00:00:00Z

-- retort:upgrade
CREATE TABLE pet (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
INSERT INTO pet (id, name) VALUES (1, 'Leo');

-- retort:downgrade
DROP TABLE pet;
