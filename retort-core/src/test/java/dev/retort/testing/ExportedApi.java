package dev.retort.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The packages of retort-core that its users may use, and the ArchUnit rule that holds a user to them: the
 * command line, the example application and every integration check their classes with {@link #onlyExported}.
 * {@code docs/architecture.md} gives the reason for each.
 */
public final class ExportedApi {

    /** The facade, the Java model API, the schema and op values, and the dialect SPI. */
    public static final List<String> PACKAGES =
            List.of("dev.retort", "dev.retort.model", "dev.retort.schema", "dev.retort.op", "dev.retort.spi");

    /**
     * Public classes of an exported package that are not for users: the model loaders, which the facade calls
     * across packages (see docs/architecture.md: they leave {@code model} once its PostgreSQL parts have moved).
     */
    public static final List<String> INTERNAL_CLASSES = List.of("dev.retort.model.SqlModel", "dev.retort.model.JavaModel");

    private ExportedApi() {
    }

    /**
     * No class of the given packages depends on a class of retort-core outside {@link #PACKAGES}.
     *
     * @param userPackages the packages of the user's classes, such as {@code "dev.retort.cli.."}
     * @return the rule, to check against the user's imported classes
     */
    public static ArchRule onlyExported(String... userPackages) {
        return noClasses().that().resideInAnyPackage(userPackages)
                .should().dependOnClassesThat(internal(userPackages))
                .because("retort-core exports only " + PACKAGES + "; everything else may change without notice");
    }

    private static DescribedPredicate<JavaClass> internal(String... userPackages) {
        return DescribedPredicate.describe("are retort-core classes outside its exported packages", type -> {
            String name = type.getPackageName();
            if (!name.startsWith("dev.retort.") && !name.equals("dev.retort")) {
                return false;
            }
            for (String user : userPackages) {
                String base = user.endsWith("..") ? user.substring(0, user.length() - 2) : user;
                if (name.equals(base) || name.startsWith(base + ".")) {
                    return false;
                }
            }
            return !PACKAGES.contains(name) || INTERNAL_CLASSES.contains(type.getName().replaceAll("\\$.*", ""));
        });
    }
}
