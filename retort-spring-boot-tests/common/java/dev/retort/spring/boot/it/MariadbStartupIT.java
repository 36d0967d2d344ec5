package dev.retort.spring.boot.it;

import dev.retort.spring.boot.it.app.PetApplication;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class MariadbStartupIT extends StartupContract {

    static TestDatabase database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = TestDatabase.create(TestDatabase.Kind.MYSQL);
        PetApplication.NAMES_AT_STARTUP.clear();
        Databases.register(registry, database);
    }

    @AfterAll
    static void drop() {
        database.close();
    }
}
