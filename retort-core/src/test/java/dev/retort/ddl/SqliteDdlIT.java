package dev.retort.ddl;

import dev.retort.schema.Identity;
import dev.retort.testing.TestDatabase;

class SqliteDdlIT extends DdlContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.SQLITE;
    }

    @Override
    Identity.Kind identityKind() {
        return Identity.Kind.AUTOINCREMENT;
    }

    @Override
    String priceCheck() {
        return "price > 0";
    }

    @Override
    String quantityCheck() {
        return "qty >= 0";
    }

    @Override
    boolean comments() {
        return false;
    }
}
