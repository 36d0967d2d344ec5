package dev.retort;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code retort import updown DIR}: the migrations of golang-migrate, pop, dbmate or goose as a linear chain of
 * revisions {@code v<version>} in version order, each with its down script as the downgrade (none: the revision cannot
 * be downgraded); and, with {@code --history}, the tool's version table as Retort's version rows. Stateless.
 */
final class UpDownImport {

    private UpDownImport() {
    }

    static ImportResult run(Retort retort, Path directory, String format, String dialect) {
        UpDownMigrations.Format detected = UpDownMigrations.detect(directory, format, dialect);
        List<String> notes = new ArrayList<>();
        if (format == null) {
            notes.add(directory + ": read as " + detected.label + " (--format to choose another)");
        }
        List<ImportedRevision> revisions = new ArrayList<>();
        for (UpDownMigrations.Migration migration : UpDownMigrations.read(directory, detected, dialect)) {
            revisions.add(new ImportedRevision("v" + migration.version(), migration.name().replace('_', ' '), migration.up(),
                    migration.down(), migration.transactional(), migration.source()));
            if (migration.down() == null) {
                notes.add(migration.source() + ": no down migration; revision v" + migration.version()
                        + " cannot be downgraded (Retort refuses that by name)");
            }
        }
        return new ImportResult(ImportWriter.write(retort, detected.label, revisions), notes);
    }

    static HistoryImportResult history(Retort retort, Path directory, String format, String table) {
        UpDownMigrations.Format detected = UpDownMigrations.detect(directory, format, null);
        String versionTable = table == null ? detected.table : table;
        if (!versionTable.matches("[A-Za-z_][A-Za-z0-9_$.]*")) {
            throw new RetortException(RetortException.Kind.USAGE, "'" + versionTable + "' is not a table name");
        }
        List<String> chain = ImportedChain.chain(retort.scripts());
        ImportedChain.requireNoRetortHistory(retort, detected.label);
        List<String> problems = new ArrayList<>();
        Set<BigInteger> applied = applied(retort, detected, versionTable, chain, problems);
        Set<BigInteger> known = new HashSet<>();
        chain.forEach(id -> known.add(version(id)));
        applied.stream().filter(v -> !known.contains(v)).sorted().forEach(v -> problems.add(detected.label + " recorded version "
                + v + " as applied, but no imported revision has it (a migration missing from the directory)"));
        return ImportedChain.stamp(retort, chain, id -> applied.contains(version(id)), problems, List.of());
    }

    private static Set<BigInteger> applied(Retort retort, UpDownMigrations.Format format, String table, List<String> chain,
                                           List<String> problems) {
        try {
            return retort.migrator().read(session -> switch (format) {
                case GOLANG_MIGRATE -> {
                    List<Object[]> rows = session.query("SELECT version, dirty FROM " + table,
                            row -> new Object[] {new BigInteger(row.getString(1)), row.getBoolean(2)});
                    Set<BigInteger> set = new HashSet<>();
                    for (Object[] row : rows) {
                        BigInteger current = (BigInteger) row[0];
                        boolean dirty = (Boolean) row[1];
                        if (dirty) {
                            problems.add("golang-migrate marks version " + current + " dirty (it failed part-way): its"
                                    + " revision stays pending; undo what it left behind, then 'retort upgrade'");
                        }
                        chain.stream().map(UpDownImport::version)
                                .filter(v -> dirty ? v.compareTo(current) < 0 : v.compareTo(current) <= 0).forEach(set::add);
                    }
                    yield set;
                }
                case GOOSE -> {
                    Set<BigInteger> set = new HashSet<>();
                    for (Object[] row : session.query("SELECT version_id, is_applied FROM " + table + " ORDER BY id",
                            row -> new Object[] {new BigInteger(row.getString(1)), row.getBoolean(2)})) {
                        if ((Boolean) row[1]) {
                            set.add((BigInteger) row[0]);
                        } else {
                            set.remove((BigInteger) row[0]);
                        }
                    }
                    set.remove(BigInteger.ZERO); // goose's own first row
                    yield set;
                }
                case DBMATE, POP -> new HashSet<>(session.query("SELECT version FROM " + table,
                        row -> new BigInteger(row.getString(1).strip())));
            });
        } catch (RetortException e) {
            throw new RetortException(RetortException.Kind.USAGE, "cannot read " + format.label + "'s version table " + table
                    + ": " + e.getMessage() + "; point --history at the database the tool migrated, and --history-table at its"
                    + " table", e);
        }
    }

    private static BigInteger version(String id) {
        String digits = id.toLowerCase(Locale.ROOT).startsWith("v") ? id.substring(1) : id;
        try {
            return new BigInteger(digits);
        } catch (NumberFormatException e) {
            return BigInteger.valueOf(-1);
        }
    }
}
