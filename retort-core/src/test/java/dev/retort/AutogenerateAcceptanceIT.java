package dev.retort;

import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.reflect.SharedSchemas;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The acceptance of autogenerate on real schemas (issue 4), measured the way a user would: through
 * {@link Retort} on a project whose model is the real file, against each database's own dump.
 *
 * <ol>
 * <li>Every schema of {@code testdata/schemas} ({@link SharedSchemas#all}, loaded as the reflection
 *     acceptance loads it): an empty database and the file as the model; autogenerate, upgrade, dump
 *     and compare with a direct load of the file into another fresh database; {@code check} clean; a
 *     second autogenerate writes nothing; {@code downgrade base} leaves no table.</li>
 * <li>DB-GPT's releases in version order (MariaDB): a database at release N (loaded directly), the
 *     model release N+1; autogenerate, upgrade, compare with a direct load of N+1, check, second
 *     autogenerate empty, {@code downgrade -1} compares with the direct load of N.</li>
 * </ol>
 *
 * Exactness is asserted for every case, except the known exceptions of {@link KnownExceptions}, each
 * with its reason; a known exception must still hold everything its tolerance does not take out, and
 * one that becomes exact fails too, so that the list stays true. Writes
 * {@code target/autogenerate-acceptance.md}; {@code ACCEPTANCE_ONLY} (a label substring) runs a subset.
 */
class AutogenerateAcceptanceIT {

    private static final List<AcceptanceRun.Outcome> FILES = new ArrayList<>();
    private static final List<AcceptanceRun.Outcome> STEPS = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> everyRealSchemaFromAnEmptyDatabase() {
        return SharedSchemas.all(SharedSchemas.root()).stream()
                .filter(schemaCase -> selected(schemaCase.label()))
                .map(schemaCase -> DynamicTest.dynamicTest(schemaCase.label(), () -> {
                    KnownExceptions.Known known = KnownExceptions.of(schemaCase.label());
                    record(FILES, AcceptanceRun.fromEmpty(schemaCase, schemaCase.files(), tolerance(known)), known);
                }));
    }

    @TestFactory
    Stream<DynamicTest> dbgptReleaseByRelease() {
        List<Path> releases = dbgptReleases();
        return IntStream.range(0, releases.size() - 1)
                .mapToObj(i -> List.of(releases.get(i), releases.get(i + 1)))
                .filter(pair -> selected(stepLabel(pair.get(0), pair.get(1))))
                .map(pair -> DynamicTest.dynamicTest(stepLabel(pair.get(0), pair.get(1)), () -> {
                    String label = stepLabel(pair.get(0), pair.get(1));
                    KnownExceptions.Known known = KnownExceptions.of(label);
                    record(STEPS, AcceptanceRun.step(label, TestDatabase.Kind.MYSQL, pair.get(0), pair.get(1),
                            tolerance(known)), known);
                }));
    }

    private static String stepLabel(Path from, Path to) {
        return "dbgpt " + name(from) + " -> " + name(to);
    }

    /** v0.5.0 … v0.8.2 by version number, then dbgpt-main.sql. */
    static List<Path> dbgptReleases() {
        Path dir = SharedSchemas.root().resolve("dbgpt");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> releases = new ArrayList<>(files.filter(file -> name(file).matches("v[0-9.]+")).toList());
            releases.sort(Comparator.comparing(AutogenerateAcceptanceIT::version));
            releases.add(dir.resolve("dbgpt-main.sql"));
            return releases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version(Path release) {
        StringBuilder key = new StringBuilder();
        for (String part : name(release).substring(1).split("\\.")) {
            key.append(String.format("%05d", Integer.parseInt(part)));
        }
        return key.toString();
    }

    private static String name(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".sql") ? name.substring(0, name.length() - 4) : name;
    }

    private static boolean selected(String label) {
        String only = System.getenv("ACCEPTANCE_ONLY");
        return only == null || only.isBlank() || label.contains(only);
    }

    private static UnaryOperator<String> tolerance(KnownExceptions.Known known) {
        return known == null ? UnaryOperator.identity() : known.tolerance();
    }

    private static void record(List<AcceptanceRun.Outcome> outcomes, AcceptanceRun.Outcome outcome,
                               KnownExceptions.Known known) throws IOException {
        synchronized (outcomes) {
            outcomes.add(outcome);
        }
        writeReport();
        if (known == null && !outcome.exact()) {
            fail(outcome.label() + " is not exact: " + outcome.problem());
        }
        if (known != null && outcome.exact()) {
            fail(outcome.label() + " is exact now: take it off the known exceptions (" + known.reason() + ")");
        }
        if (known != null && known.tolerance() != null && !outcome.exactWithinTolerance()) {
            fail(outcome.label() + " differs beyond its known exception (" + known.reason() + "): " + outcome.problem());
        }
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("autogenerate-acceptance.md"), AcceptanceReport.render(FILES, STEPS));
    }
}
