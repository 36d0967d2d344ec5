package dev.retort.command;

import dev.retort.reflect.SharedSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
     * @param ops            operations the first autogenerate wrote (-1: it failed)
     * @param dumpEqual      the upgraded database dumps like a direct load of the model
     * @param checkClean     {@code retort check} passed
     * @param secondEmpty    a second autogenerate wrote nothing
     * @param downgradeClean the downgrade restored the starting point
     * @param tolerated      every dump compared equal once a known exception's difference was taken out
     * @param problem        what went wrong, for the report; empty when exact
     */
    record Outcome(String label, String dialect, int ops, Boolean dumpEqual, Boolean checkClean, Boolean secondEmpty,
                   Boolean downgradeClean, boolean tolerated, String problem) {
        boolean exact() {
            return Boolean.TRUE.equals(dumpEqual) && Boolean.TRUE.equals(checkClean) && Boolean.TRUE.equals(secondEmpty)
                    && Boolean.TRUE.equals(downgradeClean);
        }

        /** Exact apart from what a known exception's tolerance takes out of the dumps. */
        boolean exactWithinTolerance() {
            return dumpEqual != null && downgradeClean != null && tolerated && Boolean.TRUE.equals(checkClean)
                    && Boolean.TRUE.equals(secondEmpty);
        }
    }

    private AcceptanceRun() {
    }

    /** A project directory with a retort.toml pointing at the database, the model being the files. */
    static Retort project(FreshDatabase database, List<Path> model) {
        try {
            Path directory = Files.createTempDirectory("retort-acceptance");
            StringBuilder toml = new StringBuilder("url = \"" + database.url() + "\"\n");
            if (database.user() != null) {
                toml.append("user = \"").append(database.user()).append("\"\n");
            }
            if (database.password() != null && !database.password().isEmpty()) {
                toml.append("password = \"").append(database.password()).append("\"\n");
            }
            toml.append("model = [").append(model.stream().map(file -> "\"" + file.toAbsolutePath() + "\"")
                    .collect(Collectors.joining(", "))).append("]\n");
            Files.writeString(directory.resolve("retort.toml"), toml);
            return Retort.builder().projectDirectory(directory).readEnvironment(false).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Criterion 1: empty database, the case's files as the model; autogenerate, upgrade, compare dumps
     * with a direct load, check, autogenerate again, downgrade to base.
     */
    static Outcome fromEmpty(SharedSchemas.Case schemaCase, List<Path> model, java.util.function.UnaryOperator<String> tolerance)
            throws SQLException {
        String h2Mode = schemaCase.kind() == dev.retort.testing.TestDatabase.Kind.H2 ? schemaCase.option() : null;
        try (FreshDatabase target = FreshDatabase.create(schemaCase.kind(), h2Mode);
             FreshDatabase reference = FreshDatabase.create(schemaCase.kind(), h2Mode)) {
            List<String> loadErrors = reference.load(schemaCase);
            Recorder recorder = new Recorder(schemaCase.label(), schemaCase.kind().name().toLowerCase(java.util.Locale.ROOT),
                    tolerance);
            if (!loadErrors.isEmpty()) {
                recorder.note("direct load: " + loadErrors.size() + " file(s) failed, first " + loadErrors.get(0));
            }
            Retort retort = project(target, model);
            recorder.run(() -> {
                Retort.Generated generated = retort.autogenerate("init", AutogenerateOptions.defaults());
                recorder.ops = generated.changes().upgrade().size();
                retort.upgrade("head");
                recorder.dumpEqual = compare(recorder, "after upgrade", target.dump(), reference.dump());
                recorder.checkClean = check(recorder, retort);
                recorder.secondEmpty = secondEmpty(recorder, retort);
                retort.downgrade("base");
                List<String> left = target.userTables();
                recorder.downgradeClean = left.isEmpty();
                if (!left.isEmpty()) {
                    recorder.note("downgrade base left " + left.size() + " table(s): " + first(left, 5));
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
    static Outcome step(String label, dev.retort.testing.TestDatabase.Kind kind, Path from, Path to,
                        java.util.function.UnaryOperator<String> tolerance) throws SQLException {
        try (FreshDatabase target = FreshDatabase.create(kind, null);
             FreshDatabase reference = FreshDatabase.create(kind, null)) {
            Recorder recorder = new Recorder(label, kind.name().toLowerCase(java.util.Locale.ROOT), tolerance);
            List<String> errors = new ArrayList<>(target.load(List.of(from), null, false));
            errors.addAll(reference.load(List.of(to), null, false));
            if (!errors.isEmpty()) {
                recorder.note("direct load failed: " + errors.get(0));
            }
            String before = target.dump();
            Retort retort = project(target, List.of(to));
            recorder.run(() -> {
                Retort.Generated generated = retort.autogenerate("to " + to.getFileName(), AutogenerateOptions.defaults());
                recorder.ops = generated.changes().upgrade().size();
                retort.upgrade("head");
                recorder.dumpEqual = compare(recorder, "after upgrade", target.dump(), reference.dump());
                recorder.checkClean = check(recorder, retort);
                recorder.secondEmpty = secondEmpty(recorder, retort);
                if (generated.script() != null) {
                    // equal releases write no revision, so there is nothing to step down from
                    retort.downgrade("-1");
                }
                recorder.downgradeClean = compare(recorder, "after downgrade", target.dump(), before);
            });
            return recorder.outcome();
        }
    }

    private static boolean check(Recorder recorder, Retort retort) {
        boolean clean = retort.check().ok();
        if (!clean) {
            recorder.note("check: " + drift(retort));
        }
        return clean;
    }

    private static boolean secondEmpty(Recorder recorder, Retort retort) throws IOException {
        Retort.Generated second = retort.autogenerate("again", AutogenerateOptions.defaults());
        if (second.script() == null) {
            return true;
        }
        recorder.note("second autogenerate: " + describe(second.changes()));
        Files.delete(second.script().path());
        return false;
    }

    static String describe(Changes changes) {
        String detail = changes.upgrade().isEmpty() ? "" : " (first: " + detail(changes.upgrade().get(0).op()) + ")";
        return changes.upgrade().size() + " op(s): " + first(changes.upgrade().stream().map(step -> step.op().describe())
                .toList(), 4) + detail;
    }

    /** An alter column's before and after, which its description leaves out. */
    private static String detail(dev.retort.op.MigrationOp op) {
        if (op instanceof dev.retort.op.AlterColumn alter) {
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

    /**
     * Equal dumps; otherwise a note with the lines only one side has (after the tolerance, when the
     * difference is not all tolerated) and the comparison's result under the tolerance.
     */
    static boolean compare(Recorder recorder, String when, String actual, String expected) {
        if (actual.equals(expected)) {
            return true;
        }
        keep(recorder.label + " " + when, actual, expected);
        String tolerantActual = recorder.tolerance.apply(actual);
        String tolerantExpected = recorder.tolerance.apply(expected);
        boolean tolerated = tolerantActual.equals(tolerantExpected);
        recorder.tolerated &= tolerated;
        List<String> a = (tolerated ? actual : tolerantActual).lines().toList();
        List<String> b = (tolerated ? expected : tolerantExpected).lines().toList();
        List<String> onlyActual = minus(a, b);
        List<String> onlyExpected = minus(b, a);
        recorder.note("dump " + when + " differs" + (tolerated ? " (only as the known exception says)" : "")
                + ": only Retort's has " + onlyActual.size() + " line(s) " + first(onlyActual, 3)
                + "; only the direct load's has " + onlyExpected.size() + " line(s) " + first(onlyExpected, 3));
        return false;
    }

    /** Writes both dumps under target/autogenerate-acceptance/ for a look at the whole difference. */
    private static void keep(String name, String actual, String expected) {
        try {
            Path directory = Path.of("target", "autogenerate-acceptance");
            Files.createDirectories(directory);
            String slug = name.replaceAll("[^A-Za-z0-9.]+", "_");
            Files.writeString(directory.resolve(slug + ".retort.txt"), actual);
            Files.writeString(directory.resolve(slug + ".direct.txt"), expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of {@code a} not matched by a line of {@code b} (as multisets). */
    static List<String> minus(List<String> a, List<String> b) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        b.forEach(line -> counts.merge(line, 1, Integer::sum));
        List<String> result = new ArrayList<>();
        for (String line : a) {
            Integer count = counts.get(line);
            if (count == null || count == 0) {
                result.add(line);
            } else {
                counts.put(line, count - 1);
            }
        }
        return result;
    }

    static String first(Collection<String> items, int limit) {
        List<String> shown = items.stream().limit(limit).map(item -> "`" + item.strip().replace("|", "/") + "`").toList();
        return String.join(", ", shown) + (items.size() > limit ? ", …" : "");
    }

    /** A step that may throw. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /** Collects one case's results as its steps run. Not thread-safe. */
    static final class Recorder {
        private final String label;
        private final String dialect;
        private final java.util.function.UnaryOperator<String> tolerance;
        private boolean tolerated = true;
        private final List<String> notes = new ArrayList<>();
        int ops = -1;
        Boolean dumpEqual;
        Boolean checkClean;
        Boolean secondEmpty;
        Boolean downgradeClean;

        Recorder(String label, String dialect, java.util.function.UnaryOperator<String> tolerance) {
            this.label = label;
            this.dialect = dialect;
            this.tolerance = tolerance;
        }

        void note(String note) {
            notes.add(note.replace('\n', ' '));
        }

        void run(Step step) {
            try {
                step.run();
            } catch (Exception | AssertionError e) {
                note("failed: " + e.getClass().getSimpleName() + ": " + summary(e));
            }
        }

        /** The message with a long statement cut, the database's error kept; where an exception came from. */
        private static String summary(Throwable e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            int error = message.indexOf("database error:");
            String head = message.substring(0, Math.min(message.length(), 250));
            String text = error > 250 ? head + " … " + message.substring(error, Math.min(message.length(), error + 300)) : head;
            StackTraceElement[] stack = e.getStackTrace();
            if (!message.isEmpty() || stack.length == 0) {
                return text;
            }
            return e + " at " + java.util.Arrays.stream(stack).filter(frame -> frame.getClassName().startsWith("dev.retort"))
                    .limit(4).map(StackTraceElement::toString).collect(Collectors.joining(" < "));
        }

        Outcome outcome() {
            return new Outcome(label, dialect, ops, dumpEqual, checkClean, secondEmpty, downgradeClean, tolerated,
                    String.join("; ", notes));
        }
    }
}
