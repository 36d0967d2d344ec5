package dev.retort.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13's acceptance for each real entity set on each database: empty database → autogenerate →
 * upgrade → Hibernate's own validation → {@code diff} empty → a second autogenerate writes no file →
 * the native dump equals that of a database Hibernate created itself ({@code hbm2ddl.auto=create}), but
 * for the differences {@link KnownDifference} explains → {@code downgrade base} leaves no table. Every
 * step's outcome goes to {@code target/entities-report.md}.
 */
class EntitiesAcceptanceIT {

    static final String TABLE = "1 Acceptance: sets × databases";
    static final String DIFFERENCES = "2 Acceptance: dump differences, migrated (-) against Hibernate's create (+)";

    static {
        AcceptanceReport.header(TABLE,
                "| set | database | autogenerate | upgrade | validate | diff empty | 2nd autogenerate: no file | dump equal | downgrade base: no table |",
                "|---|---|---|---|---|---|---|---|---|");
        AcceptanceReport.header(DIFFERENCES, "| set, database | line | reason |", "|---|---|---|");
    }

    @TempDir
    Path directory;

    /** Every set on every database, the longest first so that the cases running at once end together. */
    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (EntitySet set : List.of(EntitySet.SHOPIZER, EntitySet.OPENMEETINGS, EntitySet.JHIPSTER, EntitySet.PETCLINIC)) {
            for (Target.Kind kind : List.of(Target.Kind.MARIADB, Target.Kind.POSTGRES, Target.Kind.H2, Target.Kind.SQLITE)) {
                cases.add(Arguments.of(set, kind));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void migratesToWhatHibernateCreates(EntitySet set, Target.Kind kind) {
        Path classes = EntityCompiler.compile(EntitySources.of(set));
        Steps steps = new Steps();
        try (Target migrated = Target.create(kind); Target reference = Target.create(kind)) {
            RetortProject project = new RetortProject(directory.resolve("project"), set, migrated, classes);
            steps.run("autogenerate", () -> require(project.autogenerate("initial") != null, "no revision written"));
            steps.run("upgrade", project::upgrade);
            steps.run("validate", () -> validate(classes, set, migrated, reference));
            steps.run("diff empty", () -> require(project.diff().isEmpty(), "diff: " + project.diff().upgradeSql()));
            steps.run("no file", () -> require(project.autogenerate("again") == null, "a second revision was written"));
            steps.run("dump equal", () -> {
                HibernateBoot.create(classes, set, reference);
                String label = set + "-" + name(kind);
                DumpComparison comparison = DumpComparison.of(kind, NativeDump.of(migrated, label + "-migrated"),
                        migrated.name(), NativeDump.of(reference, label + "-hibernate"), reference.name());
                List<String> unexplained = AcceptanceReport.explain(DIFFERENCES, set + ", " + name(kind), kind, comparison);
                require(unexplained.isEmpty(), "unexplained dump differences:\n" + String.join("\n", unexplained));
                return comparison.summary();
            });
            steps.run("downgrade base", () -> {
                project.downgrade("base");
                // SQLite's own counter table stays: Retort's audit log made it, and only SQLite drops it
                String dump = NativeDump.of(migrated).toUpperCase(Locale.ROOT)
                        .replace("CREATE TABLE SQLITE_SEQUENCE(NAME,SEQ);", "")
                        // Hibernate's own bulk-mutation tables, which its validation boot made on SQLite above
                        .replaceAll("CREATE TABLE \"?HTE?_\\w+\"?\\s*\\([^;]*\\);", "");
                require(!dump.contains("CREATE TABLE") && !dump.contains("CREATE MEMORY TABLE")
                        && !dump.contains("CREATE CACHED TABLE") && !dump.contains("CREATE SEQUENCE"),
                        "left behind:\n" + dump);
            });
        }
        AcceptanceReport.add(TABLE, "| " + set + " | " + name(kind) + " | " + String.join(" | ", steps.cells()) + " |");
        assertEquals(List.of(), steps.failures(), set + " on " + kind);
    }

    /**
     * Hibernate's validation of the migrated database. Where Hibernate refuses even the schema it
     * created itself (openmeetings on SQLite, see testdata/entities/SOURCES.md), the same refusal on
     * the migrated one is what is expected, and the report says so.
     */
    private static Object validate(Path classes, EntitySet set, Target migrated, Target reference) {
        try {
            HibernateBoot.validate(classes, set, migrated);
            return "ok";
        } catch (RuntimeException migratedFailure) {
            try (Target own = Target.create(reference.kind())) {
                HibernateBoot.create(classes, set, own);
                try {
                    HibernateBoot.validate(classes, set, own);
                } catch (RuntimeException ownFailure) {
                    if (String.valueOf(ownFailure.getMessage()).equals(String.valueOf(migratedFailure.getMessage()))) {
                        return "refused as Hibernate's own schema is: " + ownFailure.getMessage();
                    }
                }
            }
            throw migratedFailure;
        }
    }

    static String name(Target.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    @AfterAll
    static void report() {
        AcceptanceReport.write("EntitiesAcceptanceIT, EvolutionsIT");
    }

    /** Runs steps in order; after a failure the rest are not run. Cells for the report's table. */
    static final class Steps {
        private final Map<String, String> cells = new LinkedHashMap<>();
        private final List<String> failures = new ArrayList<>();

        interface Step {
            Object run() throws Exception;
        }

        void run(String name, Runnable step) {
            run(name, () -> {
                step.run();
                return "ok";
            });
        }

        void run(String name, Step step) {
            if (!failures.isEmpty()) {
                cells.put(name, "not run");
                return;
            }
            long start = System.nanoTime();
            try {
                Object result = step.run();
                cells.put(name, (result == null ? "ok" : result.toString().replace("|", "\\|").replace("\n", " "))
                        + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
            } catch (Throwable e) {
                String message = e.getClass().getSimpleName() + ": " + e.getMessage();
                failures.add(name + ": " + message);
                cells.put(name, "**FAILED** " + message.replace("|", "\\|").replace("\n", " ").substring(0, Math.min(200, message.length())));
            }
        }

        List<String> cells() {
            return List.copyOf(cells.values());
        }

        List<String> failures() {
            return List.copyOf(failures);
        }
    }
}
