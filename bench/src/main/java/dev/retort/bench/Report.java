package dev.retort.bench;

import dev.retort.bench.Results.Measurement;
import dev.retort.bench.Results.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the results as Markdown (the table the README quotes) and every raw sample as CSV beside it.
 * Stateless.
 */
final class Report {

    private static final double FIRST_APPLY_TARGET_MS = 500;
    private static final double NOOP_TARGET_MS = 5;
    private static final double PROCESS_TARGET_MS = 300;

    private Report() {
    }

    static void write(Setup setup, MachineFacts facts, String loadAfter, Results results) {
        StringBuilder md = new StringBuilder();
        Options options = setup.options();
        md.append("# Retort vs Flyway vs Liquibase: latest results\n\n")
                .append("Written by `bench/run.sh` at ").append(facts.date()).append(" from one run. The same ")
                .append(options.revisions()).append("-revision history (seed ").append(options.seed())
                .append(") in each tool's own format; times in milliseconds; ratios are the other tool's median")
                .append(" divided by Retort's (above 1: Retort is faster). What each scenario measures: bench/README.md.\n\n");
        machine(md, setup, facts, loadAfter);
        targets(md, setup, results);
        firstApply(md, setup, results);
        noop(md, setup, results);
        process(md, setup, results);
        SchemaReport.sections(md, setup, results);
        md.append("\n## Notes\n\n");
        results.notes().forEach(note -> md.append("- ").append(note).append('\n'));
        write(options.out(), md.toString());
        write(csvPath(options.out()), csv(results));
    }

    private static void machine(StringBuilder md, Setup setup, MachineFacts facts, String loadAfter) {
        md.append("## Machine\n\n| | |\n|---|---|\n")
                .append("| CPU | ").append(facts.cpu()).append(", ").append(facts.cores()).append(" cores |\n")
                .append("| Memory | ").append(facts.memory()).append(" |\n")
                .append("| OS | ").append(facts.os()).append(" |\n")
                .append("| JDK | ").append(facts.jdk()).append(" |\n")
                .append("| Load average 1/5/15 min, before → after | ").append(facts.loadBefore()).append(" → ")
                .append(loadAfter).append(" |\n")
                .append("| Databases | ").append(String.join(", ", facts.databases())).append(" |\n")
                .append("| Tools and drivers | ").append(String.join(", ", facts.tools())).append(" (Retort commit ")
                .append(setup.options().commit()).append(") |\n")
                .append("| JVM flags of every launched process (bin/retort's) | `")
                .append(String.join(" ", setup.launcher().flags())).append("` |\n\n");
    }

    private static void targets(StringBuilder md, Setup setup, Results results) {
        md.append("## Retort's targets\n\n| Target | Database | Retort measured | Met |\n|---|---|---:|---|\n");
        for (BenchDatabase database : setup.databases()) {
            target(md, "a. first apply of " + setup.options().revisions() + " revisions ≤ 500 ms (warm JVM, median)",
                    database, results.find(Scenario.FIRST_APPLY, database.name(), Tool.RETORT, FirstApplyScenario.WARM),
                    FIRST_APPLY_TARGET_MS);
        }
        for (String variant : NoopScenario.VARIANTS) {
            for (BenchDatabase database : setup.databases()) {
                target(md, "b. no-op upgrade in-process, " + variant + ", ≤ 5 ms (median"
                        + (database.name().equals("postgres") ? ")" : "; the target names PostgreSQL)"), database,
                        results.find(Scenario.NOOP_IN_PROCESS, database.name(), Tool.RETORT, variant), NOOP_TARGET_MS);
            }
        }
        for (BenchDatabase database : setup.databases()) {
            target(md, "c. no-op `bin/retort upgrade` process ≤ 300 ms (median)", database,
                    results.find(Scenario.NOOP_PROCESS, database.name(), Tool.RETORT, ProcessScenario.WITH_ARCHIVE),
                    PROCESS_TARGET_MS);
        }
        SchemaReport.targets(md, setup, results);
        md.append('\n');
    }

    static void target(StringBuilder md, String text, BenchDatabase database, Optional<Measurement> measured,
                               double limit) {
        measured.ifPresent(m -> md.append("| ").append(text).append(" | ").append(database.label()).append(" | ")
                .append(ms(m.stats().median())).append(" | ").append(m.stats().median() <= limit ? "yes" : "**no**")
                .append(" |\n"));
    }

