package dev.retort.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's entry point: renders the history for every tool and database, runs the scenarios
 * asked for (a: first apply, b: no-op in-process, c: no-op as a whole process, d: reflecting a wide
 * schema, e: autogenerate with nothing changed, f: application start-up at head), writes the report and
 * drops every {@code bench_*} schema it made. See bench/README.md. Run by {@code bench/run.sh}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            boolean help = List.of(args).contains("--help") || List.of(args).contains("-h");
            System.err.println(e.getMessage());
            System.exit(help ? 0 : 2);
            return;
        }
        Tuning.quietLogging();
        Path target = buildDirectory();
        Path lib = target.resolve("lib");
        Path mains = target.resolve("bench-mains.jar");
        if (!Files.isDirectory(lib) || !Files.isRegularFile(mains)) {
            System.err.println("missing " + lib + " or " + mains + "; build with mvn -f bench/pom.xml package");
            System.exit(2);
        }
        List<BenchDatabase> databases = databases(options);
        Setup setup = new Setup(options, databases, options.work(), new Launcher(options.root(), mains, lib, options.work()));
        try {
            databases.forEach(BenchDatabase::open);
            run(setup, lib);
        } finally {
            if (!options.keep()) {
                databases.forEach(database -> List.of(Tool.values()).forEach(tool -> database.drop(tool.slot())));
                databases.forEach(database -> database.drop("alembic"));
                databases.forEach(database -> WideSetup.drop(database, options.wideTables()));
                databases.forEach(BenchDatabase::close);
            }
        }
    }

    private static void run(Setup setup, Path lib) {
        Options options = setup.options();
        for (BenchDatabase database : setup.databases()) {
            History history = History.generate(options.revisions(), options.seed(), database.mariadb());
            for (Tool tool : Tool.values()) {
                tool.write(history, setup.projects(database));
            }
        }
        MachineFacts facts = MachineFacts.gather(setup.databases(), lib);
        Setup.progress("machine: " + facts.cpu() + ", " + facts.cores() + " cores, " + facts.jdk() + ", load "
                + facts.loadBefore());
        Results results = new Results();
        results.note("Every schema was created empty by the harness (PostgreSQL: a schema chosen with currentSchema in"
                + " the URL, inside the harness's own database " + BenchDatabase.POSTGRES_DATABASE + "; MariaDB: a"
                + " database; SQLite: a file), the same way for all three tools.");
        results.note("java.util.logging is set to WARNING in every JVM the harness runs a tool in, and Liquibase's"
                + " analytics are off (-Dliquibase.analytics.enabled=false): this machine has no network to send them to.");
        results.note("After every timed section the tool's own history table is checked to hold exactly "
                + options.revisions() + " applied revisions.");
        if (options.scenarios().contains("a")) {
            FirstApplyScenario.run(setup, results);
        }
        if (options.scenarios().contains("b")) {
            NoopScenario.run(setup, results);
        }
        if (options.scenarios().contains("c")) {
            ProcessScenario.run(setup, results);
        }
        if (options.scenarios().contains("f")) {
            StartupScenario.run(setup, results);
        }
        if (options.scenarios().contains("g")) {
            StartupCpuScenario.run(setup);
        }
        // Last: the wide schema's two thousand tables must not sit in the catalog beside the other scenarios.
        if (options.scenarios().contains("d") || options.scenarios().contains("e")) {
            WideScenario.run(setup, results);
        }
        Report.write(setup, facts, MachineFacts.loadAverage(), results);
        Setup.progress("wrote " + options.out() + " and " + Report.csvPath(options.out()));
    }

    private static List<BenchDatabase> databases(Options options) {
        List<BenchDatabase> databases = new ArrayList<>();
        for (String name : options.databases()) {
            databases.add(switch (name) {
                case "postgres" -> BenchDatabase.postgres(options.postgresUrl(), options.postgresUser());
                case "mariadb" -> BenchDatabase.mariadb(options.mariadbUrl(), options.mariadbUser());
                case "sqlite" -> BenchDatabase.sqlite(options.work().resolve("sqlite"));
                default -> throw new IllegalArgumentException("unknown database '" + name
                        + "'; use postgres, mariadb or sqlite");
            });
        }
        return databases;
    }

    /** bench/target: where bench.jar (or target/classes) was loaded from. */
    private static Path buildDirectory() {
        try {
            Path location = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the bench jar", e);
        }
    }
}
