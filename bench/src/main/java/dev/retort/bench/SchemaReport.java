package dev.retort.bench;

import dev.retort.bench.Results.Measurement;
import dev.retort.bench.Results.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's sections and target rows of scenarios d (reflect), e (autogenerate, nothing changed)
 * and f (start-up at head), in the style of {@link Report}. Stateless.
 */
final class SchemaReport {

    private static final double REFLECT_TARGET_MS = 100;
    private static final double COMPARE_TARGET_MS = 150;
    private static final double STARTUP_TARGET_MS = 5;

    private SchemaReport() {
    }

    static void targets(StringBuilder md, Setup setup, Results results) {
        int tables = setup.options().wideTables();
        for (BenchDatabase database : setup.databases()) {
            Report.target(md, "d. reflect " + tables + " tables in-process ≤ 100 ms (median)", database,
                    results.find(Scenario.REFLECT, database.name(), Tool.RETORT, ReflectScenario.VARIANT),
                    REFLECT_TARGET_MS);
        }
        for (BenchDatabase database : setup.databases()) {
            Report.target(md, "e. autogenerate, nothing changed: reflect live + compare ≤ 150 ms (median"
                    + (database.name().equals("postgres") ? ")" : "; the target names PostgreSQL)"), database,
                    results.find(Scenario.AUTOGENERATE, database.name(), Tool.RETORT, AutogenerateScenario.REFLECT_COMPARE),
                    COMPARE_TARGET_MS);
        }
        for (String variant : StartupScenario.VARIANTS) {
            for (BenchDatabase database : setup.databases()) {
                Report.target(md, "f. start-up at head, `initAndUpgrade`, " + variant + ", ≤ 5 ms (median"
                        + (database.name().equals("mariadb") ? "; the target names PostgreSQL and SQLite)" : ")"),
                        database, results.find(Scenario.STARTUP, database.name(), Tool.RETORT, variant), STARTUP_TARGET_MS);
            }
        }
    }

    static void sections(StringBuilder md, Setup setup, Results results) {
        if (setup.options().scenarios().contains("d")) {
            reflect(md, setup, results);
        }
        if (setup.options().scenarios().contains("e")) {
            autogenerate(md, setup, results);
        }
        if (setup.options().scenarios().contains("f")) {
            startup(md, setup, results);
        }
    }

    private static void reflect(StringBuilder md, Setup setup, Results results) {
        md.append("## d. Reflect a ").append(setup.options().wideTables()).append("-table schema in-process, warm JVM\n\n")
                .append("Retort: a fresh `Retort` and `inspect(all, none)` per call, connecting included; median (p90) of")
                .append(" n calls after a warm-up. Liquibase: `openDatabase` and `SnapshotGeneratorFactory.createSnapshot`")
                .append(" of the default schema (tables, columns, indexes, primary keys, unique constraints, foreign")
                .append(" keys) per call; n snapshots (two per diff round of scenario e). Allocated: bytes the calling")
                .append(" thread allocated during a call (median). Retained: heap the result keeps alive (used heap after")
                .append(" full collections, with and without it; approximate).\n\n")
                .append("| Database | Retort | Liquibase | Liquibase/Retort | allocated per call, Retort | Liquibase |")
                .append(" result retained, Retort | Liquibase |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BenchDatabase database : setup.databases()) {
            row(md, database, results, Scenario.REFLECT, ReflectScenario.VARIANT, null, true);
        }
        md.append('\n');
        breakdown(md, results, "d", ReflectScenario.PARTS, "Where Retort's reflection time goes (medians; `inspect()`"
                + " includes `build()` and the connection; through the timing proxy every call into JDBC but the"
                + " column reads is timed: connecting, executing, fetching rows, closing; `inspect() less that` is, call"
                + " pair by call pair, a plain call less the time the timed call right after it spent executing and"
                + " fetching — Retort's own code and the reading of the fetched column values):");
        failures(md, setup, results, Scenario.REFLECT);
    }

