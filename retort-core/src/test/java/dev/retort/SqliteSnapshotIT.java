package dev.retort;

import dev.retort.testing.TestDatabase;

class SqliteSnapshotIT extends SnapshotContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.SQLITE;
    }
}
