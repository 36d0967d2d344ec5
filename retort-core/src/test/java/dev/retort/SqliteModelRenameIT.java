package dev.retort;

import dev.retort.testing.TestDatabase;

class SqliteModelRenameIT extends ModelRenameContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.SQLITE;
    }
}