    private static void firstApply(StringBuilder md, Setup setup, Results results) {
        if (!setup.options().scenarios().contains("a")) {
            return;
        }
        md.append("## a. First apply: empty schema → head, ").append(setup.options().revisions())
                .append(" revisions, in-process\n\n")
                .append("Warm JVM: median of ").append(setup.options().firstApplyRuns())
                .append(" runs after one untimed apply. Cold JVM: one run, the first call in a fresh JVM (no app CDS),")
                .append(" timed inside the process around the upgrade call.\n\n");
        comparison(md, setup, results, Scenario.FIRST_APPLY, List.of(FirstApplyScenario.WARM, FirstApplyScenario.COLD));
    }

    private static void noop(StringBuilder md, Setup setup, Results results) {
        if (!setup.options().scenarios().contains("b")) {
            return;
        }
        md.append("## b. No-op upgrade in-process, warm JVM, a fresh tool object per call\n\n")
                .append("*URL, new connection per call*: each call connects through the JDBC URL, so the database's")
                .append(" connection set-up (on PostgreSQL a new server process) is part of every call; its floor is the")
                .append(" `JDBC connect, isValid, close` column of the breakdown below. *pooled DataSource*: every tool")
                .append(" borrows from a small pool of its own made before the warm-up, as an application does.\n\n")
                .append("| Database | Connections | Tool | calls | median | p90 | min | median vs Retort |\n")
                .append("|---|---|---|---:|---:|---:|---:|---:|\n");
        for (BenchDatabase database : setup.databases()) {
            for (String variant : NoopScenario.VARIANTS) {
                Optional<Measurement> retort = results.find(Scenario.NOOP_IN_PROCESS, database.name(), Tool.RETORT,
                        variant);
                for (Tool tool : Tool.values()) {
                    results.find(Scenario.NOOP_IN_PROCESS, database.name(), tool, variant).ifPresent(m ->
                            md.append("| ").append(database.label()).append(" | ").append(variant).append(" | ")
                                    .append(tool.label()).append(" | ").append(m.stats().count()).append(" | ")
                                    .append(ms(m.stats().median())).append(" | ").append(ms(m.stats().p90()))
                                    .append(" | ").append(ms(m.stats().min())).append(" | ")
                                    .append(ratio(Optional.of(m), retort)).append(" |\n"));
                }
            }
        }
        md.append('\n');
        breakdown(md, results);
    }

    private static void breakdown(StringBuilder md, Results results) {
        if (results.breakdowns().stream().noneMatch(parts -> parts.scenario().equals("b"))) {
            return;
        }
        md.append("Where Retort's no-op time goes (medians after warm-up, through its public API; the parts overlap:")
                .append(" `upgrade` builds, reads the scripts, connects, takes the lock and reads the state):\n\n| Database |");
        RetortBreakdown.PARTS.forEach(part -> md.append(" `").append(part).append("` |"));
        md.append("\n|---|").append("---:|".repeat(RetortBreakdown.PARTS.size())).append('\n');
        for (RetortBreakdown.Parts parts : results.breakdowns()) {
            if (!parts.scenario().equals("b")) {
                continue;
            }
            md.append("| ").append(parts.database()).append(" |");
            RetortBreakdown.PARTS.forEach(part -> md.append(' ').append(ms(parts.parts().get(part).median())).append(" |"));
            md.append('\n');
        }
        md.append('\n');
    }

