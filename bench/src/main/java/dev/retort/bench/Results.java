package dev.retort.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every measurement of one run, in the order taken, plus free-text notes for the report. Not thread-safe.
 */
final class Results {

    /** One measured cell: scenario, database, tool, variant (how it was run) and the summary of its samples. */
    record Measurement(Scenario scenario, String database, Tool tool, String variant, Stats stats, List<Long> nanos) {
        Measurement {
            nanos = List.copyOf(nanos);
        }
    }

    /** The scenarios, in report order. */
    enum Scenario {
        FIRST_APPLY("a", "First apply of the whole history, in-process"),
        NOOP_IN_PROCESS("b", "No-op upgrade in-process (warm JVM)"),
        NOOP_PROCESS("c", "No-op upgrade as a whole process (cold JVM)"),
        REFLECT("d", "Reflect a wide schema in-process (warm JVM)"),
        AUTOGENERATE("e", "Autogenerate with nothing changed, in-process (warm JVM)"),
        STARTUP("f", "Application start-up with the database at head, in-process (warm JVM)");

        private final String letter;
        private final String title;

        Scenario(String letter, String title) {
            this.letter = letter;
            this.title = title;
        }

        String letter() {
            return letter;
        }

        String title() {
            return title;
        }
    }

    /**
     * One diagnostic cold no-op process: classes loaded, how many came from a class-data archive, the
     * packages most loaded from elsewhere, and a timeline in milliseconds of JVM uptime (-1 when not seen).
     */
    record ClassLoad(Tool tool, String variant, String database, int total, int fromArchive, String topOutside,
                     double mainAt, double jdbcAt, double lastAt, double wallMillis) {
    }

    /** Memory per call of one measured cell, in bytes: median allocated, median retained (-1: not measured). */
    record Memory(Scenario scenario, String database, Tool tool, String variant, long allocated, long retained) {
    }

    /** A cell a tool could not produce: what failed, in one line. */
    record Failure(Scenario scenario, String database, Tool tool, String variant, String message) {
    }

    private final List<Measurement> measurements = new ArrayList<>();
    private final List<Memory> memory = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<ClassLoad> classLoads = new ArrayList<>();
    private final List<RetortBreakdown.Parts> breakdowns = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(Scenario scenario, String database, Tool tool, String variant, List<Long> nanos) {
        Measurement measurement = new Measurement(scenario, database, tool, variant, Stats.ofNanos(nanos), nanos);
        measurements.add(measurement);
        System.err.printf("  %-9s %-10s %-24s %s%n", database, tool.label(), variant, measurement.stats());
    }

    void memory(Memory cell) {
        memory.add(cell);
        System.err.printf("  %-9s %-10s %-24s allocated %.1f MB per call, retained %s%n", cell.database(),
                cell.tool().label(), cell.variant(), cell.allocated() / 1e6,
                cell.retained() < 0 ? "not measured" : String.format("%.1f MB", cell.retained() / 1e6));
    }

    Optional<Memory> findMemory(Scenario scenario, String database, Tool tool, String variant) {
        return memory.stream().filter(m -> m.scenario() == scenario && m.database().equals(database)
                && m.tool() == tool && m.variant().equals(variant)).findFirst();
    }

    void failure(Failure failure) {
        failures.add(failure);
        System.err.printf("  %-9s %-10s %-24s FAILED: %s%n", failure.database(), failure.tool().label(), failure.variant(),
                failure.message());
    }

    Optional<Failure> findFailure(Scenario scenario, String database, Tool tool, String variant) {
        return failures.stream().filter(f -> f.scenario() == scenario && f.database().equals(database)
                && f.tool() == tool && f.variant().equals(variant)).findFirst();
    }

    void classLoad(ClassLoad load) {
        classLoads.add(load);
        System.err.printf("  %-9s %-10s %-24s %d classes loaded, %d from a CDS archive (others: %s);"
                        + " main at %.0f ms, driver at %.0f ms, last class at %.0f ms, wall %.0f ms%n",
                load.database(), load.tool().label(), load.variant(), load.total(), load.fromArchive(), load.topOutside(),
                load.mainAt(), load.jdbcAt(), load.lastAt(), load.wallMillis());
    }

    List<ClassLoad> classLoads() {
        return List.copyOf(classLoads);
    }

    void breakdown(RetortBreakdown.Parts parts) {
        breakdowns.add(parts);
    }

    List<RetortBreakdown.Parts> breakdowns() {
        return List.copyOf(breakdowns);
    }

    void note(String note) {
        notes.add(note);
    }

    List<Measurement> measurements() {
        return List.copyOf(measurements);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    Optional<Measurement> find(Scenario scenario, String database, Tool tool, String variant) {
        return measurements.stream().filter(m -> m.scenario() == scenario && m.database().equals(database)
                && m.tool() == tool && m.variant().equals(variant)).findFirst();
    }
}
