package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line distribution as a user installs it: the tar.gz that {@code mvn package} made,
 * unpacked in a temporary directory, {@code bin/retort} symlinked into another directory on the PATH,
 * and run from a third. Needs a Unix shell and {@code tar}; no database server (the example uses SQLite).
 */
class DistributionIT {

    @TempDir
    static Path directory;

    static Path home;
    static Path pathDir;
    static boolean shippedArchive;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void unpackAndLink() throws Exception {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "bin/retort is a bash script");
        Path archive;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            archive = files.filter(file -> file.getFileName().toString().matches("retort-.*-bin\\.tar\\.gz"))
                    .findFirst().orElseThrow(() -> new AssertionError("no target/retort-*-bin.tar.gz; run mvn package"));
        }
        Path unpacked = Files.createDirectories(directory.resolve("opt"));
        Run untar = run(directory, List.of("tar", "xzf", archive.toAbsolutePath().toString(), "-C", unpacked.toString()));
        assertEquals(0, untar.code(), untar.err());
        try (Stream<Path> entries = Files.list(unpacked)) {
            home = entries.findFirst().orElseThrow();
        }
        shippedArchive = Files.exists(home.resolve("lib/archive"));
        pathDir = Files.createDirectories(directory.resolve("path-bin"));
        Files.createSymbolicLink(pathDir.resolve("retort"), home.resolve("bin/retort"));
    }

    @Test
    void theDistributionHoldsWhatItPromises() {
        for (String entry : List.of("bin/retort", "bin/retort.cmd", "bin/retort-prepare", "lib/retort.jar",
                "lib/launcher.sh", "README.md", "LICENSE", "NOTICE")) {
            assertTrue(Files.isRegularFile(home.resolve(entry)), entry);
        }
        assertTrue(Files.isExecutable(home.resolve("bin/retort")));
        assertTrue(!shippedArchive, "start-up archives are made where Retort is installed");
    }

    @Test
    void symlinkedOnThePathItPrintsItsVersionAndUpgradesTheExample() throws Exception {
        Path work = Files.createDirectories(directory.resolve("elsewhere"));
        Run version = retort(work, Map.of(), "--version");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("retort "), version.out());

        Path project = copy(Path.of("../examples/todo"), directory.resolve("todo"));
        Run upgrade = retort(work, Map.of(), "-C", project.toString(), "upgrade");
        assertEquals(0, upgrade.code(), upgrade.err());
        Run current = retort(work, Map.of(), "-C", project.toString(), "current");
        assertEquals(0, current.code(), current.err());
        assertTrue(current.out().contains("c3d4e5f6a7b8"), "at the example's head: " + current.out());
    }

    @Test
    void retortPrepareMakesAnArchiveThatTheLauncherMaps() throws Exception {
        Path work = Files.createDirectories(directory.resolve("prepare"));
        Run made = run(work, List.of(home.resolve("bin/retort-prepare").toString()), Map.of());
        assertEquals(0, made.code(), made.err());
        assertTrue(made.err().contains("made "), made.err());
        // The CLI's main class comes from the archive, not the jar, once the archive exists.
        Run logged = retort(work, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info"), "--version");
        assertEquals(0, logged.code(), logged.err());
        String mainClass = logged.out().lines().filter(line -> line.contains(" dev.retort.cli.RetortCli "))
                .findFirst().orElseThrow(() -> new AssertionError(logged.out()));
        assertTrue(mainClass.contains("shared objects file"), mainClass);
    }

    @Test
    void withoutJavaHomeTheJavaOnThePathIsFoundThroughItsLinksAndItsArchiveMapped() throws Exception {
        Path work = Files.createDirectories(directory.resolve("no-java-home"));
        Run made = run(work, List.of(home.resolve("bin/retort-prepare").toString()), Map.of());
        assertEquals(0, made.code(), made.err());
        // java on the PATH as a chain of two links, as /usr/bin/java and /etc/alternatives/java are
        Path links = Files.createDirectories(directory.resolve("java-links"));
        Path alternative = Files.createSymbolicLink(links.resolve("java-alternative"),
                Path.of(System.getProperty("java.home"), "bin", "java"));
        Path javaBin = Files.createDirectories(directory.resolve("java-bin"));
        Files.createSymbolicLink(javaBin.resolve("java"), alternative);
        String path = pathDir + java.io.File.pathSeparator + javaBin + java.io.File.pathSeparator + "/usr/bin:/bin";
        Run logged = retort(work, Map.of("JAVA_HOME", "", "PATH", path, "JAVA_TOOL_OPTIONS", "-Xlog:class+load=info"),
                "--version");
        assertEquals(0, logged.code(), logged.err());
        String mainClass = logged.out().lines().filter(line -> line.contains(" dev.retort.cli.RetortCli "))
                .findFirst().orElseThrow(() -> new AssertionError(logged.out()));
        assertTrue(mainClass.contains("shared objects file"), mainClass);
    }

    private static Run retort(Path work, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "retort \"$@\"", "retort"));
        command.addAll(List.of(args));
        return run(work, command, environment);
    }

    private static Run run(Path work, List<String> command) throws Exception {
        return run(work, command, Map.of());
    }

    private static Run run(Path work, List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().put("PATH", pathDir + java.io.File.pathSeparator + System.getenv("PATH"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(directory, "out", ".txt");
        Path err = Files.createTempFile(directory, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished within two minutes: " + command);
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}
