package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scenario g: the whole-process no-op upgrade on PostgreSQL (100 revisions, database at head) with the
 * CPU time each process used (user + system, its children included) beside its wall time: Retort's
 * installed launcher on JDK 17 with its class-data archive and on JDK 24+ with its AOT cache, Alembic
 * ({@code python3 -m alembic upgrade head}), and Flyway and Liquibase with an archive of their own on
 * both JDKs. Every process is started through a small Python timer that reads the child's resource
 * usage from {@code wait4}, so the timer's own start-up is in no sample. Variants take turns run by run.
 * Writes its own report next to the main one ({@code …-startup.md}).
 */
final class StartupCpuScenario {

    /** A finished process: wall, user and system time in nanoseconds. */
    record Sample(long wall, long user, long system) {
        long cpu() {
            return user + system;
        }
    }

    /** One way of starting a tool. */
    record Variant(String tool, String label, List<String> command, Map<String, String> environment) {
    }

    private static final String TIMER = """
            import os, sys, time
            start = time.monotonic_ns()
            pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ)
            _, status, usage = os.wait4(pid, 0)
            wall = time.monotonic_ns() - start
            with open(sys.argv[1], "w") as out:
                out.write("%d %d %d %d\\n" % (wall, round(usage.ru_utime * 1e9), round(usage.ru_stime * 1e9),
                                             os.waitstatus_to_exitcode(status)))
            """;

    private StartupCpuScenario() {
    }

    static void run(Setup setup) {
        BenchDatabase database = setup.databases().stream().filter(each -> each.name().equals("postgres")).findFirst()
                .orElse(null);
        if (database == null) {
            Setup.progress("scenario g: skipped, it runs on PostgreSQL only (--databases postgres)");
            return;
        }
        Setup.progress("scenario g: whole-process no-op upgrade, wall and CPU time, with Alembic");
        Launcher launcher = setup.launcher();
        Path projects = setup.projects(database);
        String python = System.getenv().getOrDefault("BENCH_PYTHON", "/usr/bin/python3");
        Path jdk17 = Path.of(System.getProperty("java.home"));
        String aotHome = System.getenv("BENCH_AOT_JAVA_HOME");
        Path jdkAot = aotHome == null || aotHome.isBlank() ? null : Path.of(aotHome);

        Map<Tool, BenchDatabase.Target> targets = new LinkedHashMap<>();
        for (Tool tool : Tool.values()) {
            targets.put(tool, setup.atHead(database, tool));
        }
        ProcessScenario.makeToolArchives(setup, database, targets);
        BenchDatabase.Target alembicTarget = database.fresh("alembic");
        History history = History.generate(setup.revisions(), setup.options().seed(), false);
        Path alembic = AlembicProject.write(history, projects.resolve("alembic"), sqlAlchemyUrl(alembicTarget),
                "bench_alembic");
        List<String> alembicCommand = List.of(python, "-m", "alembic", "-c", alembic.resolve("alembic.ini").toString(),
                "upgrade", "head");
        Path work = setup.work().resolve("startup-cpu");
        timed(work, alembicCommand, Map.of()); // the first apply, untimed
        checkAlembic(database, alembicTarget, targets.get(Tool.RETORT), AlembicProject.head(history));

        Path retort = setup.options().root().resolve("retort-cli/target/retort/bin/retort");
        List<String> retortCommand = new ArrayList<>(List.of(retort.toString(), "-C",
                Tool.RETORT.project(projects).toString(), "--url", targets.get(Tool.RETORT).url()));
        if (targets.get(Tool.RETORT).user() != null) {
            retortCommand.addAll(List.of("--user", targets.get(Tool.RETORT).user()));
        }
        retortCommand.addAll(List.of("-q", "upgrade"));

        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("Retort", "JDK " + feature(jdk17) + ", class-data archive (bin/retort)", retortCommand,
                Map.of("JAVA_HOME", jdk17.toString())));
        if (jdkAot != null) {
            variants.add(new Variant("Retort", "JDK " + feature(jdkAot) + ", AOT cache (bin/retort)", retortCommand,
                    Map.of("JAVA_HOME", jdkAot.toString())));
        }
        variants.add(new Variant("Alembic", "python3 -m alembic upgrade head", alembicCommand, Map.of()));
        for (Tool tool : List.of(Tool.FLYWAY, Tool.LIQUIBASE)) {
            variants.add(new Variant(tool.label(), "JDK " + feature(jdk17) + ", own class-data archive",
                    launcher.toolMain(tool, Launcher.Cds.OWN_ARCHIVE, false, projects, targets.get(tool)), Map.of()));
        }
        if (jdkAot != null) {
            for (Tool tool : List.of(Tool.FLYWAY, Tool.LIQUIBASE)) {
                Path cache = setup.work().resolve("cds").resolve(tool.slot() + "-" + database.name() + ".aot");
                List<String> base = launcher.toolMain(tool, Launcher.Cds.NONE, false, projects, targets.get(tool));
                timed(work, withJava(base, jdkAot, "-XX:AOTCacheOutput=" + cache), Map.of());
                variants.add(new Variant(tool.label(), "JDK " + feature(jdkAot) + ", own AOT cache",
                        withJava(base, jdkAot, "-XX:AOTCache=" + cache), Map.of()));
            }
        }
        // bin/retort-prepare: the archive of each JDK, made as an installation makes it (a no-op when up to date).
        Path prepare = retort.resolveSibling("retort-prepare");
        timed(work, List.of(prepare.toString()), Map.of("JAVA_HOME", jdk17.toString()));
        if (jdkAot != null) {
            timed(work, List.of(prepare.toString()), Map.of("JAVA_HOME", jdkAot.toString()));
        }