    private static void autogenerate(StringBuilder md, Setup setup, Results results) {
        md.append("## e. Autogenerate with nothing changed, ").append(setup.options().wideTables())
                .append(" tables, in-process, warm JVM\n\n")
                .append("*Whole call*: Retort `diff(defaults)` of a fresh `Retort` whose model is the same schema as a SQL")
                .append(" file, loaded into its scratch space (a temporary database on PostgreSQL and MariaDB, in memory on")
                .append(" SQLite), reflected, and compared with the live database; Liquibase's diff of the two databases")
                .append(" holding the schema (a snapshot of each, `DiffGeneratorFactory.compare`, close). *Reflect live +")
                .append(" compare*: Retort `inspect` of the live database and `SchemaDiff.compare` with a schema reflected")
                .append(" before; Liquibase's snapshot of the live database plus its compare. *Compare only*: the two")
                .append(" reflections compared. Median (p90) of n calls; allocated per call (median).\n\n")
                .append("| Database | Layer | Retort | Liquibase | Liquibase/Retort | allocated per call, Retort | Liquibase |\n")
                .append("|---|---|---:|---:|---:|---:|---:|\n");
        for (BenchDatabase database : setup.databases()) {
            for (String variant : AutogenerateScenario.VARIANTS) {
                row(md, database, results, Scenario.AUTOGENERATE, variant, variant, false);
            }
        }
        md.append('\n');
        wholeCall(md, setup, results);
        failures(md, setup, results, Scenario.AUTOGENERATE);
    }

    /** Where Retort's whole diff call goes: reflect + compare measured, the rest is loading the model. */
    private static void wholeCall(StringBuilder md, Setup setup, Results results) {
        md.append("Where Retort's whole `diff` call goes (medians): reflecting the live database (scenario d), the")
                .append(" compare, and the rest — loading the model file into the scratch space, reflecting it there,")
                .append(" rendering — as the whole call less reflect + compare:\n\n")
                .append("| Database | whole `diff()` | reflect live (d) | compare only | model load, its reflection, rendering |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (BenchDatabase database : setup.databases()) {
            Optional<Measurement> whole = find(results, Scenario.AUTOGENERATE, database, AutogenerateScenario.WHOLE);
            Optional<Measurement> both = find(results, Scenario.AUTOGENERATE, database, AutogenerateScenario.REFLECT_COMPARE);
            Optional<Measurement> compare = find(results, Scenario.AUTOGENERATE, database, AutogenerateScenario.COMPARE);
            Optional<Measurement> reflect = find(results, Scenario.REFLECT, database, ReflectScenario.VARIANT);
            if (whole.isEmpty() || both.isEmpty()) {
                continue;
            }
            md.append("| ").append(database.label()).append(" | ").append(median(whole)).append(" | ")
                    .append(median(reflect)).append(" | ").append(median(compare)).append(" | ")
                    .append(Report.ms(whole.get().stats().median() - both.get().stats().median())).append(" |\n");
        }
        md.append('\n');
    }

    private static void startup(StringBuilder md, Setup setup, Results results) {
        md.append("## f. Start-up with the database at head, in-process, warm JVM, a fresh tool object per call\n\n")
                .append("Retort `initAndUpgrade(StartupOptions.production())` (no model), Flyway `configure()…migrate()`,")
                .append(" Liquibase `update`, on the ").append(setup.revisions()).append("-revision history at head.")
                .append(" *").append(StartupScenario.URL).append("*: as in b. *").append(StartupScenario.POOLED)
                .append("*: every tool borrows from a small pool of its own made before the warm-up (the bench's")
                .append(" `SimplePool`; Retort is given only the `DataSource`).\n\n")
                .append("| Database | Connections | Tool | calls | median | p90 | min | median vs Retort |\n")
                .append("|---|---|---|---:|---:|---:|---:|---:|\n");
        for (BenchDatabase database : setup.databases()) {
            for (String variant : StartupScenario.VARIANTS) {
                Optional<Measurement> retort = results.find(Scenario.STARTUP, database.name(), Tool.RETORT, variant);
                for (Tool tool : Tool.values()) {
                    results.find(Scenario.STARTUP, database.name(), tool, variant).ifPresent(m -> md.append("| ")
                            .append(database.label()).append(" | ").append(variant).append(" | ").append(tool.label())
                            .append(" | ").append(m.stats().count()).append(" | ").append(Report.ms(m.stats().median()))
                            .append(" | ").append(Report.ms(m.stats().p90())).append(" | ")
                            .append(Report.ms(m.stats().min())).append(" | ").append(Report.ratio(Optional.of(m), retort))
                            .append(" |\n"));
                }
            }
        }
        md.append('\n');
        breakdown(md, results, "f", StartupScenario.PARTS, "Where Retort's start-up time goes (medians, through its"
                + " public API; the parts overlap: `initAndUpgrade` builds, reads the scripts, connects or borrows,"
                + " and reads the state):");
    }

