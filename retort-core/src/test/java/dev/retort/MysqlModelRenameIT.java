package dev.retort;

import dev.retort.testing.TestDatabase;

class MysqlModelRenameIT extends ModelRenameContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
