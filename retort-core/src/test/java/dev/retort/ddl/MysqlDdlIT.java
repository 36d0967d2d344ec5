package dev.retort.ddl;

import dev.retort.schema.Identity;
import dev.retort.testing.TestDatabase;

class MysqlDdlIT extends DdlContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }

    @Override
    Identity.Kind identityKind() {
        return Identity.Kind.AUTO_INCREMENT;
    }

    @Override
    String priceCheck() {
        return "`price` > 0";
    }

    @Override
    String quantityCheck() {
        return "`qty` >= 0";
    }

    @Override
    String primaryKeyName(String name) {
        return null;
    }
}
