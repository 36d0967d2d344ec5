package org.springframework.samples.petclinic.retort;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.samples.petclinic.PetClinicApplication;
import org.springframework.samples.petclinic.owner.OwnerRepository;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PetClinic, unchanged but for Retort, started on an empty database: Retort applies the revisions shipped
 * for that database (schema, then seed data) before Hibernate validates the entities against them
 * ({@code ddl-auto=validate} in application.properties), and Actuator reports the database at head over
 * HTTP. Each subclass is one database, made for it with a unique name and dropped afterwards.
 */
@SpringBootTest(classes = PetClinicApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class StartupContract {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OwnerRepository owners;

	static void register(DynamicPropertyRegistry registry, TestDatabase database) {
		registry.add("database", () -> Databases.name(database.kind()));
		registry.add("spring.datasource.url", () -> Databases.url(database));
		registry.add("spring.datasource.username", () -> database.user() == null ? "" : database.user());
		registry.add("spring.datasource.password", () -> database.password() == null ? "" : database.password());
		if (database.kind() == TestDatabase.Kind.SQLITE) {
			registry.add("spring.jpa.database-platform", () -> "org.hibernate.community.dialect.SQLiteDialect");
		}
	}

	abstract TestDatabase database();

	String name() {
		return Databases.name(database().kind());
	}

	@Test
	void hibernateValidatedTheSchemaRetortBuilt() {
		assertThat(this.environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
		assertThat(this.environment.getProperty("retort.mode")).isEqualTo("production");
		assertThat(this.jdbc.queryForList("SELECT revision FROM retort_version", String.class))
			.containsExactlyInAnyOrderElementsOf(Databases.shippedRevisions(name()));
		// the seed data revision ran, and JPA reads it
		assertThat(this.owners.findByLastNameStartingWith("Davis", org.springframework.data.domain.Pageable.unpaged()))
			.extracting(owner -> owner.getFirstName())
			.containsExactlyInAnyOrder("Betty", "Harold");
	}

	@Test
	@SuppressWarnings("unchecked")
	void actuatorReportsHead() throws IOException {
		String head = Databases.shippedHead(name());
		Http.Response response = Http.get(this.port, "/actuator/retort");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		Map<String, Object> json = response.json();
		assertThat(json.get("current")).isEqualTo(List.of(head));
		assertThat(json.get("heads")).isEqualTo(List.of(head));
		assertThat(json.get("pending")).isEqualTo(List.of());
		List<Map<String, Object>> history = (List<Map<String, Object>>) json.get("history");
		assertThat(history).extracting(row -> row.get("revision"))
			.containsExactlyInAnyOrderElementsOf(Databases.shippedRevisions(name()));
		assertThat(history).allSatisfy(row -> assertThat(row.get("state")).isEqualTo("applied"));
		// production: the database is compared with the schema snapshot shipped with the head, and matches
		Map<String, Object> drift = (Map<String, Object>) json.get("drift");
		assertThat(drift.get("compared")).as(drift.toString()).isEqualTo(true);
		assertThat(drift.get("changes")).as(drift.toString()).isEqualTo(List.of());

		Http.Response health = Http.get(this.port, "/actuator/health");
		assertThat(health.status()).as(health.body()).isEqualTo(200);
		assertThat(health.json().get("status")).isEqualTo("UP");
		Map<String, Object> retort = (Map<String, Object>) ((Map<String, Object>) health.json().get("components"))
			.get("retort");
		assertThat(retort.get("status")).as(retort.toString()).isEqualTo("UP");
		Map<String, Object> details = (Map<String, Object>) retort.get("details");
		assertThat(details.get("current")).isEqualTo(List.of(head));
		assertThat(details.get("pending")).isEqualTo(List.of());
	}

	@Test
	void pagesServeTheSeedData() throws IOException {
		Http.Response owners = Http.get(this.port, "/owners?lastName=Davis");
		assertThat(owners.status()).isEqualTo(200);
		assertThat(owners.body()).contains("Betty").contains("Harold");
		Http.Response vets = Http.get(this.port, "/vets.html");
		assertThat(vets.status()).isEqualTo(200);
		assertThat(vets.body()).contains("Carter").contains("radiology");
	}

}
