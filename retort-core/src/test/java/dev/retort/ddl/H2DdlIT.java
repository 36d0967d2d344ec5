package dev.retort.ddl;

import dev.retort.schema.Identity;
import dev.retort.testing.TestDatabase;

class H2DdlIT extends DdlContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }

    @Override
    Identity.Kind identityKind() {
        return Identity.Kind.BY_DEFAULT;
    }

    @Override
    String priceCheck() {
        return "\"price\" > CAST(0 AS NUMERIC(1))";
    }

    @Override
    String quantityCheck() {
        return "\"qty\" >= 0";
    }
}
