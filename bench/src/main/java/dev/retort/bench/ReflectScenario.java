package dev.retort.bench;

import dev.retort.Retort;
import dev.retort.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Scenario d, Retort's side: reflect the wide schema in this warm JVM, a fresh {@code Retort} per call
 * ({@code build()} and {@code inspect(all, none)}, connecting included). After a warm-up, calls until
 * it has 30 samples or has used the fast budget; records the bytes each call allocates and, in three
 * extra calls between full collections, the heap the returned {@code Schema} keeps. A breakdown follows:
 * {@code build()}, a bare connect, {@code inspect}, and {@code inspect} through {@link JdbcTimer}: the
 * time spent executing statements and fetching rows, and the plain call less that — Retort's own code
 * and the reading of column values. Liquibase's side is in {@link WideScenario}. Stateless.
 */
final class ReflectScenario {

    static final String VARIANT = "fresh tool object per call";
    static final List<String> PARTS = List.of("build()", "JDBC connect, isValid, close", "inspect()",
            "inspect() via timing proxy", "of which executing and fetching", "inspect() less that");

    private ReflectScenario() {
    }

    static void retort(Setup setup, WideSetup wide, Results results) {
        Options options = setup.options();
        String database = wide.database().name();
        Supplier<Schema> call = () -> RetortSchema.inspect(RetortSchema.build(null, wide.live()));
        int tables = call.get().tables().size();
        if (tables != wide.schema().tables()) {
            throw new IllegalStateException(wide.database().label() + ": Retort reflected " + tables + " tables of "
                    + wide.schema().tables() + " — the measurement is void");
        }
        Sampling.warmUp(call, 15, options.noopWarmupMillis());
        List<Allocation.Sample<Schema>> samples = Sampling.samples(call, 10, 30, options.wideBudgetMillis());
        results.add(Results.Scenario.REFLECT, database, Tool.RETORT, VARIANT, Sampling.nanos(samples));
        List<Long> retained = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            retained.add(Allocation.measureRetained(call).retainedBytes());
        }
        results.memory(new Results.Memory(Results.Scenario.REFLECT, database, Tool.RETORT, VARIANT,
                Sampling.allocated(samples), Sampling.median(retained)));
        results.breakdown(breakdown(wide, 6));
    }

    private static RetortBreakdown.Parts breakdown(WideSetup wide, int calls) {
        Map<String, Runnable> work = new LinkedHashMap<>();
        work.put(PARTS.get(0), () -> RetortSchema.build(null, wide.live()));
        work.put(PARTS.get(1), () -> RetortBreakdown.connect(wide.live()));
        Map<String, Stats> parts = new LinkedHashMap<>(RetortBreakdown.sample(wide.database(), "inspect breakdown",
                work, calls));
        JdbcTimer timer = JdbcTimer.of(wide.live());
        Retort timed = RetortSchema.build(wide.live(), timer);
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        PARTS.subList(2, PARTS.size()).forEach(part -> samples.put(part, new ArrayList<>()));
        // Pairs, a plain call then a timed one, so that the difference of the two is taken under the same load.
        for (int call = 0; call < calls * 4; call++) {
            long plain = Allocation.measure(() -> RetortSchema.inspect(RetortSchema.build(null, wide.live()))).nanos();
            timer.reset();
            long proxied = Allocation.measure(() -> RetortSchema.inspect(timed)).nanos();
            if (call >= calls * 2) { // the first half warms the proxies up
                List<Long> values = List.of(plain, proxied, timer.nanos(), plain - timer.nanos());
                for (int i = 0; i < values.size(); i++) {
                    samples.get(PARTS.get(2 + i)).add(values.get(i));
                }
            }
        }
        samples.forEach((part, nanos) -> parts.put(part, Stats.ofNanos(nanos)));
        String note = String.format(Locale.ROOT, "%d statements, %,d rows", timer.statements(), timer.rows());
        StringBuilder detail = new StringBuilder();
        timer.bySql().entrySet().stream().limit(3).forEach(entry -> detail.append(detail.length() == 0 ? "" : "; ")
                .append('`').append(entry.getKey().replace("`", "'")).append("` ")
                .append(Report.ms(entry.getValue() / 1e6)).append(" ms"));
        Setup.progress("  " + wide.database().name() + " inspect plain / via timing proxy / inside JDBC / plain less"
                + " that: " + samples.values().stream().map(nanos -> Report.ms(Stats.ofNanos(nanos).median()))
                .reduce((a, b) -> a + " / " + b).orElse("") + " ms; " + note + "; slowest statements of the last"
                + " call: " + detail);
        return new RetortBreakdown.Parts("d", wide.database().name(), parts, note, detail.toString());
    }
}
