package dev.retort.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects what the fault suite injected and found, and writes it to {@code target/fault-report.md}. Thread-safe. */
final class FaultReport {

    /** One injected fault and what was found after it. */
    record Entry(String database, String fault, String found, boolean honest, boolean recovered, String recovery) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final long seed;

    FaultReport(long seed) {
        this.seed = seed;
    }

    synchronized void add(Entry entry) {
        entries.add(entry);
    }

    synchronized void write(Path file) {
        StringBuilder out = new StringBuilder("# Fault report\n\nSeed ").append(seed)
                .append(" (-Dretort.fault.seed=N repeats a run). Honest: what `status` reads from the version table matches")
                .append(" the tables that really exist. Recovered: the documented recovery brought the database to head.\n\n")
                .append("| database | fault injected | state found | honest | recovery | recovered |\n|---|---|---|---|---|---|\n");
        for (Entry entry : entries) {
            out.append("| ").append(entry.database()).append(" | ").append(entry.fault()).append(" | ")
                    .append(entry.found().replace("|", "/").replace("\n", " ")).append(" | ").append(entry.honest() ? "yes" : "**NO**")
                    .append(" | ").append(entry.recovery()).append(" | ").append(entry.recovered() ? "yes" : "**NO**").append(" |\n");
        }
        long honest = entries.stream().filter(Entry::honest).count();
        long recovered = entries.stream().filter(Entry::recovered).count();
        out.append("\n").append(entries.size()).append(" faults injected; ").append(honest).append(" states honest; ")
                .append(recovered).append(" recoveries finished.\n");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
