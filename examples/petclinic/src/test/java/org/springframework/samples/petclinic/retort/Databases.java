package org.springframework.samples.petclinic.retort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.retort.testing.TestDatabase;

/**
 * The four databases PetClinic runs on, as the application's own settings name them: {@code database}
 * picks the shipped revisions ({@code db/retort/${database}}), the rest points the DataSource at a test
 * database.
 */
final class Databases {

	/** The shipped revisions, relative to the module (the tests' working directory). */
	static final Path SHIPPED = Path.of("src/main/resources/db/retort");

	private Databases() {
	}

	/** The value of PetClinic's {@code database} setting for a kind of test database. */
	static String name(TestDatabase.Kind kind) {
		return switch (kind) {
			case H2 -> "h2";
			case SQLITE -> "sqlite";
			case POSTGRES -> "postgres";
			case MYSQL -> "mariadb";
		};
	}

	/** Command-line arguments (which outrank application.properties) that run PetClinic on this database. */
	static List<String> arguments(TestDatabase database) {
		return arguments(name(database.kind()), url(database), database.user(), database.password());
	}

	/**
	 * The test database's URL, with the SQLite driver's date settings from application-sqlite.properties
	 * (dates as ISO text, as the seed data writes them).
	 */
	static String url(TestDatabase database) {
		return database.kind() == TestDatabase.Kind.SQLITE ? database.url() + SQLITE_DATES : database.url();
	}

	static final String SQLITE_DATES = "?date_class=TEXT&date_string_format=yyyy-MM-dd";

	static List<String> arguments(String name, String url, String user, String password) {
		List<String> arguments = new ArrayList<>(List.of("--database=" + name, "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + (user == null ? "" : user),
				"--spring.datasource.password=" + (password == null ? "" : password)));
		if (name.equals("sqlite")) {
			arguments.add("--spring.jpa.database-platform=org.hibernate.community.dialect.SQLiteDialect");
		}
		return arguments;
	}

	/**
	 * The head of the revisions shipped for a database, read from the scripts' headers: the revision no
	 * other names as its parent.
	 */
	static String shippedHead(String name) {
		List<String> ids = new ArrayList<>();
		List<String> parents = new ArrayList<>();
		try (Stream<Path> files = Files.list(SHIPPED.resolve(name))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
				for (String line : Files.readAllLines(file)) {
					if (line.startsWith("-- retort:revision ")) {
						ids.add(line.substring("-- retort:revision ".length()).trim());
					}
					else if (line.startsWith("-- retort:parents ")) {
						parents.addAll(List.of(line.substring("-- retort:parents ".length()).trim().split("[ ,]+")));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> heads = ids.stream().filter(id -> !parents.contains(id)).toList();
		if (heads.size() != 1) {
			throw new IllegalStateException("expected one head in " + SHIPPED.resolve(name) + ", found " + heads);
		}
		return heads.get(0);
	}

	/** All revisions shipped for a database. */
	static List<String> shippedRevisions(String name) {
		try (Stream<Path> files = Files.list(SHIPPED.resolve(name))) {
			List<String> ids = new ArrayList<>();
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
				for (String line : Files.readAllLines(file)) {
					if (line.startsWith("-- retort:revision ")) {
						ids.add(line.substring("-- retort:revision ".length()).trim());
					}
				}
			}
			return ids;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
