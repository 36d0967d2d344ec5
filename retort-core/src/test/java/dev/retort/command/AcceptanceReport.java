package dev.retort.command;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The Markdown report of the autogenerate acceptance. Stateless. */
final class AcceptanceReport {

    private AcceptanceReport() {
    }

    static String render(List<AcceptanceRun.Outcome> files, List<AcceptanceRun.Outcome> steps) {
        StringBuilder out = new StringBuilder("# Autogenerate acceptance\n\n");
        out.append("Written by `AutogenerateAcceptanceIT`. Exact means: the model compared with a direct load of itself gives")
                .append(" zero ops (criterion 3; not measured for DB-GPT steps), the dump after upgrade equals the dump of a direct")
                .append(" load, `check` is clean, a second autogenerate writes nothing, and the downgrade restores the start")
                .append(" (no table left; for DB-GPT steps, the dump of release N). Dumps are normalised as `DumpNormaliser`")
                .append(" and `SqliteCatalogDump` describe.\n\n");
        summary(out, files, steps);
        out.append("\n## Every schema from an empty database\n\n");
        table(out, files, "file");
        out.append("\n## DB-GPT, release by release (MariaDB)\n\n");
        table(out, steps, "step");
        out.append("\n## Known exceptions\n\n");
        KnownExceptions.all().forEach((label, known) -> out.append("- **").append(label).append("**: ")
                .append(known.reason()).append(known.tolerance() == null ? " (cannot complete)" : "").append('\n'));
        return out.toString();
    }

    private static void summary(StringBuilder out, List<AcceptanceRun.Outcome> files, List<AcceptanceRun.Outcome> steps) {
        Map<String, int[]> perDialect = new TreeMap<>();
        for (AcceptanceRun.Outcome outcome : files) {
            int[] counts = perDialect.computeIfAbsent(outcome.dialect(), key -> new int[3]);
            counts[0]++;
            if (outcome.exact()) {
                counts[1]++;
            } else if (outcome.exactWithinTolerance()) {
                counts[2]++;
            }
        }
        out.append("| dialect | files | exact | exact but for a known exception |\n|---|---|---|---|\n");
        perDialect.forEach((dialect, counts) -> out.append("| ").append(dialect).append(" | ").append(counts[0])
                .append(" | ").append(counts[1]).append(" | ").append(counts[2]).append(" |\n"));
        long exactSteps = steps.stream().filter(AcceptanceRun.Outcome::exact).count();
        long tolerated = steps.stream().filter(step -> !step.exact() && step.exactWithinTolerance()).count();
        out.append("\nDB-GPT steps: ").append(exactSteps).append(" of ").append(steps.size()).append(" exact, ")
                .append(tolerated).append(" exact but for a known exception.\n");
    }

    private static void table(StringBuilder out, List<AcceptanceRun.Outcome> outcomes, String what) {
        out.append("| ").append(what).append(" | dialect | ops on unchanged | ops | dump equal | check clean | 2nd autogenerate empty |")
                .append(" downgrade clean | s | problem |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (AcceptanceRun.Outcome outcome : outcomes) {
            out.append("| ").append(outcome.label()).append(" | ").append(outcome.dialect()).append(" | ")
                    .append(outcome.unchangedOps() == null ? "–" : outcome.unchangedOps() < 0 ? "**failed**" : outcome.unchangedOps())
                    .append(" | ").append(outcome.ops()).append(" | ").append(mark(outcome.dumpEqual())).append(" | ")
                    .append(mark(outcome.checkClean())).append(" | ").append(mark(outcome.secondEmpty())).append(" | ")
                    .append(mark(outcome.downgradeClean())).append(" | ").append(String.format(java.util.Locale.ROOT, "%.1f",
                            outcome.seconds())).append(" | ").append(problem(outcome)).append(" |\n");
        }
    }

    private static String problem(AcceptanceRun.Outcome outcome) {
        KnownExceptions.Known known = KnownExceptions.of(outcome.label());
        String text = outcome.problem().replace("|", "/");
        return known == null ? text : "known: " + known.reason().replace("|", "/") + (text.isEmpty() ? "" : "; " + text);
    }

    private static String mark(Boolean value) {
        return value == null ? "–" : value ? "yes" : "**no**";
    }
}