    private static void process(StringBuilder md, Setup setup, Results results) {
        if (!setup.options().scenarios().contains("c")) {
            return;
        }
        md.append("## c. No-op upgrade as a whole process, cold JVM each time\n\n")
                .append("Median of ").append(setup.options().processRuns()).append(" runs (p90 in brackets), wall time")
                .append(" from process start to exit. Retort is `bin/retort -C DIR --url URL -q upgrade`; Flyway and")
                .append(" Liquibase are `java FLAGS -cp <bench mains + the tool's jars + drivers> dev.retort.bench.FlywayMain`")
                .append(" / `LiquibaseMain`. \"").append(ProcessScenario.WITH_ARCHIVE).append("\": each JVM maps a")
                .append(" dynamic class-data archive made by one earlier run of the same tool (bin/retort's own; the")
                .append(" others' made the same way). \"").append(ProcessScenario.WITHOUT_ARCHIVE).append("\": the same")
                .append(" flags, only the JDK's default archive (Retort as `java FLAGS -jar retort.jar`).\n\n");
        comparison(md, setup, results, Scenario.NOOP_PROCESS,
                List.of(ProcessScenario.WITH_ARCHIVE, ProcessScenario.WITHOUT_ARCHIVE));
        Optional<Measurement> jvm = results.find(Scenario.NOOP_PROCESS, ProcessScenario.FLOOR, Tool.RETORT,
                ProcessScenario.FLOOR_JVM);
        Optional<Measurement> version = results.find(Scenario.NOOP_PROCESS, ProcessScenario.FLOOR, Tool.RETORT,
                ProcessScenario.FLOOR_RETORT);
        if (jvm.isPresent() && version.isPresent()) {
            md.append("Start-up floor, no database (median, p90 in brackets): a bare JVM with the same flags, `")
                    .append(ProcessScenario.FLOOR_JVM).append("`, ").append(cell(jvm)).append(" ms; `")
                    .append(ProcessScenario.FLOOR_RETORT).append("` (JVM, retort.jar with its archive, picocli's")
                    .append(" command tree, nothing else) ").append(cell(version)).append(" ms.\n\n");
        }
        if (!results.classLoads().isEmpty()) {
            md.append("Where the time goes: one extra, untimed cold no-op run of each, on ")
                    .append(results.classLoads().get(0).database()).append(", with `-Xlog:class+load` (through")
                    .append(" JAVA_TOOL_OPTIONS). Times are JVM uptime when the tool's main class, then the JDBC")
                    .append(" driver's first class (roughly: the tool has read its configuration), then the last")
                    .append(" class were loaded.\n\n")
                    .append("| Tool | Launch | classes | from CDS | loaded from jars (top packages) | main class at |")
                    .append(" driver at | last class at | wall |\n|---|---|---:|---:|---|---:|---:|---:|---:|\n");
            results.classLoads().forEach(load -> md.append("| ").append(load.tool().label()).append(" | ")
                    .append(load.variant()).append(" | ").append(load.total()).append(" | ").append(load.fromArchive())
                    .append(" | ").append(load.total() - load.fromArchive()).append(" (").append(load.topOutside())
                    .append(") | ").append(ms(load.mainAt())).append(" | ").append(ms(load.jdbcAt())).append(" | ")
                    .append(ms(load.lastAt())).append(" | ").append(ms(load.wallMillis())).append(" |\n"));
            md.append('\n');
        }
    }

    /** One row per database and variant: the three tools' medians (p90) and the two ratios. */
    private static void comparison(StringBuilder md, Setup setup, Results results, Scenario scenario, List<String> variants) {
        md.append("| Database | Run | Retort | Flyway | Liquibase | Flyway/Retort | Liquibase/Retort |\n")
                .append("|---|---|---:|---:|---:|---:|---:|\n");
        for (BenchDatabase database : setup.databases()) {
            for (String variant : variants) {
                Optional<Measurement> retort = results.find(scenario, database.name(), Tool.RETORT, variant);
                Optional<Measurement> flyway = results.find(scenario, database.name(), Tool.FLYWAY, variant);
                Optional<Measurement> liquibase = results.find(scenario, database.name(), Tool.LIQUIBASE, variant);
                if (retort.isEmpty() && flyway.isEmpty() && liquibase.isEmpty()) {
                    continue;
                }
                md.append("| ").append(database.label()).append(" | ").append(variant).append(" | ")
                        .append(cell(retort)).append(" | ").append(cell(flyway)).append(" | ").append(cell(liquibase))
                        .append(" | ").append(ratio(flyway, retort)).append(" | ").append(ratio(liquibase, retort))
                        .append(" |\n");
            }
        }
        md.append('\n');
    }

    static String cell(Optional<Measurement> measurement) {
        return measurement.map(m -> m.stats().count() == 1 ? ms(m.stats().median())
                : ms(m.stats().median()) + " (" + ms(m.stats().p90()) + ")").orElse("–");
    }

    static String ratio(Optional<Measurement> other, Optional<Measurement> retort) {
        if (other.isEmpty() || retort.isEmpty()) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.1f×", other.get().stats().median() / retort.get().stats().median());
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f" : millis < 100 ? "%.1f" : "%.0f", millis);
    }

    private static String csv(Results results) {
        StringBuilder csv = new StringBuilder("scenario,database,tool,variant,sample,ms\n");
        for (Measurement m : results.measurements()) {
            for (int i = 0; i < m.nanos().size(); i++) {
                csv.append(m.scenario().letter()).append(',').append(m.database()).append(',').append(m.tool().label())
                        .append(',').append(m.variant()).append(',').append(i + 1).append(',')
                        .append(String.format(Locale.ROOT, "%.3f", m.nanos().get(i) / 1e6)).append('\n');
            }
        }
        return csv.toString();
    }

    static Path csvPath(Path markdown) {
        String name = markdown.getFileName().toString();
        return markdown.resolveSibling(name.replaceFirst("\\.md$", "") + ".csv");
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
