package org.springframework.samples.petclinic.retort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.samples.petclinic.PetClinicApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Development mode (the profile {@code dev}): the entities are the model. Started on an empty database with a
 * copy of the shipped revisions as its writable location, PetClinic applies them and finds nothing to
 * generate, so the shipped revisions are what the entities map to; a stale set would get a new revision here.
 */
class DevelopmentModeIT {

	@ParameterizedTest
	@EnumSource(value = TestDatabase.Kind.class, names = { "H2", "POSTGRES" })
	void shippedRevisionsMatchTheEntities(TestDatabase.Kind kind, @TempDir Path directory) throws IOException {
		String name = Databases.name(kind);
		try (Stream<Path> files = Files.list(Databases.SHIPPED.resolve(name))) {
			for (Path file : files.toList()) {
				Files.copy(file, directory.resolve(file.getFileName()));
			}
		}
		List<String> before = listing(directory);
		try (TestDatabase database = TestDatabase.create(kind)) {
			List<String> arguments = new ArrayList<>(Databases.arguments(database));
			arguments.add("--spring.profiles.active=dev");
			arguments.add("--retort.locations=" + directory.toAbsolutePath());
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PetClinicApplication.class)
				.web(WebApplicationType.NONE)
				.run(arguments.toArray(String[]::new))) {
				assertThat(context.getEnvironment().getProperty("retort.mode")).isEqualTo("development");
				assertThat(listing(directory)).as("files after a development start").isEqualTo(before);
				assertThat(database.column("SELECT revision FROM retort_version"))
					.containsExactlyInAnyOrderElementsOf(Databases.shippedRevisions(name));
			}
		}
	}

	private static List<String> listing(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

}
