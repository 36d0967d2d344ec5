package dev.retort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Collects one acceptance case's results as its steps run, and compares its dumps: exactly, and under
 * the case's known exception. Not thread-safe.
 */
final class CaseRecorder {

    /** A step that may throw. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    private final String label;
    private final String dialect;
    private final UnaryOperator<String> tolerance;
    private boolean tolerated = true;
    private final long started = System.nanoTime();
    private final List<String> notes = new ArrayList<>();
    Integer unchangedOps;
    int ops = -1;
    Boolean dumpEqual;
    Boolean checkClean;
    Boolean secondEmpty;
    Boolean downgradeClean;

    CaseRecorder(String label, String dialect, UnaryOperator<String> tolerance) {
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

    AcceptanceRun.Outcome outcome() {
        return new AcceptanceRun.Outcome(label, dialect, unchangedOps, ops, dumpEqual, checkClean, secondEmpty, downgradeClean, tolerated,
                String.join("; ", notes), (System.nanoTime() - started) / 1e9);
    }

    /**
     * Equal dumps; otherwise a note with the lines only one side has (after the tolerance, when the
     * difference is not all tolerated) and the comparison's result under the tolerance.
     */
    boolean compare(String when, String actual, String expected) {
        if (actual.equals(expected)) {
            return true;
        }
        keep(label + " " + when, actual, expected);
        String tolerantActual = tolerance.apply(actual);
        String tolerantExpected = tolerance.apply(expected);
        boolean withinTolerance = tolerantActual.equals(tolerantExpected);
        tolerated &= withinTolerance;
        List<String> a = (withinTolerance ? actual : tolerantActual).lines().toList();
        List<String> b = (withinTolerance ? expected : tolerantExpected).lines().toList();
        List<String> onlyActual = minus(a, b);
        List<String> onlyExpected = minus(b, a);
        if (onlyActual.isEmpty() && onlyExpected.isEmpty()) {
            note("dump " + when + " differs" + (withinTolerance ? " (only as the known exception says)" : "")
                    + ": the same lines in another order, first at " + firstDifference(a, b));
            return false;
        }
        note("dump " + when + " differs" + (withinTolerance ? " (only as the known exception says)" : "")
                + ": only Retort's has " + onlyActual.size() + " line(s) " + first(onlyActual, 3)
                + "; only the direct load's has " + onlyExpected.size() + " line(s) " + first(onlyExpected, 3));
        return false;
    }

    /** Writes both dumps under target/autogenerate-acceptance/ for a look at the whole difference. */
    private static void keep(String name, String actual, String expected) {
        try {
            Path directory = Path.of("target", "autogenerate-acceptance");
            Files.createDirectories(directory);
            String slug = AcceptanceRun.slug(name);
            Files.writeString(directory.resolve(slug + ".retort.txt"), actual);
            Files.writeString(directory.resolve(slug + ".direct.txt"), expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where two lists of lines first differ, with both lines. */
    private static String firstDifference(List<String> a, List<String> b) {
        int i = 0;
        while (i < Math.min(a.size(), b.size()) && a.get(i).equals(b.get(i))) {
            i++;
        }
        return "line " + (i + 1) + ": Retort's " + first(a.subList(i, Math.min(i + 1, a.size())), 1) + ", the direct load's "
                + first(b.subList(i, Math.min(i + 1, b.size())), 1);
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
}