    /** One database's row: Retort, Liquibase, ratio, allocations (and retained sizes when asked). */
    private static void row(StringBuilder md, BenchDatabase database, Results results, Scenario scenario, String variant,
                            String layer, boolean retained) {
        Optional<Measurement> retort = results.find(scenario, database.name(), Tool.RETORT, variant);
        Optional<Measurement> liquibase = results.find(scenario, database.name(), Tool.LIQUIBASE, variant);
        boolean failed = results.findFailure(scenario, database.name(), Tool.LIQUIBASE, variant).isPresent();
        if (retort.isEmpty() && liquibase.isEmpty() && !failed) {
            return;
        }
        Optional<Results.Memory> retortMemory = results.findMemory(scenario, database.name(), Tool.RETORT, variant);
        Optional<Results.Memory> liquibaseMemory = results.findMemory(scenario, database.name(), Tool.LIQUIBASE, variant);
        md.append("| ").append(database.label()).append(" | ");
        if (layer != null) {
            md.append(layer).append(" | ");
        }
        md.append(cell(retort)).append(" | ").append(failed && liquibase.isEmpty() ? "fails" : cell(liquibase))
                .append(" | ").append(Report.ratio(liquibase, retort)).append(" | ")
                .append(megabytes(retortMemory.map(Results.Memory::allocated))).append(" | ")
                .append(megabytes(liquibaseMemory.map(Results.Memory::allocated)));
        if (retained) {
            md.append(" | ").append(megabytes(retortMemory.map(Results.Memory::retained))).append(" | ")
                    .append(megabytes(liquibaseMemory.map(Results.Memory::retained)));
        }
        md.append(" |\n");
    }

    private static void breakdown(StringBuilder md, Results results, String scenario, List<String> parts, String title) {
        List<RetortBreakdown.Parts> rows = results.breakdowns().stream().filter(p -> p.scenario().equals(scenario)).toList();
        if (rows.isEmpty()) {
            return;
        }
        boolean notes = rows.stream().anyMatch(p -> !p.note().isEmpty());
        md.append(title).append("\n\n| Database |");
        parts.forEach(part -> md.append(" `").append(part).append("` |"));
        md.append(notes ? " JDBC calls |" : "").append("\n|---|").append("---:|".repeat(parts.size()))
                .append(notes ? "---|" : "").append('\n');
        for (RetortBreakdown.Parts row : rows) {
            md.append("| ").append(row.database()).append(" |");
            parts.forEach(part -> md.append(' ').append(Report.ms(row.parts().get(part).median())).append(" |"));
            md.append(notes ? " " + row.note() + " |" : "").append('\n');
        }
        md.append('\n');
        rows.stream().filter(row -> !row.detail().isEmpty()).forEach(row -> md.append("- ").append(row.database())
                .append(", the slowest statements of one call (execution and fetching): ").append(row.detail())
                .append('\n'));
        if (rows.stream().anyMatch(row -> !row.detail().isEmpty())) {
            md.append('\n');
        }
    }

    private static void failures(StringBuilder md, Setup setup, Results results, Scenario scenario) {
        for (BenchDatabase database : setup.databases()) {
            String variant = scenario == Scenario.REFLECT ? ReflectScenario.VARIANT : AutogenerateScenario.WHOLE;
            results.findFailure(scenario, database.name(), Tool.LIQUIBASE, variant).ifPresent(failure -> md
                    .append("Liquibase on ").append(database.label()).append(" fails: ").append(failure.message())
                    .append("\n\n"));
        }
    }

    private static Optional<Measurement> find(Results results, Scenario scenario, BenchDatabase database, String variant) {
        return results.find(scenario, database.name(), Tool.RETORT, variant);
    }

    private static String median(Optional<Measurement> measurement) {
        return measurement.map(m -> Report.ms(m.stats().median())).orElse("–");
    }

    /** Median (p90) and the number of calls, or a dash. */
    private static String cell(Optional<Measurement> measurement) {
        return measurement.map(m -> Report.cell(measurement) + " n=" + m.stats().count()).orElse("–");
    }

    private static String megabytes(Optional<Long> bytes) {
        return bytes.filter(b -> b >= 0).map(b -> b >= 1e9 ? String.format(Locale.ROOT, "%.1f GB", b / 1e9)
                : String.format(Locale.ROOT, "%.1f MB", b / 1e6)).orElse("–");
    }
}
