package dev.retort;

import dev.retort.op.AlterColumn;
import dev.retort.op.MigrationOp;
import dev.retort.reflect.SharedSchemas;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One acceptance run of autogenerate on a real schema: the steps of the issue, each recorded as it
 * happens so that a failure in one step still reports the others.
 */
final class AcceptanceRun {

    /**
     * What one case measured. A {@code null} check means the step did not run (an earlier one failed).
     *
     * @param label          the file or step
     * @param dialect        the database
     * @param unchangedOps   operations the model gives against a direct load of itself (criterion 3): -1 when
     *                       that failed, null where not measured (DB-GPT steps)
     * @param ops            operations the first autogenerate wrote (-1: it failed)
     * @param dumpEqual      the upgraded database dumps like a direct load of the model
     * @param checkClean     {@code retort check} passed
     * @param secondEmpty    a second autogenerate wrote nothing
     * @param downgradeClean the downgrade restored the starting point
     * @param tolerated      every dump compared equal once a known exception's difference was taken out
     * @param problem        what went wrong, for the report; empty when exact
     * @param seconds        how long the case took, loading and dumping included
     */
    record Outcome(String label, String dialect, Integer unchangedOps, int ops, Boolean dumpEqual, Boolean checkClean,
                   Boolean secondEmpty, Boolean downgradeClean, boolean tolerated, String problem, double seconds) {
        boolean exact() {
            return unchangedClean() && Boolean.TRUE.equals(dumpEqual) && Boolean.TRUE.equals(checkClean) && Boolean.TRUE.equals(secondEmpty)
                    && Boolean.TRUE.equals(downgradeClean);
        }

        /** The model compared with zero ops against a direct load of itself, or that was not measured. */
        boolean unchangedClean() {
            return unchangedOps == null || unchangedOps == 0;
        }

        /** Exact apart from what a known exception's tolerance takes out of the dumps. */
        boolean exactWithinTolerance() {
            return unchangedClean() && dumpEqual != null && downgradeClean != null && tolerated && Boolean.TRUE.equals(checkClean)
                    && Boolean.TRUE.equals(secondEmpty);
        }
    }

    private AcceptanceRun() {
    }

