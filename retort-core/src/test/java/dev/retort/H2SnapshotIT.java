package dev.retort;

import dev.retort.testing.TestDatabase;

class H2SnapshotIT extends SnapshotContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
