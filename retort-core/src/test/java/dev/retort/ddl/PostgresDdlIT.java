package dev.retort.ddl;

import dev.retort.schema.Identity;
import dev.retort.testing.TestDatabase;

class PostgresDdlIT extends DdlContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }

    @Override
    Identity.Kind identityKind() {
        return Identity.Kind.BY_DEFAULT;
    }

    @Override
    String priceCheck() {
        return "(price > (0)::numeric)";
    }

    @Override
    String quantityCheck() {
        return "(qty >= 0)";
    }
}
