package dev.retort;

import dev.retort.testing.TestDatabase;

class H2ModelRenameIT extends ModelRenameContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
