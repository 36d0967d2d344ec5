-- retort:revision b2c3d4e5f6a1
-- retort:parents a1b2c3d4e5f6
-- retort:message add birth year
-- retort:created 2026-12-02T00:00:00Z

-- retort:upgrade
ALTER TABLE pet ADD COLUMN birth_year integer;
UPDATE pet SET birth_year = 2019 WHERE id = 1;

-- retort:downgrade
ALTER TABLE pet DROP COLUMN birth_year;
