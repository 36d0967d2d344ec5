package dev.retort.command;

import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.reflect.SharedSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The acceptance of autogenerate on every real schema of {@code shared/schemas}. Writes
 * {@code target/autogenerate-acceptance.md}.
 */
class AutogenerateAcceptanceIT {

    private static final List<AcceptanceRun.Outcome> OUTCOMES = new ArrayList<>();

    /** Cases not exact yet, each with the reason; a case listed here that becomes exact fails too. */
    private static final Map<String, String> KNOWN = Map.of();

    @TestFactory
    Stream<DynamicTest> everyRealSchemaFromAnEmptyDatabase() {
        String only = System.getenv("ACCEPTANCE_ONLY");
        return SharedSchemas.all(SharedSchemas.root()).stream()
                .filter(schemaCase -> only == null || schemaCase.label().contains(only))
                .map(schemaCase -> DynamicTest.dynamicTest(schemaCase.label(), () -> {
                    AcceptanceRun.Outcome outcome = AcceptanceRun.fromEmpty(schemaCase, schemaCase.files());
                    record(outcome);
                }));
    }

    private static void record(AcceptanceRun.Outcome outcome) throws IOException {
        OUTCOMES.add(outcome);
        writeReport();
        String known = KNOWN.get(outcome.label());
        if (outcome.exact() && known != null) {
            fail(outcome.label() + " is exact now: remove it from the known exceptions (" + known + ")");
        }
        if (!outcome.exact() && known == null) {
            fail(outcome.label() + " is not exact: " + outcome.problem());
        }
    }

    @AfterAll
    static void writeReport() throws IOException {
        StringBuilder report = new StringBuilder("# Autogenerate acceptance\n\n")
                .append("| file | dialect | ops | dump equal | check clean | 2nd autogenerate empty | downgrade clean | problem |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (AcceptanceRun.Outcome outcome : OUTCOMES) {
            report.append("| ").append(outcome.label()).append(" | ").append(outcome.dialect()).append(" | ")
                    .append(outcome.ops()).append(" | ").append(mark(outcome.dumpEqual())).append(" | ")
                    .append(mark(outcome.checkClean())).append(" | ").append(mark(outcome.secondEmpty())).append(" | ")
                    .append(mark(outcome.downgradeClean())).append(" | ").append(outcome.problem().replace("|", "/"))
                    .append(" |\n");
        }
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("autogenerate-acceptance.md"), report);
    }

    private static String mark(Boolean value) {
        return value == null ? "–" : value ? "yes" : "**no**";
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
