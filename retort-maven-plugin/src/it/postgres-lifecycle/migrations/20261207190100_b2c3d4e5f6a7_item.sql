-- retort:revision b2c3d4e5f6a7
-- retort:parents a1b2c3d4e5f6
-- retort:message item

-- retort:upgrade
CREATE TABLE item (id BIGINT PRIMARY KEY, owner_id BIGINT REFERENCES owner (id), title TEXT NOT NULL);

-- retort:downgrade
DROP TABLE item;
