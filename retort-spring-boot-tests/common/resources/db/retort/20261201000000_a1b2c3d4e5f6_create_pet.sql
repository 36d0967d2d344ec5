-- retort:revision a1b2c3d4e5f6
-- retort:message create pet
-- retort:created 2026-12-01T00:00:00Z

-- retort:upgrade
-- Types spelt as Hibernate writes them: on SQLite a declared type is compared as written (BIGINT is not bigint),
-- and the entities are the model.
CREATE TABLE pet (
    id bigint NOT NULL PRIMARY KEY,
    name varchar(100) NOT NULL
);
INSERT INTO pet (id, name) VALUES (1, 'Leo');

-- retort:downgrade
DROP TABLE pet;
