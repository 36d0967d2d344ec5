package dev.retort.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Starts and times the cold processes: {@code bin/retort} itself, Retort's jar without its class-data
 * archive, and the Flyway and Liquibase main classes on a class path holding only that tool's jars and
 * the JDBC drivers. Every JVM gets the flags {@code bin/retort} uses (read from the script, so they
 * cannot drift). Not thread-safe.
 */
final class Launcher {

    /** How a tool's JVM is started: with its own dynamic class-data archive (as bin/retort does) or without. */
    enum Cds { OWN_ARCHIVE, NONE }

    /** One finished process: wall time from start to exit, exit code, and what it printed. */
    record Run(long wallNanos, int exitCode, String out, String err) {
        /** The in-process time a tool main reports ({@code elapsed_ns=}), or -1. */
        long reportedNanos() {
            Matcher matcher = Pattern.compile("elapsed_ns=(\\d+)").matcher(out);
            return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
        }
    }

    private static final List<String> FALLBACK_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k");

    private final Path root;
    private final Path mainsJar;
    private final Path lib;
    private final Path cdsDirectory;
    private final Path scratch;
    private final List<String> flags;

    Launcher(Path root, Path mainsJar, Path lib, Path work) {
        this.root = root;
        this.mainsJar = mainsJar;
        this.lib = lib;
        this.cdsDirectory = work.resolve("cds");
        this.scratch = work.resolve("process-output");
        this.flags = readFlags(root.resolve("retort-cli/src/dist/lib/launcher.sh"));
    }

    /** The JVM flags every launched process gets. */
    List<String> flags() {
        return flags;
    }

    Path retortScript() {
        return root.resolve("bin/retort");
    }

    Path retortJar() {
        return root.resolve("retort-cli/target/retort.jar");
    }

    /** The staged distribution's bin/retort-prepare, which makes the archive for the JDK in JAVA_HOME or on the PATH. */
    Path retortPrepare() {
        return root.resolve("retort-cli/target/retort/bin/retort-prepare");
    }

    /**
     * bin/retort's class-data archive for this JVM (lib/launcher.sh names it after the JDK's release file);
     * the build makes it, and it is used while it is newer than the staged jar.
     */
    Path retortArchive() {
        Map<String, String> release = new java.util.HashMap<>();
        Path javaHome = Path.of(System.getProperty("java.home"));
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    release.put(line.substring(0, equals), line.substring(equals + 1).replace("\"", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + javaHome.resolve("release"), e);
        }
        String key = (release.getOrDefault("IMPLEMENTOR", "") + "_"
                + release.getOrDefault("JAVA_RUNTIME_VERSION", release.getOrDefault("JAVA_VERSION", "")) + "_"
                + release.getOrDefault("OS_ARCH", "")).replaceAll("[^A-Za-z0-9._+-]", "-");
        return root.resolve("retort-cli/target/retort/lib/archive").resolve(key).resolve("retort.jsa");
    }

    private Path stagedJar() {
        return root.resolve("retort-cli/target/retort/lib/retort.jar");
    }

