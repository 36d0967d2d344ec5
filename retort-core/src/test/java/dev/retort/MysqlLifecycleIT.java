package dev.retort;

import dev.retort.testing.TestDatabase;

class MysqlLifecycleIT extends LifecycleContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
