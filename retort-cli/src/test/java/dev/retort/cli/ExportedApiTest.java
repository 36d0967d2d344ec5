package dev.retort.cli;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.retort.testing.ExportedApi;
import org.junit.jupiter.api.Test;

/** The command line uses only retort-core's exported packages, as every application and integration must. */
class ExportedApiTest {

    @Test
    void usesOnlyExportedPackages() {
        ExportedApi.onlyExported("dev.retort.cli..").check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.retort.cli"));
    }
}
