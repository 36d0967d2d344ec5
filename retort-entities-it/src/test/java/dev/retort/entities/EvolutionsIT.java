package dev.retort.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each entity set edited step by step ({@link Evolutions}): every edit gives a revision whose upgrade
 * yields the native dump of what Hibernate creates for the edited entities (but for the differences
 * {@link KnownDifference} explains) and whose downgrade returns to the dump before it exactly.
 */
class EvolutionsIT {

    static final String TABLE = "3 Evolutions: each edit's revision";
    static final String DIFFERENCES = "4 Evolutions: dump differences after the upgrade, migrated (-) against Hibernate's create (+)";

    static {
        AcceptanceReport.header(TABLE,
                "| set | database | edit | revision | upgrade = Hibernate's create | downgrade = dump before |",
                "|---|---|---|---|---|---|");
        AcceptanceReport.header(DIFFERENCES, "| set, database, edit | line | reason |", "|---|---|---|");
    }

    @TempDir
    Path directory;

    static Stream<Arguments> cases() {
        return EntitiesAcceptanceIT.cases();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void eachEditMigratesAndReverses(EntitySet set, Target.Kind kind) {
        EntitySources sources = EntitySources.of(set);
        List<String> failures = new ArrayList<>();
        try (Target migrated = Target.create(kind)) {
            RetortProject project = new RetortProject(directory.resolve("project"), set, migrated,
                    EntityCompiler.compile(sources));
            project.autogenerate("initial");
            project.upgrade();
            String before = NativeDump.of(migrated);
            for (Edit edit : Evolutions.of(set)) {
                if (edit.usesRenamedFrom() && !renamedFromAvailable()) {
                    AcceptanceReport.add(TABLE, "| " + set + " | " + EntitiesAcceptanceIT.name(kind) + " | " + edit.name()
                            + " | **NOT RUN**: `@RenamedFrom` (retort-annotations) is not on the class path | | |");
                    continue;
                }
                sources = edit.applyTo(sources);
                Path classes = EntityCompiler.compile(sources);
                project.model(classes);
                EntitiesAcceptanceIT.Steps steps = new EntitiesAcceptanceIT.Steps();
                String[] after = new String[1];
                steps.run("revision", () -> {
                    Path script = project.autogenerate(edit.name());
                    EntitiesAcceptanceIT.require(script != null, "no revision written");
                    return script.getFileName().toString().replaceFirst("^\\d+_", "").replaceFirst("_.*", "");
                });
                steps.run("upgrade", () -> {
                    project.upgrade();
                    after[0] = NativeDump.of(migrated);
                    try (Target reference = Target.create(kind)) {
                        HibernateBoot.create(classes, set, reference);
                        DumpComparison comparison = DumpComparison.of(kind, after[0], migrated.name(),
                                NativeDump.of(reference), reference.name());
                        List<String> unexplained = AcceptanceReport.explain(DIFFERENCES,
                                set + ", " + EntitiesAcceptanceIT.name(kind) + ", " + edit.name(), kind, comparison);
                        EntitiesAcceptanceIT.require(unexplained.isEmpty(),
                                "unexplained dump differences:\n" + String.join("\n", unexplained));
                        return comparison.summary();
                    }
                });
                String previous = before;
                steps.run("downgrade", () -> {
                    project.downgrade("-1");
                    DumpComparison back = DumpComparison.exact(kind, previous, NativeDump.of(migrated), migrated.name());
                    EntitiesAcceptanceIT.require(back.equal(), "the downgrade did not return to the dump before:\n"
                            + String.join("\n", back.describe()));
                    project.upgrade();
                    return back.summary();
                });
                AcceptanceReport.add(TABLE, "| " + set + " | " + EntitiesAcceptanceIT.name(kind) + " | " + edit.name()
                        + " | " + String.join(" | ", steps.cells()) + " |");
                steps.failures().forEach(failure -> failures.add(edit.name() + ": " + failure));
                if (!steps.failures().isEmpty()) {
                    break;
                }
                before = after[0];
            }
        }
        assertEquals(List.of(), failures, set + " on " + kind);
    }

    private static boolean renamedFromAvailable() {
        try {
            Class.forName("dev.retort.annotations.RenamedFrom");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @AfterAll
    static void report() {
        AcceptanceReport.write("EntitiesAcceptanceIT, EvolutionsIT");
    }
}
