package dev.retort.command;

import dev.retort.testing.TestDatabase;

class PostgresLifecycleIT extends LifecycleContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }
}
