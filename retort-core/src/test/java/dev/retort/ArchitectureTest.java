package dev.retort;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package arrows of DESIGN.md (and package-info.java) true. */
class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.retort");
    }

    private static void only(String pkg, String... allowed) {
        List<String> packages = new ArrayList<>(List.of("java..", "javax..", "dev.retort", "dev.retort.internal..", "dev.retort.spi..",
                "dev.retort." + pkg + ".."));
        for (String other : allowed) {
            packages.add("dev.retort." + other + "..");
        }
        classes().that().resideInAPackage("dev.retort." + pkg + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(packages.toArray(String[]::new))
                .allowEmptyShould(true)
                .check(core);
    }

    @Test
    void theCoreIsPure() {
        only("schema");
        only("op", "schema");
        only("diff", "schema", "op");
        only("revision");
        only("sql");
    }

    @Test
    void layersFollowTheData() {
        only("ddl", "schema", "op", "sql");
        only("reflect", "schema", "sql");
        only("lock", "sql");
        only("script", "revision", "op", "schema", "sql");
        only("config");
        only("runtime", "revision", "script", "op", "ddl", "dialect", "lock", "sql", "schema", "diff", "reflect");
    }

    @Test
    void theDialectSpiSeesNothingAboveIt() {
        only("spi", "schema", "op", "diff", "sql", "ddl", "reflect");
        only("dialect", "schema", "op", "diff", "sql", "ddl", "reflect", "lock");
    }

    @Test
    void noDialectUsesAnother() {
        String[] dialects = {"sqlite", "postgres", "mysql", "h2"};
        for (String dialect : dialects) {
            for (String other : dialects) {
                if (!other.equals(dialect)) {
                    noClasses().that().resideInAPackage("dev.retort.dialect." + dialect + "..")
                            .should().dependOnClassesThat().resideInAPackage("dev.retort.dialect." + other + "..")
                            .check(core);
                }
            }
        }
    }

    @Test
    void internalHelpersDependOnNothingOfRetort() {
        only("internal");
    }

    @Test
    void onlyConfigReadsTheEnvironment() {
        noClasses().that().resideOutsideOfPackage("dev.retort.config..")
                .should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class, String.class)
                .check(core);
    }
}
