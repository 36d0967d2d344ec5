package dev.retort;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code retort import flyway DIR}: Flyway's SQL migrations as a linear chain of revisions in Flyway's version order.
 * {@code V} scripts become revisions {@code V<version>}; an {@code U} script of the same version becomes the downgrade
 * (none: the revision cannot be downgraded, and Retort says so by name); the newest {@code B} baseline script becomes
 * the base {@code B<version>}, standing for every {@code V} script up to its version (which are listed, not imported);
 * {@code R__} repeatable scripts follow the chain, in Flyway's order (by description), as revisions {@code R-<name>}.
 * {@code ${placeholders}} are replaced from the given values ({@code flyway:filename} and {@code flyway:table} are
 * known); any other is refused by name. Stateless.
 */
final class FlywayImport {

    /** What an import writes, and what it has to say (each line names its file). */
    record Plan(List<ImportedRevision> revisions, List<String> notes) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}\\r\\n]+)}");

    private FlywayImport() {
    }

    static ImportResult run(Retort retort, Path directory, Map<String, String> placeholders, String historyTable) {
        Plan plan = plan(directory, placeholders, historyTable);
        return new ImportResult(ImportWriter.write(retort, "Flyway", plan.revisions()), plan.notes());
    }

    static Plan plan(Path directory, Map<String, String> placeholders, String historyTable) {
        FlywayMigrations.Found found = FlywayMigrations.read(directory);
        List<String> notes = new ArrayList<>(found.ignored());
        TreeMap<FlywayVersion, FlywayMigrations.Migration> versioned = byVersion(found, 'V');
        TreeMap<FlywayVersion, FlywayMigrations.Migration> undo = byVersion(found, 'U');
        TreeMap<FlywayVersion, FlywayMigrations.Migration> baselines = byVersion(found, 'B');
        for (FlywayMigrations.Migration migration : undo.values()) {
            if (!versioned.containsKey(migration.version()) && !baselines.containsKey(migration.version())) {
                throw new RetortException(RetortException.Kind.USAGE, migration.file() + " undoes version " + migration.version()
                        + ", which no V script has; remove it or add the V script");
            }
        }
        Map<String, List<String>> unresolved = new LinkedHashMap<>();
        List<ImportedRevision> revisions = new ArrayList<>();
        FlywayVersion base = baselines.isEmpty() ? null : baselines.lastKey();
        if (base != null) {
            FlywayMigrations.Migration baseline = baselines.get(base);
            revisions.add(new ImportedRevision("B" + base, baseline.description(),
                    resolve(baseline, placeholders, historyTable, unresolved), null, baseline.executeInTransaction(),
                    name(baseline)));
            List<String> covered = versioned.headMap(base, true).values().stream().map(FlywayImport::name).toList();
            if (!covered.isEmpty()) {
                notes.add(name(baseline) + ": baseline migration; it stands for " + String.join(", ", covered)
                        + ", which were not imported (Flyway runs the baseline instead of them on an empty database; a"
                        + " database Flyway migrated through them maps to revision B" + base + ")");
            }
            baselines.headMap(base, false).values().forEach(older -> notes.add(name(older) + ": an older baseline migration,"
                    + " superseded by " + name(baseline) + "; not imported"));
            if (undo.containsKey(base)) {
                notes.add(name(undo.get(base)) + ": undoes the baseline's version; a base revision is not downgraded by it;"
                        + " not imported");
            }
        }
        for (FlywayMigrations.Migration migration : versioned.values()) {
            if (base != null && migration.version().compareTo(base) <= 0) {
                continue;
            }
            FlywayMigrations.Migration down = undo.get(migration.version());
            revisions.add(new ImportedRevision("V" + migration.version(), migration.description(),
                    resolve(migration, placeholders, historyTable, unresolved),
                    down == null ? null : resolve(down, placeholders, historyTable, unresolved),
                    migration.executeInTransaction(), name(migration) + (down == null ? "" : " and " + name(down))));
            if (down != null && !down.executeInTransaction()) {
                notes.add(name(down) + ": executeInTransaction=false applies to the whole revision " + "V" + migration.version()
                        + " in Retort, which has one transaction setting per revision");
            }
        }
        List<FlywayMigrations.Migration> repeatables = found.migrations().stream().filter(m -> m.prefix() == 'R')
                .sorted(Comparator.comparing(FlywayMigrations.Migration::description)).toList();
        for (FlywayMigrations.Migration repeatable : repeatables) {
            revisions.add(new ImportedRevision(repeatableId(repeatable), repeatable.description(),
                    resolve(repeatable, placeholders, historyTable, unresolved), null, repeatable.executeInTransaction(),
                    name(repeatable)));
            notes.add(name(repeatable) + ": repeatable migration, imported once as revision " + repeatableId(repeatable)
                    + " after the versioned ones; Flyway runs it again whenever it changes, Retort runs a revision once: to"
                    + " change what it creates later, write a new revision (CREATE OR REPLACE …, 'retort revision -m …')");
        }
        if (!unresolved.isEmpty()) {
            List<String> named = new ArrayList<>();
            unresolved.forEach((placeholder, where) -> named.add("${" + placeholder + "} (" + String.join(", ", where) + ")"));
            throw new RetortException(RetortException.Kind.USAGE, "Flyway placeholder(s) without a value: "
                    + String.join("; ", named) + "; give each with --placeholder NAME=VALUE; nothing was imported");
        }
        return new Plan(revisions, notes);
    }

    private static TreeMap<FlywayVersion, FlywayMigrations.Migration> byVersion(FlywayMigrations.Found found, char prefix) {
        TreeMap<FlywayVersion, FlywayMigrations.Migration> map = new TreeMap<>();
        for (FlywayMigrations.Migration migration : found.migrations()) {
            if (migration.prefix() != prefix) {
                continue;
            }
            FlywayMigrations.Migration other = map.put(migration.version(), migration);
            if (other != null) {
                throw new RetortException(RetortException.Kind.USAGE, "two " + prefix + " migrations with version "
                        + migration.version() + ": " + other.file() + " and " + migration.file() + " (Flyway refuses them too);"
                        + " renumber or remove one");
            }
        }
        return map;
    }

    static String repeatableId(FlywayMigrations.Migration repeatable) {
        String id = "R-" + repeatable.description().replaceAll("[^A-Za-z0-9_.-]+", "_");
        return id.length() > 64 ? id.substring(0, 64) : id;
    }

    private static String name(FlywayMigrations.Migration migration) {
        return migration.file().getFileName().toString();
    }

    private static String resolve(FlywayMigrations.Migration migration, Map<String, String> given, String historyTable,
                                  Map<String, List<String>> unresolved) {
        Matcher matcher = PLACEHOLDER.matcher(migration.sql());
        StringBuilder out = new StringBuilder();
        Set<String> missing = new LinkedHashSet<>();
        while (matcher.find()) {
            String key = matcher.group(1);
            String value = given.containsKey(key) ? given.get(key)
                    : key.equals("flyway:filename") ? name(migration)
                    : key.equals("flyway:table") ? historyTable : null;
            if (value == null) {
                missing.add(key);
                value = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        for (String key : missing) {
            int line = migration.sql().substring(0, migration.sql().indexOf("${" + key + "}")).split("\n", -1).length;
            unresolved.computeIfAbsent(key, k -> new ArrayList<>()).add(name(migration) + " line " + line);
        }
        return out.toString();
    }
}
