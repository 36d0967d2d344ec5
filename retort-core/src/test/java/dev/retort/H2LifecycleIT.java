package dev.retort;

import dev.retort.testing.TestDatabase;

class H2LifecycleIT extends LifecycleContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
