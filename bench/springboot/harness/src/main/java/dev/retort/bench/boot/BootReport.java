package dev.retort.bench.boot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Scenario i's report, in Markdown. Stateless. */
final class BootReport {

    private record Measure(String label, ToDoubleFunction<BootBench.Sample> value) {
    }

    private static final List<Measure> MEASURES = List.of(
            new Measure("ready (wall)", BootBench.Sample::uptime),
            new Measure("CPU to ready", BootBench.Sample::cpu),
            new Measure("tool beans (wall)", BootBench.Sample::tool),
            new Measure("tool beans (CPU)", BootBench.Sample::toolCpu));

    private BootReport() {
    }

    static String render(Map<String, List<BootBench.Sample>> samples, int runs, String loadBefore, String loadAfter,
                         String commit, String schemaCheck, Instant at) {
        StringBuilder out = new StringBuilder();
        out.append("### i. Spring Boot start-up at head: Retort's starter against Flyway's and Liquibase's\n\n")
                .append("Written by `bench/springboot.sh` at ").append(at).append(" (Retort commit ").append(commit)
                .append("). One Spring Boot 4.0.7 application (JPA, 8 entities, two repositories, `ddl-auto=validate`, no web")
                .append(" server), 57 revisions in each tool's format, PostgreSQL at head (one database per tool), each start a")
                .append(" fresh JVM (Java ").append(System.getProperty("java.version")).append(", no JVM flags), variants")
                .append(" taking turns, ").append(runs).append(" runs each after one untimed start; milliseconds. Load average")
                .append(" 1/5/15 min before → after: ").append(loadBefore).append(" → ").append(loadAfter).append(" (2 cores). ")
                .append(schemaCheck).append(".\n\n");
        out.append("*ready*: JVM start to `ApplicationReadyEvent` (JVM uptime). *CPU to ready*: the process's CPU time")
                .append(" (all threads, JIT and GC included) at that moment. *tool beans*: the tool's own beans from")
                .append(" instantiation to initialised, less the beans made inside them, wall and CPU of the thread (the")
                .append(" migration, the checks and most of the tool's class loading are there). *added*: median over the runs")
                .append(" of (variant − baseline of the same run).\n\n");
        out.append("| Variant | ready median (p90) | CPU to ready median (p90) | added: ready | added: CPU | tool beans wall | tool beans CPU |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        List<BootBench.Sample> base = samples.get("baseline");
        for (Map.Entry<String, List<BootBench.Sample>> entry : samples.entrySet()) {
            List<BootBench.Sample> list = entry.getValue();
            out.append("| ").append(entry.getKey())
                    .append(" | ").append(f(median(list, BootBench.Sample::uptime))).append(" (").append(f(p90(list, BootBench.Sample::uptime)))
                    .append(") | ").append(f(median(list, BootBench.Sample::cpu))).append(" (").append(f(p90(list, BootBench.Sample::cpu)))
                    .append(") | ").append(f(added(list, base, BootBench.Sample::uptime)))
                    .append(" | ").append(f(added(list, base, BootBench.Sample::cpu)))
                    .append(" | ").append(f(median(list, BootBench.Sample::tool)))
                    .append(" | ").append(f(median(list, BootBench.Sample::toolCpu))).append(" |\n");
        }
        out.append('\n');
        if (samples.containsKey("retort")) {
            out.append("| Ratio (other tool / Retort) | added: ready | added: CPU | tool beans wall | tool beans CPU |\n|---|---:|---:|---:|---:|\n");
            for (String other : List.of("flyway", "liquibase")) {
                if (!samples.containsKey(other)) {
                    continue;
                }
                out.append("| ").append(other).append(" / retort");
                for (Measure measure : MEASURES) {
                    boolean added = measure.label().startsWith("ready") || measure.label().startsWith("CPU");
                    double theirs = added ? added(samples.get(other), base, measure.value()) : median(samples.get(other), measure.value());
                    double ours = added ? added(samples.get("retort"), base, measure.value()) : median(samples.get("retort"), measure.value());
                    out.append(" | ").append(ratio(theirs, ours));
                }
                out.append(" |\n");
            }
            out.append('\n');
        }
        out.append("The tool's beans (wall ms, each less the beans made inside it) in the run with the median tool-bean time:\n\n");
        for (Map.Entry<String, List<BootBench.Sample>> entry : samples.entrySet()) {
            if (entry.getKey().equals("baseline")) {
                continue;
            }
            List<BootBench.Sample> sorted = new ArrayList<>(entry.getValue());
            sorted.sort((a, b) -> Double.compare(a.tool(), b.tool()));
            out.append("- ").append(entry.getKey()).append(": `").append(sorted.get(sorted.size() / 2).beans()).append("`\n");
        }
        out.append("\nEvery sample (ready / CPU to ready / tool beans wall / tool beans CPU / process wall):\n\n");
        for (Map.Entry<String, List<BootBench.Sample>> entry : samples.entrySet()) {
            List<String> parts = new ArrayList<>();
            for (BootBench.Sample sample : entry.getValue()) {
                parts.add(String.format(Locale.ROOT, "%.0f/%.0f/%.0f/%.0f/%.0f", sample.uptime(), sample.cpu(), sample.tool(),
                        sample.toolCpu(), sample.wall()));
            }
            out.append("- ").append(entry.getKey()).append(": ").append(String.join(", ", parts)).append('\n');
        }
        return out.toString();
    }

    private static double added(List<BootBench.Sample> variant, List<BootBench.Sample> base, ToDoubleFunction<BootBench.Sample> value) {
        List<Double> differences = new ArrayList<>();
        for (int i = 0; i < Math.min(variant.size(), base.size()); i++) {
            differences.add(value.applyAsDouble(variant.get(i)) - value.applyAsDouble(base.get(i)));
        }
        return percentile(differences, 0.5);
    }

    static double median(List<BootBench.Sample> samples, ToDoubleFunction<BootBench.Sample> value) {
        return percentile(samples.stream().map(value::applyAsDouble).toList(), 0.5);
    }

    static double p90(List<BootBench.Sample> samples, ToDoubleFunction<BootBench.Sample> value) {
        return percentile(samples.stream().map(value::applyAsDouble).toList(), 0.9);
    }

    /** Nearest rank; the median of an even count is the mean of the middle two. */
    static double percentile(List<Double> values, double fraction) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        if (fraction == 0.5 && n % 2 == 0) {
            return (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
        return sorted.get(Math.min(n - 1, (int) Math.ceil(fraction * n) - 1));
    }

    private static String ratio(double other, double retort) {
        return retort <= 0 ? "n/a (Retort's ≤ 0)" : String.format(Locale.ROOT, "%.1f×", other / retort);
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, Math.abs(value) < 100 ? "%.1f" : "%.0f", value);
    }
}
