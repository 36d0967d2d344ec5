package dev.retort;

import dev.retort.testing.TestDatabase;

class PostgresModelRenameIT extends ModelRenameContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }
}
