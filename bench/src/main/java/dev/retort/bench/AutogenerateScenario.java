package dev.retort.bench;

import dev.retort.Changes;
import dev.retort.Retort;
import dev.retort.diff.DiffResult;
import dev.retort.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Scenario e, Retort's side: autogenerate when nothing changed, on the wide schema, in three layers.
 * <ul>
 *   <li><b>whole call</b>: {@code diff(defaults)} of a fresh {@code Retort} whose model is the same
 *       schema as a SQL file — loading it into the dialect's scratch space (a temporary database on
 *       PostgreSQL and MariaDB, an in-memory one on SQLite), reflecting that, reflecting the live
 *       database, comparing and rendering;</li>
 *   <li><b>reflect live + compare</b>: a fresh {@code Retort}, {@code inspect} of the live database and
 *       {@code SchemaDiff.compare} against a schema reflected beforehand from the copy (standing in for
 *       a model already loaded);</li>
 *   <li><b>compare only</b>: {@code SchemaDiff.compare} of two schemas reflected beforehand.</li>
 * </ul>
 * Every call must find nothing to change; a call that finds something is reported, not hidden. The
 * whole call takes seconds, so it runs within the slow budget (its first call untimed when it is cheap
 * enough to repeat). Liquibase's side is in {@link WideScenario}. Stateless.
 */
final class AutogenerateScenario {

    static final String WHOLE = "whole call";
    static final String REFLECT_COMPARE = "reflect live + compare";
    static final String COMPARE = "compare only";
    static final List<String> VARIANTS = List.of(WHOLE, REFLECT_COMPARE, COMPARE);

    /** A first whole call faster than this is a warm-up; a slower one is the first sample. */
    private static final long CHEAP_NANOS = 3_000_000_000L;

    private AutogenerateScenario() {
    }

    static void retort(Setup setup, WideSetup wide, Results results) {
        Options options = setup.options();
        Retort retort = RetortSchema.build(null, wide.live());
        Schema live = RetortSchema.inspect(retort);
        Schema model = RetortSchema.inspect(RetortSchema.build(null, wide.copy()));
        Supplier<DiffResult> compare = () -> RetortSchema.compare(retort, live, model);
        Supplier<DiffResult> reflectCompare = () -> {
            Retort fresh = RetortSchema.build(null, wide.live());
            return RetortSchema.compare(fresh, RetortSchema.inspect(fresh), model);
        };
        Sampling.warmUp(compare, 20, options.noopWarmupMillis() / 2);
        List<Allocation.Sample<DiffResult>> compared = Sampling.samples(compare, 10, 50, options.wideBudgetMillis() / 2);
        requireNoOps(results, wide, compared.get(0).result());
        record(results, wide, COMPARE, compared);
        Sampling.warmUp(reflectCompare, 5, 0);
        List<Allocation.Sample<DiffResult>> reflected = Sampling.samples(reflectCompare, 10, 30, options.wideBudgetMillis());
        requireNoOps(results, wide, reflected.get(0).result());
        record(results, wide, REFLECT_COMPARE, reflected);
        whole(options, wide, results);
    }

    private static void whole(Options options, WideSetup wide, Results results) {
        Supplier<Changes> call = () -> RetortSchema.diff(wide.project(), wide.live());
        List<Allocation.Sample<Changes>> samples = new ArrayList<>();
        Allocation.Sample<Changes> first = Allocation.measure(call);
        if (first.nanos() >= CHEAP_NANOS) {
            samples.add(first);
        }
        long spent = first.nanos();
        while (samples.isEmpty() || (samples.size() < 3 && spent < options.slowBudgetMillis() * 1_000_000L)) {
            Allocation.Sample<Changes> sample = Allocation.measure(call);
            samples.add(sample);
            spent += sample.nanos();
        }
        Changes changes = samples.get(0).result();
        if (!changes.isEmpty()) {
            results.note("**" + wide.database().label() + ": Retort's diff found " + changes.upgrade().size()
                    + " change(s) between the live wide schema and the same schema as a model** (first: "
                    + changes.upgrade().get(0).description() + "); the whole-call time below is still the call's.");
        }
        record(results, wide, WHOLE, samples);
    }

    /** Notes it loudly when the compare of two copies of one schema finds something to do. */
    private static void requireNoOps(Results results, WideSetup wide, DiffResult diff) {
        if (!diff.ops().isEmpty()) {
            results.note("**" + wide.database().label() + ": Retort's SchemaDiff.compare found " + diff.ops().size()
                    + " op(s) between two reflections of the same schema** (first: " + diff.ops().get(0).describe() + ").");
        }
    }

    private static void record(Results results, WideSetup wide, String variant,
                               List<? extends Allocation.Sample<?>> samples) {
        String database = wide.database().name();
        results.add(Results.Scenario.AUTOGENERATE, database, Tool.RETORT, variant, Sampling.nanos(samples));
        results.memory(new Results.Memory(Results.Scenario.AUTOGENERATE, database, Tool.RETORT, variant,
                Sampling.allocated(samples), -1));
    }
}