    boolean retortArchiveFresh() {
        try {
            return Files.isRegularFile(retortArchive())
                    && Files.getLastModifiedTime(retortArchive()).compareTo(Files.getLastModifiedTime(stagedJar())) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tool's archive for one database (its projects directory names it): each dumped on that database. */
    Path archive(Tool tool, Path databaseProjects) {
        return cdsDirectory.resolve(tool.slot() + "-" + databaseProjects.getFileName() + ".jsa");
    }

    /** {@code bin/retort -C DIR --url URL [--user U] [--password P] upgrade}. */
    List<String> retortCli(Path project, BenchDatabase.Target target) {
        List<String> command = new ArrayList<>(List.of(retortScript().toString()));
        command.addAll(retortArguments(project, target));
        return command;
    }

    /** The same upgrade with the same flags but without bin/retort's class-data archive. */
    List<String> retortJarWithoutArchive(Path project, BenchDatabase.Target target) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(flags);
        command.addAll(List.of("-jar", retortJar().toString()));
        command.addAll(retortArguments(project, target));
        return command;
    }

    private static List<String> retortArguments(Path project, BenchDatabase.Target target) {
        List<String> arguments = new ArrayList<>(List.of("-C", project.toString(), "--url", target.url()));
        if (target.user() != null) {
            arguments.addAll(List.of("--user", target.user()));
        }
        if (target.password() != null) {
            arguments.addAll(List.of("--password", target.password()));
        }
        arguments.addAll(List.of("-q", "upgrade"));
        return arguments;
    }

    /** A tool's main class in a fresh JVM; with {@code dumpArchive} the JVM writes the tool's archive at exit. */
    List<String> toolMain(Tool tool, Cds cds, boolean dumpArchive, Path databaseProjects, BenchDatabase.Target target) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(flags);
        if (dumpArchive) {
            command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive(tool, databaseProjects), "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off"));
        } else if (cds == Cds.OWN_ARCHIVE) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive(tool, databaseProjects), "-Xshare:auto"));
        }
        command.add("-D" + Tuning.LIQUIBASE_ANALYTICS + "=false");
        command.addAll(List.of("-cp", classPath(tool), "dev.retort.bench." + tool.label() + "Main",
                databaseProjects.toString(), target.url(), orDash(target.user()), orDash(target.password())));
        return command;
    }

    /**
     * The bench's main classes, the tool's own jars and the JDBC drivers: nothing of the other tools.
     * Retort's share is whatever is neither Flyway's nor Liquibase's (retort-core, its dependencies, the drivers).
     */
    String classPath(Tool tool) {
        Predicate<String> flyway = name -> name.startsWith("flyway-");
        Predicate<String> liquibase = name -> name.startsWith("liquibase-") || name.startsWith("opencsv")
                || name.startsWith("snakeyaml") || name.startsWith("jaxb-api") || name.startsWith("commons-");
        Predicate<String> driver = name -> name.startsWith("sqlite-jdbc") || name.startsWith("postgresql")
                || name.startsWith("checker-qual") || name.startsWith("mariadb-java-client");
        Predicate<String> wanted = switch (tool) {
            case RETORT -> flyway.or(liquibase).negate();
            case FLYWAY -> flyway.or(driver);
            case LIQUIBASE -> liquibase.or(driver);
        };
        List<String> entries = new ArrayList<>(List.of(mainsJar.toString()));
        try (Stream<Path> jars = Files.list(lib)) {
            jars.map(Path::getFileName).map(Path::toString).filter(wanted).sorted()
                    .forEach(name -> entries.add(lib.resolve(name).toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + lib, e);
        }
        if (entries.size() < 5) {
            throw new IllegalStateException("the class path of " + tool.label() + " is incomplete: " + entries
                    + "; rebuild the bench (bench/run.sh)");
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Runs a command to its end; its output goes to files, not pipes, so a chatty tool never blocks. */
    Run run(List<String> command) {
        return run(command, Map.of());
    }

    /** Runs a command with extra environment variables (e.g. JAVA_TOOL_OPTIONS for a diagnostic run). */
    Run run(List<String> command, Map<String, String> extraEnvironment) {
        try {
            Files.createDirectories(scratch);
            Files.createDirectories(cdsDirectory);
            Path out = scratch.resolve("out.txt");
            Path err = scratch.resolve("err.txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            Map<String, String> environment = builder.environment();
            // Retort would read RETORT_* settings; the comparison runs every tool on flags alone.
            environment.keySet().removeIf(key -> key.startsWith("RETORT_") || key.equals("JAVA_TOOL_OPTIONS"));
            environment.putAll(extraEnvironment);
            long start = System.nanoTime();
            Process process = builder.start();
            int exit = process.waitFor();
            long wall = System.nanoTime() - start;
            return new Run(wall, exit, Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    /** Runs and insists on exit code 0. */
    Run runOk(List<String> command) {
        Run run = run(command);
        if (run.exitCode() != 0) {
            throw new IllegalStateException("exit code " + run.exitCode() + " from " + String.join(" ", command)
                    + "\n" + run.out() + run.err());
        }
        return run;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    /** The flags of the launcher's {@code retort_opts=(…)} line (lib/launcher.sh, sourced by bin/retort). */
    static List<String> readFlags(Path script) {
        try {
            Matcher matcher = Pattern.compile("(?m)^retort_opts=\\(([^)]*)\\)").matcher(Files.readString(script));
            if (matcher.find()) {
                return List.of(matcher.group(1).trim().split("\\s+"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + script, e);
        }
        System.err.println("warning: no retort_opts=(...) line in " + script + "; using " + FALLBACK_FLAGS);
        return FALLBACK_FLAGS;
    }
}
