package dev.retort.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Scenarios d and e on every database: loads the wide schema ({@link WideSetup}), runs Retort's side
 * of each ({@link ReflectScenario}, {@link AutogenerateScenario}) and Liquibase's, then drops the
 * schema again so no later measurement runs beside two thousand extra tables.
 *
 * <p>Liquibase's side is made of diff rounds: a snapshot of {@code bench_wide} (connect included), one
 * of {@code bench_wide2}, {@code DiffGeneratorFactory.compare} of the two, closing both — exactly what
 * its {@code compare(Database, Database, …)} does, timed part by part. Each snapshot is a sample of
 * scenario d; each round's sum a sample of e's whole call, reference snapshot plus compare a sample of
 * "reflect live + compare", the compare alone of "compare only". A snapshot of a thousand tables takes
 * Liquibase tens of seconds, so after one warm-up round on the small {@code bench_widewarm} the rounds
 * go on only while the slow budget lasts (at least one, at most three). Stateless.
 */
final class WideScenario {

    private WideScenario() {
    }

    static void run(Setup setup, Results results) {
        Options options = setup.options();
        Setup.progress("scenarios d and e: reflect and autogenerate on " + options.wideTables() + " tables");
        for (BenchDatabase database : setup.databases()) {
            WideSetup wide = WideSetup.load(setup, database);
            try {
                if (options.scenarios().contains("d")) {
                    ReflectScenario.retort(setup, wide, results);
                }
                if (options.scenarios().contains("e")) {
                    AutogenerateScenario.retort(setup, wide, results);
                }
                liquibase(options, wide, results);
            } finally {
                wide.drop();
            }
        }
        results.note("Scenarios d and e: the wide schema (" + options.wideTables() + " tables of "
                + WideSchema.COLUMNS_PER_TABLE + " columns, a primary key, a unique constraint, a foreign key and "
                + WideSchema.INDEXES_PER_TABLE + " indexes each) was loaded untimed into bench_wide and again into"
                + " bench_wide2, and its first " + WideSetup.warmTables(options.wideTables()) + " tables into bench_widewarm,"
                + " where Liquibase warmed up (one diff round).");
    }

    private static void liquibase(Options options, WideSetup wide, Results results) {
        String database = wide.database().name();
        try {
            LiquibaseSchema.diff(wide.warm(), wide.warm());
        } catch (RuntimeException e) {
            Setup.progress("  " + database + " Liquibase warm-up failed (the rounds will tell): " + e.getMessage());
        }
        Sampling.settle();
        List<LiquibaseSchema.Round> rounds = new ArrayList<>();
        try {
            long spent = 0;
            while (rounds.isEmpty() || (rounds.size() < 3 && spent < options.slowBudgetMillis() * 1_000_000L)) {
                LiquibaseSchema.Round round = LiquibaseSchema.diff(wide.live(), wide.copy());
                rounds.add(round);
                spent += round.diffNanos();
                Setup.progress(String.format(java.util.Locale.ROOT, "  %s Liquibase round %d: snapshots %.0f + %.0f ms,"
                        + " compare %.0f ms, equal %s, %d tables", database, rounds.size(), round.reference().nanos() / 1e6,
                        round.comparison().nanos() / 1e6, round.compare().nanos() / 1e6, round.equal(), round.tables()));
            }
        } catch (RuntimeException e) {
            failed(wide, e, results);
        }
        if (!rounds.isEmpty()) {
            record(wide, rounds, results);
        }
    }

    /** Every Liquibase cell of d and e on this database fails with the root cause's message. */
    private static void failed(WideSetup wide, RuntimeException e, Results results) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.toString() : root.getMessage();
        String database = wide.database().name();
        results.failure(new Results.Failure(Results.Scenario.REFLECT, database, Tool.LIQUIBASE, ReflectScenario.VARIANT,
                message));
        AutogenerateScenario.VARIANTS.forEach(variant -> results.failure(new Results.Failure(
                Results.Scenario.AUTOGENERATE, database, Tool.LIQUIBASE, variant, message)));
        if (message.contains("SQLITE_TOOBIG") || message.contains("compound SELECT")) {
            results.note(wide.database().label() + ": Liquibase reads the columns of every table with one bulk"
                    + " DatabaseMetaData.getColumns call, which sqlite-jdbc answers with one compound SELECT over all"
                    + " tables. Past a few hundred tables that statement exceeds SQLite's length limit"
                    + " (SQLITE_TOOBIG); raising it (limit_sql_length in the URL) only moves the failure to the"
                    + " 500-term compound-SELECT limit, which is fixed when SQLite is compiled. Tried by hand with"
                    + " both; the report shows the failure with the plain URL every tool gets.");
        }
    }

    private static void record(WideSetup wide, List<LiquibaseSchema.Round> rounds, Results results) {
        String database = wide.database().name();
        List<Long> snapshots = new ArrayList<>();
        List<Long> snapshotBytes = new ArrayList<>();
        rounds.forEach(round -> {
            snapshots.addAll(List.of(round.reference().nanos(), round.comparison().nanos()));
            snapshotBytes.addAll(List.of(round.reference().allocatedBytes(), round.comparison().allocatedBytes()));
        });
        results.add(Results.Scenario.REFLECT, database, Tool.LIQUIBASE, ReflectScenario.VARIANT, snapshots);
        results.memory(new Results.Memory(Results.Scenario.REFLECT, database, Tool.LIQUIBASE, ReflectScenario.VARIANT,
                Sampling.median(snapshotBytes),
                Sampling.median(rounds.stream().map(round -> round.reference().retainedBytes()).toList())));
        Results.Scenario scenario = Results.Scenario.AUTOGENERATE;
        add(results, scenario, database, AutogenerateScenario.WHOLE,
                rounds.stream().map(LiquibaseSchema.Round::diffNanos).toList(),
                rounds.stream().map(LiquibaseSchema.Round::diffAllocated).toList());
        add(results, scenario, database, AutogenerateScenario.REFLECT_COMPARE,
                rounds.stream().map(round -> round.reference().nanos() + round.compare().nanos()).toList(),
                rounds.stream().map(round -> round.reference().allocatedBytes() + round.compare().allocatedBytes()).toList());
        add(results, scenario, database, AutogenerateScenario.COMPARE,
                rounds.stream().map(round -> round.compare().nanos()).toList(),
                rounds.stream().map(round -> round.compare().allocatedBytes()).toList());
        if (rounds.stream().anyMatch(round -> !round.equal() || round.tables() != wide.schema().tables())) {
            results.note("**" + wide.database().label() + ": Liquibase's diff of two copies of the same schema did not"
                    + " find them equal, or its snapshot did not hold " + wide.schema().tables() + " tables** ("
                    + rounds.get(0).tables() + " tables, equal: " + rounds.get(0).equal() + ").");
        }
    }

    private static void add(Results results, Results.Scenario scenario, String database, String variant, List<Long> nanos,
                            List<Long> bytes) {
        results.add(scenario, database, Tool.LIQUIBASE, variant, nanos);
        results.memory(new Results.Memory(scenario, database, Tool.LIQUIBASE, variant, Sampling.median(bytes), -1));
    }
}