        variants.forEach(variant -> timed(work, variant.command(), variant.environment())); // untimed: file cache
        Map<Variant, List<Sample>> samples = new LinkedHashMap<>();
        for (int run = 0; run < setup.options().processRuns(); run++) {
            for (Variant variant : variants) {
                samples.computeIfAbsent(variant, v -> new ArrayList<>()).add(timed(work, variant.command(),
                        variant.environment()));
            }
        }
        targets.forEach((tool, target) -> Verify.applied(tool, target, setup.revisions()));
        checkAlembic(database, alembicTarget, targets.get(Tool.RETORT), AlembicProject.head(history));
        write(setup, samples, alembic);
        if (!setup.options().keep()) {
            database.drop("alembic");
        }
    }

    /** A tool main's command on another JDK, with an archive flag in place of the harness's JDK. */
    private static List<String> withJava(List<String> command, Path javaHome, String archiveFlag) {
        List<String> changed = new ArrayList<>(command);
        changed.set(0, javaHome.resolve("bin/java").toString());
        changed.add(1, archiveFlag);
        changed.add(2, "-Xlog:aot=off");
        changed.add(3, "-Xlog:cds=off");
        return changed;
    }

    private static String sqlAlchemyUrl(BenchDatabase.Target target) {
        // jdbc:postgresql://HOST:PORT/DB?currentSchema=… → postgresql+psycopg2://USER@HOST:PORT/DB
        String url = target.url().substring("jdbc:postgresql://".length());
        int query = url.indexOf('?');
        String hostAndDatabase = query < 0 ? url : url.substring(0, query);
        String user = target.user() == null ? "" : target.user() + (target.password() == null ? "" : ":" + target.password()) + "@";
        return "postgresql+psycopg2://" + user + hostAndDatabase;
    }

    /** Alembic at head, and its schema the same shape as Retort's. */
    private static void checkAlembic(BenchDatabase database, BenchDatabase.Target alembic, BenchDatabase.Target retort,
                                     String head) {
        try (Connection connection = DriverManager.getConnection(alembic.url(), alembic.user(), alembic.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version_num FROM alembic_version")) {
            if (!rows.next() || !rows.getString(1).equals(head) || rows.next()) {
                throw new IllegalStateException("Alembic is not at head " + head + " — the measurement is void");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read alembic_version: " + e.getMessage(), e);
        }
        Verify.Shape ours = Verify.shape(database, retort);
        Verify.Shape theirs = Verify.shape(database, alembic);
        if (!ours.equals(theirs)) {
            throw new IllegalStateException("Alembic built " + theirs + ", Retort " + ours + " — the measurement is void");
        }
    }

    /** Runs a command through the timer; fails unless it exits 0. */
    private static Sample timed(Path work, List<String> command, Map<String, String> environment) {
        try {
            Files.createDirectories(work);
            Path timer = work.resolve("timer.py");
            if (!Files.exists(timer)) {
                Files.writeString(timer, TIMER);
            }
            Path result = work.resolve("result.txt");
            Path out = work.resolve("out.txt");
            Path err = work.resolve("err.txt");
            List<String> full = new ArrayList<>(List.of(System.getenv().getOrDefault("BENCH_PYTHON", "/usr/bin/python3"),
                    timer.toString(), result.toString()));
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().keySet().removeIf(key -> key.startsWith("RETORT_") || key.equals("JAVA_TOOL_OPTIONS"));
            builder.environment().putAll(environment);
            int exit = builder.start().waitFor();
            String[] fields = exit == 0 ? Files.readString(result).trim().split(" ") : new String[0];
            if (fields.length != 4 || !fields[3].equals("0")) {
                throw new IllegalStateException("failed: " + String.join(" ", command) + "\n" + Files.readString(out)
                        + Files.readString(err));
            }
            return new Sample(Long.parseLong(fields[0]), Long.parseLong(fields[1]), Long.parseLong(fields[2]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String feature(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return line.substring("JAVA_VERSION=".length()).replace("\"", "");
                }
            }
        } catch (IOException e) {
            // no release file: name the directory instead
        }
        return javaHome.getFileName().toString();
    }

    private static void write(Setup setup, Map<Variant, List<Sample>> samples, Path alembic) {
        double alembicCpu = samples.entrySet().stream().filter(entry -> entry.getKey().tool().equals("Alembic"))
                .map(entry -> median(entry.getValue().stream().map(Sample::cpu).toList())).findFirst().orElse(Double.NaN);
        StringBuilder md = new StringBuilder("### g. No-op upgrade as a whole process: wall and CPU time, with Alembic\n\n")
                .append("PostgreSQL, ").append(setup.revisions()).append(" revisions, database at head; median (p90) of ")
                .append(setup.options().processRuns()).append(" runs per variant, taking turns, after one untimed run each;")
                .append(" milliseconds. CPU is user + system time of the process and its children (wait4).")
                .append(" Alembic's project: ").append(setup.work().relativize(alembic)).append(" (the same SQL, one")
                .append(" op.execute per statement). Load average at the end: ").append(MachineFacts.loadAverage())
                .append(".\n\n| Tool | How | wall | CPU (user + sys) | user | sys | CPU vs Alembic's |\n")
                .append("|---|---|---:|---:|---:|---:|---:|\n");
        samples.forEach((variant, list) -> {
            double cpu = median(list.stream().map(Sample::cpu).toList());
            md.append("| ").append(variant.tool()).append(" | ").append(variant.label()).append(" | ")
                    .append(cell(list.stream().map(Sample::wall).toList())).append(" | ")
                    .append(cell(list.stream().map(Sample::cpu).toList())).append(" | ")
                    .append(format(median(list.stream().map(Sample::user).toList()))).append(" | ")
                    .append(format(median(list.stream().map(Sample::system).toList()))).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", cpu / alembicCpu)).append(" |\n");
            Setup.progress(String.format(Locale.ROOT, "  %-9s %-45s wall %s  cpu %s", variant.tool(), variant.label(),
                    cell(list.stream().map(Sample::wall).toList()), cell(list.stream().map(Sample::cpu).toList())));
        });
        Path out = setup.options().out();
        String name = out.getFileName().toString().replaceFirst("\\.md$", "") + "-startup.md";
        try {
            Files.writeString(out.resolveSibling(name), md);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out.resolveSibling(name), e);
        }
        Setup.progress("wrote " + out.resolveSibling(name));
    }

    private static String cell(List<Long> nanos) {
        Stats stats = Stats.ofNanos(nanos);
        return String.format(Locale.ROOT, "%.0f (%.0f)", stats.median(), stats.p90());
    }

    private static double median(List<Long> nanos) {
        return Stats.ofNanos(nanos).median();
    }

    private static String format(double millis) {
        return String.format(Locale.ROOT, "%.0f", millis);
    }
}