    /**
     * A project with a retort.toml pointing at the database, the model being the files. It lives under
     * {@code target/autogenerate-acceptance/projects/}, so the generated revisions can be read after a run.
     */
    static Retort project(String label, FreshDatabase database, List<Path> model) {
        try {
            Path directory = Path.of("target", "autogenerate-acceptance", "projects", slug(label)).toAbsolutePath();
            deleteTree(directory);
            Files.createDirectories(directory);
            StringBuilder toml = new StringBuilder("url = \"" + database.url() + "\"\n");
            if (database.user() != null) {
                toml.append("user = \"").append(database.user()).append("\"\n");
            }
            if (database.password() != null && !database.password().isEmpty()) {
                toml.append("password = \"").append(database.password()).append("\"\n");
            }
            List<String> schemas = FreshDatabase.schemasOf(label);
            if (!schemas.isEmpty()) {
                toml.append("schemas = [").append(schemas.stream().map(schema -> "\"" + schema + "\"")
                        .collect(Collectors.joining(", "))).append("]\n");
            }
            toml.append("model = [").append(model.stream().map(file -> "\"" + file.toAbsolutePath() + "\"")
                    .collect(Collectors.joining(", "))).append("]\n");
            Files.writeString(directory.resolve("retort.toml"), toml);
            return Retort.builder().projectDirectory(directory).readEnvironment(false).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String slug(String label) {
        return label.replaceAll("[^A-Za-z0-9.]+", "_");
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Criterion 1: empty database, the case's files as the model; autogenerate, upgrade, compare dumps
     * with a direct load, check, autogenerate again, downgrade to base.
     */
    static Outcome fromEmpty(SharedSchemas.Case schemaCase, List<Path> model, UnaryOperator<String> tolerance)
            throws SQLException {
        String h2Mode = schemaCase.kind() == TestDatabase.Kind.H2 ? schemaCase.option() : null;
        CaseRecorder recorder = new CaseRecorder(schemaCase.label(), schemaCase.kind().name().toLowerCase(Locale.ROOT),
                tolerance);
        try (FreshDatabase target = FreshDatabase.create(schemaCase.kind(), h2Mode);
             FreshDatabase reference = FreshDatabase.create(schemaCase.kind(), h2Mode)) {
            List<String> loadErrors = reference.load(schemaCase);
            if (!loadErrors.isEmpty()) {
                recorder.note("direct load: " + loadErrors.size() + " file(s) failed, first " + loadErrors.get(0));
            }
            recorder.unchangedOps = -1;
            recorder.run(() -> recorder.unchangedOps = unchanged(recorder, project(schemaCase.label() + " unchanged", reference, model)));
            Retort retort = project(schemaCase.label(), target, model);
            recorder.run(() -> {
                Retort.Generated generated = retort.autogenerate("init", AutogenerateOptions.defaults());
                recorder.ops = generated.changes().upgrade().size();
                retort.upgrade("head");
                recorder.dumpEqual = recorder.compare("after upgrade", target.dump(), reference.dump());
                recorder.checkClean = check(recorder, retort);
                recorder.secondEmpty = secondEmpty(recorder, retort);
                retort.downgrade("base");
                List<String> left = target.userTables();
                recorder.downgradeClean = left.isEmpty();
                if (!left.isEmpty()) {
                    recorder.note("downgrade base left " + left.size() + " table(s): " + CaseRecorder.first(left, 5));
                }
            });
            return recorder.outcome();
        }
    }

    /**
     * Criterion 2: a database at release {@code from} (loaded directly), the model release {@code to};
     * autogenerate, upgrade, compare with a direct load of {@code to}, check, autogenerate again,
     * downgrade one step and compare with the direct load of {@code from}.
     */
    static Outcome step(String label, TestDatabase.Kind kind, Path from, Path to,
                        UnaryOperator<String> tolerance) throws SQLException {
        CaseRecorder recorder = new CaseRecorder(label, kind.name().toLowerCase(Locale.ROOT), tolerance);
        try (FreshDatabase target = FreshDatabase.create(kind, null);
             FreshDatabase reference = FreshDatabase.create(kind, null)) {
            List<String> errors = new ArrayList<>(target.load(List.of(from), null, false));
            errors.addAll(reference.load(List.of(to), null, false));
            if (!errors.isEmpty()) {
                recorder.note("direct load failed: " + errors.get(0));
            }
            String before = target.dump();
            Retort retort = project(label, target, List.of(to));
            recorder.run(() -> {
                Retort.Generated generated = retort.autogenerate("to " + to.getFileName(), AutogenerateOptions.defaults());
                recorder.ops = generated.changes().upgrade().size();
                retort.upgrade("head");
                recorder.dumpEqual = recorder.compare("after upgrade", target.dump(), reference.dump());
                recorder.checkClean = check(recorder, retort);
                recorder.secondEmpty = secondEmpty(recorder, retort);
                if (generated.script() != null) {
                    // equal releases write no revision, so there is nothing to step down from
                    retort.downgrade("-1");
                }
                recorder.downgradeClean = recorder.compare("after downgrade", target.dump(), before);
            });
            return recorder.outcome();
        }
    }

    /** Criterion 3: the model against a direct load of itself; the number of ops (zero when exact). */
    private static int unchanged(CaseRecorder recorder, Retort direct) {
        Changes changes = direct.diff(AutogenerateOptions.defaults());
        if (!changes.isEmpty()) {
            recorder.note("unchanged schema: " + describe(changes));
        }
        if (!changes.skipped().isEmpty()) {
            recorder.note("unchanged schema: " + changes.skipped().size() + " skipped, first "
                    + changes.skipped().get(0).object() + ": " + changes.skipped().get(0).reason());
        }
        return changes.upgrade().size();
    }

    private static boolean check(CaseRecorder recorder, Retort retort) {
        boolean clean = retort.check().ok();
        if (!clean) {
            recorder.note("check: " + drift(retort));
        }
        return clean;
    }

    private static boolean secondEmpty(CaseRecorder recorder, Retort retort) throws IOException {
        Retort.Generated second = retort.autogenerate("again", AutogenerateOptions.defaults());
        if (second.script() == null) {
            return true;
        }
        recorder.note("second autogenerate: " + describe(second.changes()));
        Files.delete(java.nio.file.Path.of(second.script().location()));
        return false;
    }

    static String describe(Changes changes) {
        String detail = changes.upgrade().isEmpty() ? "" : " (first: " + detail(changes.upgrade().get(0).op()) + ")";
        return changes.upgrade().size() + " op(s): " + CaseRecorder.first(changes.upgrade().stream().map(Changes.Step::description)
                .toList(), 4) + detail;
    }

    /** An alter column's before and after, which its description leaves out. */
    private static String detail(MigrationOp op) {
        if (op instanceof AlterColumn alter) {
            return alter.before() + " -> " + alter.after();
        }
        String text = op.toString();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String drift(Retort retort) {
        Retort.Check check = retort.check();
        if (!check.status().upToDate()) {
            return "not up to date: " + check.status().problems();
        }
        return check.drift() == null ? "?" : describe(check.drift());
    }

}
