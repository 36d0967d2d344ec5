package org.springframework.samples.petclinic.retort;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PostgresStartupIT extends StartupContract {

	static TestDatabase database;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database = TestDatabase.create(TestDatabase.Kind.POSTGRES);
		register(registry, database);
	}

	@AfterAll
	static void drop() {
		if (database != null) {
			database.close();
		}
	}

	@Override
	TestDatabase database() {
		return database;
	}

}
