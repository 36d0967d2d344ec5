package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A diagnostic beside the timings of scenario c: one extra, untimed cold no-op run of each tool with
 * {@code -Xlog:class+load} (passed through JAVA_TOOL_OPTIONS, so bin/retort is started exactly as
 * usual), counting the classes the JVM loaded and how many came from a class-data archive. Class
 * loading is most of a short JVM's start-up, so these counts explain much of the process times. The
 * log's uptime stamps also give a rough timeline: when the main class was loaded (JVM start-up and
 * opening the jars), when the JDBC driver's first class was (roughly: the tool has its configuration;
 * {@code java.sql.DriverManager} is no marker, picocli loads it for its type converters), and when the
 * last class was (about the end of the work).
 */
final class ClassCounts {

    /** The main classes of the three launches: bin/retort's CLI and the bench's tool mains. */
    private static final Set<String> MAIN_CLASSES = Set.of("dev.retort.cli.RetortCli", "dev.retort.bench.FlywayMain",
            "dev.retort.bench.LiquibaseMain", "dev.retort.bench.RetortMain");

    private ClassCounts() {
    }

    static void record(Setup setup, Results results, BenchDatabase database, Map<Tool, BenchDatabase.Target> targets) {
        Launcher launcher = setup.launcher();
        Path projects = setup.projects(database);
        Path log = setup.work().resolve("process-output/class-load.log");
        record(results, launcher, log, Tool.RETORT, ProcessScenario.WITH_ARCHIVE, database,
                launcher.retortCli(Tool.RETORT.project(projects), targets.get(Tool.RETORT)));
        record(results, launcher, log, Tool.RETORT, ProcessScenario.WITHOUT_ARCHIVE, database,
                launcher.retortJarWithoutArchive(Tool.RETORT.project(projects), targets.get(Tool.RETORT)));
        for (Tool tool : List.of(Tool.FLYWAY, Tool.LIQUIBASE)) {
            for (Launcher.Cds cds : Launcher.Cds.values()) {
                record(results, launcher, log, tool, cds == Launcher.Cds.OWN_ARCHIVE ? ProcessScenario.WITH_ARCHIVE
                        : ProcessScenario.WITHOUT_ARCHIVE, database, launcher.toolMain(tool, cds, false, projects,
                        targets.get(tool)));
            }
        }
    }

    private static void record(Results results, Launcher launcher, Path log, Tool tool, String variant,
                               BenchDatabase database, List<String> command) {
        try {
            Files.deleteIfExists(log);
            Launcher.Run run = launcher.run(command,
                    Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log + ":uptime"));
            if (run.exitCode() != 0) {
                throw new IllegalStateException("diagnostic run failed: " + String.join(" ", command) + "\n" + run.err());
            }
            results.classLoad(parse(Files.readAllLines(log), tool, variant, database.name(), run.wallNanos()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }

    /** Reads lines like {@code [0.239s] dev.retort.cli.RetortCli source: file:/…/retort.jar}. */
    static Results.ClassLoad parse(List<String> lines, Tool tool, String variant, String database, long wallNanos) {
        Pattern line = Pattern.compile("^\\[(\\d+\\.\\d+)s\\] (\\S+) source: (.*)$");
        int total = 0;
        int shared = 0;
        double mainAt = -1;
        double jdbcAt = -1;
        double lastAt = 0;
        Map<String, Integer> outside = new TreeMap<>();
        for (String text : lines) {
            Matcher matcher = line.matcher(text);
            if (!matcher.matches()) {
                continue;
            }
            double at = Double.parseDouble(matcher.group(1)) * 1000;
            String name = matcher.group(2);
            total++;
            lastAt = at;
            if (matcher.group(3).startsWith("shared objects file")) {
                shared++;
            } else {
                outside.merge(packagePrefix(name), 1, Integer::sum);
            }
            if (mainAt < 0 && MAIN_CLASSES.contains(name)) {
                mainAt = at;
            }
            if (jdbcAt < 0 && (name.startsWith("org.postgresql.") || name.startsWith("org.mariadb.jdbc.")
                    || name.startsWith("org.sqlite."))) {
                jdbcAt = at;
            }
        }
        String top = outside.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(3).map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return new Results.ClassLoad(tool, variant, database, total, shared, top, mainAt, jdbcAt, lastAt,
                wallNanos / 1e6);
    }

    /** The first two parts of a class's package, e.g. {@code org.postgresql}; picocli's classes are just {@code picocli}. */
    private static String packagePrefix(String className) {
        String[] parts = className.split("\\.");
        if (parts.length <= 2) {
            return parts[0];
        }
        return parts[0] + "." + parts[1];
    }
}
