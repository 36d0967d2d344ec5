package dev.retort.example;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.retort.testing.ExportedApi;
import org.junit.jupiter.api.Test;

/** The example application uses only retort-core's exported packages, as every application and integration must. */
class ExportedApiTest {

    @Test
    void usesOnlyExportedPackages() {
        // dev.retort.hibernate is retort-hibernate's public API (HibernateModel), not a retort-core package; the
        // rule tells retort-core's packages by name, so it is named beside the application's own.
        ExportedApi.onlyExported("dev.retort.example..", "dev.retort.hibernate..").check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.retort.example"));
    }
}
