package dev.retort.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.op.MigrationOp;
import dev.retort.schema.Identity;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The exact-SQL tests cover every op kind only if the catalog holds one of each. */
class OpCatalogTest {

    @Test
    void theCatalogHasAnOpOfEveryKindAndEachFitsTheSchema() {
        Set<Class<?>> kinds = Arrays.stream(MigrationOp.class.getPermittedSubclasses()).collect(Collectors.toSet());
        Set<Class<?>> covered = OpCatalog.ops(Identity.Kind.BY_DEFAULT).values().stream()
                .map(Object::getClass).collect(Collectors.toSet());
        assertEquals(kinds, covered);
        OpCatalog.ops(Identity.Kind.BY_DEFAULT).values()
                .forEach(op -> SchemaTracker.apply(OpCatalog.schema(Identity.Kind.BY_DEFAULT), op));
    }
}
