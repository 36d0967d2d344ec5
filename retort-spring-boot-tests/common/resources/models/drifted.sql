-- The desired schema, one column ahead of the shipped revisions: production start-up reports it as drift.
CREATE TABLE pet (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    birth_year INTEGER,
    nickname VARCHAR(50)
);
