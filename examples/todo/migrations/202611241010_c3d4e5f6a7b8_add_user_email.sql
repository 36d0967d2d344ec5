-- retort:revision c3d4e5f6a7b8
-- retort:parents b2c3d4e5f6a7
-- retort:message add user email
-- retort:created 2026-11-24T10:10:00Z

-- retort:upgrade
ALTER TABLE app_user ADD COLUMN email VARCHAR(255);

-- retort:downgrade
ALTER TABLE app_user DROP COLUMN email;
