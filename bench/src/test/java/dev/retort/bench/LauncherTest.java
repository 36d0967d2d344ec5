package dev.retort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    private static final List<String> JARS = List.of("retort-core-0.1.0-SNAPSHOT.jar", "tomlj-1.1.1.jar",
            "antlr4-runtime-4.11.1.jar", "flyway-core-13.12.0.jar", "flyway-mysql-13.12.0.jar",
            "liquibase-core-4.33.0.jar", "snakeyaml-2.4.jar", "commons-text-1.13.1.jar", "opencsv-5.11.2.jar",
            "jaxb-api-2.3.1.jar", "sqlite-jdbc-3.53.4.0.jar", "postgresql-42.7.13.jar", "checker-qual-3.55.1.jar",
            "mariadb-java-client-3.5.6.jar");

    @Test
    void readsTheFlagsOfTheLauncher(@TempDir Path directory) throws IOException {
        Path script = directory.resolve("launcher.sh");
        Files.writeString(script, "# sourced\nretort_opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC  -Xss512k)\n"
                + "retort_opts+=(-Xshare:auto)\n");
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k"), Launcher.readFlags(script));
    }

    @Test
    void eachToolSeesOnlyItsOwnJarsAndTheDrivers(@TempDir Path root) throws IOException {
        Path lib = Files.createDirectories(root.resolve("lib"));
        for (String jar : JARS) {
            Files.createFile(lib.resolve(jar));
        }
        launcherScript(root, "-Xss512k");
        Launcher launcher = new Launcher(root, root.resolve("mains.jar"), lib, root.resolve("work"));
        List<String> drivers = List.of("sqlite-jdbc", "postgresql", "checker-qual", "mariadb-java-client");

        String flyway = launcher.classPath(Tool.FLYWAY);
        assertTrue(flyway.startsWith(root.resolve("mains.jar") + File.pathSeparator), flyway);
        assertTrue(flyway.contains("flyway-core") && flyway.contains("flyway-mysql"), flyway);
        drivers.forEach(driver -> assertTrue(flyway.contains(driver), flyway));
        assertFalse(flyway.contains("liquibase") || flyway.contains("retort-core") || flyway.contains("snakeyaml"), flyway);

        String liquibase = launcher.classPath(Tool.LIQUIBASE);
        assertTrue(liquibase.contains("liquibase-core") && liquibase.contains("snakeyaml")
                && liquibase.contains("commons-text") && liquibase.contains("opencsv"), liquibase);
        drivers.forEach(driver -> assertTrue(liquibase.contains(driver), liquibase));
        assertFalse(liquibase.contains("flyway") || liquibase.contains("retort-core") || liquibase.contains("tomlj"));

        String retort = launcher.classPath(Tool.RETORT);
        assertTrue(retort.contains("retort-core") && retort.contains("tomlj") && retort.contains("antlr4"), retort);
        drivers.forEach(driver -> assertTrue(retort.contains(driver), retort));
        assertFalse(retort.contains("flyway") || retort.contains("liquibase") || retort.contains("snakeyaml"), retort);
    }

    @Test
    void aToolMainGetsTheSameFlagsAndItsArchiveOnlyWhenAsked(@TempDir Path root) throws IOException {
        Path lib = Files.createDirectories(root.resolve("lib"));
        for (String jar : JARS) {
            Files.createFile(lib.resolve(jar));
        }
        launcherScript(root, "-XX:+UseSerialGC -Xss512k");
        Launcher launcher = new Launcher(root, root.resolve("mains.jar"), lib, root.resolve("work"));
        BenchDatabase.Target target = new BenchDatabase.Target("jdbc:sqlite:x.db", null, null);

        List<String> plain = launcher.toolMain(Tool.FLYWAY, Launcher.Cds.NONE, false, root, target);
        assertEquals(List.of("-XX:+UseSerialGC", "-Xss512k"), plain.subList(1, 3));
        assertFalse(plain.stream().anyMatch(a -> a.contains("SharedArchiveFile") || a.contains("ArchiveClassesAtExit")));
        assertEquals(List.of("dev.retort.bench.FlywayMain", root.toString(), "jdbc:sqlite:x.db", "-", "-"),
                plain.subList(plain.size() - 5, plain.size()));

        List<String> archived = launcher.toolMain(Tool.LIQUIBASE, Launcher.Cds.OWN_ARCHIVE, false, root, target);
        assertTrue(archived.contains("-XX:SharedArchiveFile=" + launcher.archive(Tool.LIQUIBASE, root)), archived.toString());

        List<String> dump = launcher.toolMain(Tool.LIQUIBASE, Launcher.Cds.OWN_ARCHIVE, true, root, target);
        assertTrue(dump.contains("-XX:ArchiveClassesAtExit=" + launcher.archive(Tool.LIQUIBASE, root)), dump.toString());
    }

    @Test
    void retortIsLaunchedThroughBinRetortWithCredentials(@TempDir Path root) throws IOException {
        launcherScript(root, "-Xss512k");
        Launcher launcher = new Launcher(root, root.resolve("mains.jar"), root.resolve("lib"), root.resolve("work"));
        List<String> command = launcher.retortCli(root.resolve("p"),
                new BenchDatabase.Target("jdbc:postgresql://h/db", "postgres", null));
        assertEquals(List.of(root.resolve("bin/retort").toString(), "-C", root.resolve("p").toString(), "--url",
                "jdbc:postgresql://h/db", "--user", "postgres", "-q", "upgrade"), command);
    }

    /** A checkout's lib/launcher.sh (the flags' source) and bin/retort. */
    private static void launcherScript(Path root, String flags) throws IOException {
        Files.createDirectories(root.resolve("bin"));
        Files.writeString(root.resolve("bin/retort"), "#!/usr/bin/env bash\n");
        Path launcher = root.resolve("retort-cli/src/dist/lib/launcher.sh");
        Files.createDirectories(launcher.getParent());
        Files.writeString(launcher, "retort_opts=(" + flags + ")\n");
    }
}
