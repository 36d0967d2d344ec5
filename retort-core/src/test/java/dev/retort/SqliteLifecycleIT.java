package dev.retort;

import dev.retort.testing.TestDatabase;

class SqliteLifecycleIT extends LifecycleContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.SQLITE;
    }
}
