package dev.retort;

import dev.retort.script.Scripts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * {@code retort import flyway --history}: the rows of Flyway's {@code flyway_schema_history} on this database become
 * Retort's version rows for the revisions {@link FlywayImport} wrote. Successful runs count, undone ones do not, a
 * {@code BASELINE} row stands for every version up to its own; failed rows are reported and their revisions stay
 * pending; a repeatable counts when Flyway's checksum of its last successful run matches the script. Stateless.
 */
final class FlywayHistory {

    private record Row(int rank, String version, String description, String type, String script, Integer checksum,
                       boolean success) {
    }

    private FlywayHistory() {
    }

    static HistoryImportResult run(Retort retort, String table) {
        Scripts scripts = retort.scripts();
        List<String> chain = ImportedChain.chain(scripts);
        ImportedChain.requireNoRetortHistory(retort, "Flyway");
        List<Row> rows = read(retort, table);
        Set<FlywayVersion> applied = new HashSet<>();
        FlywayVersion baseline = null;
        Map<String, Integer> repeatables = new HashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Row row : rows) {
            FlywayVersion version = FlywayVersion.parse(row.version());
            String type = row.type() == null ? "" : row.type().toUpperCase(java.util.Locale.ROOT);
            if (type.equals("SCHEMA") || type.equals("DELETE") && version == null) {
                continue;
            }
            if (!row.success()) {
                problems.add("Flyway recorded " + describe(row) + " as failed (installed_rank " + row.rank() + "): its revision"
                        + " stays pending; undo what it left behind, then 'retort upgrade'");
                continue;
            }
            if (type.contains("BASELINE") && version != null) {
                baseline = baseline == null || version.compareTo(baseline) > 0 ? version : baseline;
            } else if (type.startsWith("UNDO") || type.equals("DELETE")) {
                applied.remove(version);
            } else if (version != null) {
                applied.add(version);
                if (type.contains("JDBC")) {
                    notes.add(describe(row) + " is a Java migration: no revision stands for it (write one by hand)");
                }
            } else if (row.description() != null) {
                repeatables.put(row.description(), row.checksum());
            }
        }
        FlywayVersion top = applied.stream().max(FlywayVersion::compareTo).orElse(baseline);
        if (baseline != null && top != null && baseline.compareTo(top) > 0) {
            top = baseline;
        }
        FlywayVersion reach = top;
        FlywayVersion base = baseline;
        TreeSet<FlywayVersion> unmatched = new TreeSet<>(applied);
        chain.forEach(id -> unmatched.remove(versionOf(id)));
        for (FlywayVersion version : unmatched) {
            if (base == null || version.compareTo(base) > 0) {
                if (!chain.contains("B" + version) && chain.stream().noneMatch(id -> id.startsWith("B")
                        && versionOf(id).compareTo(version) >= 0)) {
                    problems.add("Flyway applied version " + version + ", which no imported revision stands for (a script"
                            + " missing from the directory, or a Java migration)");
                }
            }
        }
        return ImportedChain.stamp(retort, chain, id -> {
            if (id.startsWith("V")) {
                FlywayVersion version = versionOf(id);
                return version != null && (applied.contains(version) || base != null && version.compareTo(base) <= 0);
            }
            if (id.startsWith("B")) {
                FlywayVersion version = versionOf(id);
                return version != null && reach != null && reach.compareTo(version) >= 0;
            }
            if (id.startsWith("R-")) {
                String description = scripts.get(id).revision().message();
                Integer checksum = repeatables.get(description);
                return checksum != null && checksum == checksum(scripts.get(id).upgradeSql());
            }
            return false;
        }, problems, notes);
    }

    private static FlywayVersion versionOf(String id) {
        return id.length() > 1 && (id.startsWith("V") || id.startsWith("B")) ? FlywayVersion.parse(id.substring(1)) : null;
    }

    private static String describe(Row row) {
        return (row.version() == null ? "" : "version " + row.version() + " ") + "(" + row.script() + ")";
    }

    private static List<Row> read(Retort retort, String table) {
        if (!table.matches("[A-Za-z_][A-Za-z0-9_$.]*")) {
            throw new RetortException(RetortException.Kind.USAGE, "'" + table + "' is not a table name (letters, digits, _,"
                    + " optionally schema.table)");
        }
        try {
            return retort.migrator().read(session -> session.query("SELECT installed_rank, version, description, type, script,"
                    + " checksum, success FROM " + table + " ORDER BY installed_rank", result -> new Row(result.getInt(1),
                    result.getString(2), result.getString(3), result.getString(4), result.getString(5),
                    result.getObject(6) == null ? null : result.getInt(6), result.getBoolean(7))));
        } catch (RetortException e) {
            throw new RetortException(RetortException.Kind.USAGE, "cannot read Flyway's history table " + table + " on "
                    + retort.dialect() + ": " + e.getMessage() + "; point --history at the database Flyway migrated, and"
                    + " --history-table at its table if it is not flyway_schema_history", e);
        }
    }

    /** Flyway's checksum: CRC-32 of the script's lines, without their line ends. */
    static int checksum(String sql) {
        CRC32 crc = new CRC32();
        sql.lines().forEach(line -> crc.update(line.getBytes(StandardCharsets.UTF_8)));
        return (int) crc.getValue();
    }
}
