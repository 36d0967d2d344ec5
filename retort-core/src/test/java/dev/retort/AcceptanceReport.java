package dev.retort;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The Markdown report of the autogenerate acceptance. Stateless. */
final class AcceptanceReport {

    /** The rules of {@link DumpNormaliser} and {@link SqliteCatalogDump}, for readers of the report. */
    private static final String NORMALISATION = """
            Both databases are dumped with the database's own tool and normalised the same way; nothing else is hidden.

            - **PostgreSQL** `pg_dump --schema-only --no-owner --no-privileges`, Retort's tables excluded: `--` comment lines,
              `SET` lines, `set_config('search_path')`, psql's `restrict`/`unrestrict` lines (a random key per run) and blank
              lines removed. pg_dump orders objects itself.
            - **MariaDB** `mariadb-dump --no-data --skip-comments --skip-dump-date`, Retort's tables ignored: lines
              `/*!… SET … */;` (session settings, also those around each trigger: the creating client's character set and
              SQL mode) and `SET` lines removed; `AUTO_INCREMENT=n` counters removed; integer display widths removed
              (`int(11)` → `int`, `tinyint(1)` kept: MySQL 8.0.19 no longer prints them, they change neither storage nor
              values, and the model has no field for them); `USING BTREE` on an index removed (InnoDB's only method,
              printed only when written); within one CREATE TABLE, key and constraint lines sorted (SHOW CREATE TABLE lists
              them in creation order) and trailing commas removed.
            - **SQLite** keeps each CREATE statement as written, so `.schema` matches only when the same text created it.
              Compared instead is SQLite's own description of that text: per table, `pragma table_xinfo` (declared type
              reduced to its affinity with its arguments, so `NVARCHAR(160)` and `VARCHAR(160)` are both `TEXT(160)`;
              NOT NULL; default as tokens, `DEFAULT NULL` as none; primary-key position; hidden), `pragma index_list` and
              `index_xinfo` (name only for CREATE INDEX indexes), `pragma foreign_key_list`, and from the CREATE TABLE
              text as tokens the constraint names, CHECK and COLLATE clauses, AUTOINCREMENT and WITHOUT ROWID; views and
              triggers as tokens of their text. `sqlite_sequence` is left out.
            - **H2** `SCRIPT NODATA`: `CREATE USER` (random salt), row-count comments and Retort's tables removed;
              `DEFAULT NULL` removed; `TIMESTAMP(6)`/`TIME(0)` written without their default precision (INFORMATION_SCHEMA
              does not tell them apart); names H2 invents (`CONSTRAINT_4F`, `PRIMARY_KEY_8`, `…_INDEX_A`) lose their
              number (an object id); an identity's `RESTART WITH n` removed (a counter); `DECIMAL` spelled `NUMERIC`
              (one type); statements sorted (SCRIPT lists them in creation order).
            """;

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
        out.append("\n## How dumps are normalised\n\n").append(NORMALISATION);
        out.append("\n## Known exceptions\n\n");
        Map<String, List<String>> byReason = new java.util.LinkedHashMap<>();
        KnownExceptions.all().forEach((label, known) -> byReason.computeIfAbsent(known.reason()
                + (known.tolerance() == null ? " (cannot complete)" : ""), reason -> new java.util.ArrayList<>()).add(label));
        byReason.forEach((reason, labels) -> out.append("- ").append(reason).append(": **")
                .append(String.join("**, **", labels)).append("**\n"));
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
