package org.springframework.samples.petclinic.retort;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four PetClinic processes (the packaged jar, {@code java -jar}) started at once on one empty PostgreSQL
 * database: one applies the shipped revisions under Retort's lock, the others wait for it and find the
 * database at head; all four start and report head. The database has a unique name and is dropped
 * afterwards.
 */
class ConcurrentStartIT {

	private static final int INSTANCES = 4;

	@Test
	@SuppressWarnings("unchecked")
	void fourInstancesOneMigration() throws Exception {
		String base = System.getenv("RETORT_TEST_POSTGRES_URL");
		// skips outside CI, fails under CI=true, as every other PostgreSQL test does
		TestDatabase.create(TestDatabase.Kind.POSTGRES).close();
		String user = System.getenv().getOrDefault("RETORT_TEST_POSTGRES_USER", "postgres");
		String password = System.getenv().getOrDefault("RETORT_TEST_POSTGRES_PASSWORD", "");
		String name = "petclinic_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String url = withDatabase(base, name);
		admin(base, user, password, "CREATE DATABASE " + name);
		Path jar = Path.of(System.getProperty("petclinic.jar", "target/petclinic-1.0.0-SNAPSHOT.jar"));
		assertThat(jar).as("the packaged application (mvn package)").exists();
		Path logs = Files.createDirectories(Path.of("target/concurrent-start"));
		List<Process> processes = new ArrayList<>();
		List<Integer> ports = new ArrayList<>();
		List<Path> outputs = new ArrayList<>();
		try {
			for (int i = 0; i < INSTANCES; i++) {
				int port = freePort();
				Path output = logs.resolve(name + "-" + i + ".log");
				List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString(), "--server.port=" + port,
						"--spring.main.banner-mode=off"));
				command.addAll(Databases.arguments("postgres", url, user, password));
				processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start());
				ports.add(port);
				outputs.add(output);
			}
			String head = Databases.shippedHead("postgres");
			List<String> revisions = Databases.shippedRevisions("postgres");
			for (int i = 0; i < INSTANCES; i++) {
				awaitUp(processes.get(i), ports.get(i), outputs.get(i));
				Http.Response retort = Http.get(ports.get(i), "/actuator/retort");
				assertThat(retort.status()).as(retort.body()).isEqualTo(200);
				assertThat(retort.json().get("current")).as("instance %d", i).isEqualTo(List.of(head));
				assertThat(retort.json().get("pending")).as("instance %d", i).isEqualTo(List.of());
				Map<String, Object> drift = (Map<String, Object>) retort.json().get("drift");
				assertThat(drift.get("changes")).as(drift.toString()).isEqualTo(List.of());
			}
			// the version table: each shipped revision once
			List<String> applied = new ArrayList<>();
			try (Connection connection = DriverManager.getConnection(url, user, password);
					Statement statement = connection.createStatement();
					var rows = statement.executeQuery("SELECT revision FROM retort_version")) {
				while (rows.next()) {
					applied.add(rows.getString(1));
				}
			}
			assertThat(applied).containsExactlyInAnyOrderElementsOf(revisions);
			// exactly one instance ran the upgrade steps (Retort logs each step it applies)
			List<Integer> appliers = new ArrayList<>();
			for (int i = 0; i < INSTANCES; i++) {
				String log = Files.readString(outputs.get(i));
				boolean any = revisions.stream().anyMatch(revision -> log.contains("upgrade " + revision + " ("));
				boolean all = revisions.stream().allMatch(revision -> log.contains("upgrade " + revision + " ("));
				assertThat(any).as("instance %d applied some revisions but not all", i).isEqualTo(all);
				if (all) {
					appliers.add(i);
				}
			}
			assertThat(appliers).as("instances that applied the revisions").hasSize(1);
		}
		finally {
			for (Process process : processes) {
				process.destroy();
			}
			for (Process process : processes) {
				if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor();
				}
			}
			admin(base, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

	private static void awaitUp(Process process, int port, Path output) throws Exception {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError("instance on port " + port + " exited with " + process.exitValue() + ":\n"
						+ Files.readString(output));
			}
			try {
				Http.Response health = Http.get(port, "/actuator/health");
				if (health.status() == 200 && "UP".equals(health.json().get("status"))) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError("instance on port " + port + " not up within 10 minutes:\n" + Files.readString(output));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** jdbc:postgresql://host:port/db?params with another database. */
	private static String withDatabase(String base, String database) {
		int slash = base.indexOf('/', base.indexOf("//") + 2);
		int query = base.indexOf('?');
		return base.substring(0, slash) + "/" + database + (query < 0 ? "" : base.substring(query));
	}

	private static void admin(String url, String user, String password, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
