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
        List<String> packages = new ArrayList<>(List.of("java..", "javax..", "dev.retort", "dev.retort.internal..",
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
        only("diff", "schema", "op", "spi");
        only("revision");
        only("sql", "spi");
    }

    @Test
    void layersFollowTheData() {
        only("ddl", "schema", "op", "sql", "spi");
        only("reflect", "schema", "sql", "spi");
        only("lock", "sql", "spi");
        only("script", "revision", "op", "schema", "sql", "spi");
        only("config");
        only("runtime", "revision", "script", "op", "ddl", "lock", "sql", "schema", "diff", "reflect", "spi");
        only("model", "schema", "sql", "reflect", "spi");
    }

    @Test
    void theDialectSpiSeesNothingAboveIt() {
        only("spi", "schema", "op", "diff", "sql", "ddl", "reflect");
        only("dialect", "schema", "op", "diff", "sql", "ddl", "reflect", "lock", "spi");
    }

    @Test
    void onlyTheRootPackageUsesTheFacade() {
        // the root package also holds values every layer may use (RetortException, StepResult, Direction…);
        // the facade and its use cases sit above every other package
        noClasses().that().resideOutsideOfPackage("dev.retort")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.retort.Retort")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.retort.RetortBuilder")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.retort.Reports")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.retort.Init")
                .check(core);
    }

    @Test
    void noDialectIsNamedOutsideItsPackage() {
        // dialects are found through ServiceLoader; nothing else of the core names one
        noClasses().that().resideOutsideOfPackage("dev.retort.dialect..")
                .should().dependOnClassesThat().resideInAPackage("dev.retort.dialect..")
                .check(core);
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
