package dev.retort.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The comparison's own check: two databases Hibernate creates from the same entities have equal
 * native dumps once sorted and masked, so any difference the acceptance finds is Retort's.
 */
class ReferenceDumpsIT {

    @ParameterizedTest
    @EnumSource(Target.Kind.class)
    void hibernateCreatesTheSameSchemaTwice(Target.Kind kind) {
        Path classes = EntityCompiler.compile(EntitySources.of(EntitySet.PETCLINIC));
        try (Target first = Target.create(kind); Target second = Target.create(kind)) {
            HibernateBoot.create(classes, EntitySet.PETCLINIC, first);
            HibernateBoot.create(classes, EntitySet.PETCLINIC, second);
            String dump = NativeDump.of(first);
            assertTrue(dump.toLowerCase(java.util.Locale.ROOT).contains("owners"), dump);
            DumpComparison comparison = DumpComparison.of(kind, dump, first.name(), NativeDump.of(second), second.name());
            assertTrue(comparison.equal(), String.join("\n", comparison.describe()));
            HibernateBoot.validate(classes, EntitySet.PETCLINIC, second);
        }
    }
}
