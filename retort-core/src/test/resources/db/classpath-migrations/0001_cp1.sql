-- retort:revision cp1
-- retort:parents
-- retort:message from the classpath

-- retort:upgrade
CREATE TABLE cp_table (id INTEGER PRIMARY KEY);

-- retort:downgrade
DROP TABLE cp_table;
