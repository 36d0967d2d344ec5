package dev.retort.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The harness's settings, from {@code --key value} arguments; every one has a default that fits the
 * whole run into about ten minutes on two cores. Immutable.
 *
 * @param root            the Retort checkout (holds bin/retort and retort-cli/target/retort.jar)
 * @param work            scratch space: rendered projects, SQLite files, archives, process output
 * @param out             the Markdown report to write
 * @param scenarios       which of a, b, c, d, e, f, g to run
 * @param wideTables      tables of the wide schema (d, e)
 * @param wideBudgetMillis time each fast measurement of d and e may take (a call of a few hundred ms)
 * @param slowBudgetMillis time Liquibase's snapshots and diffs, and Retort's whole diff call with its model
 *                        load, may take per database before no new call starts (at least one is made)
 * @param startupBudgetMillis time each tool and connection variant of f may take, after its warm-up
 */
record Options(Path root, Path work, Path out, int revisions, long seed, List<String> databases, Set<String> scenarios,
               int firstApplyRuns, long noopWarmupMillis, int noopMinCalls, int noopMaxCalls, long noopBudgetMillis,
               int processRuns, String postgresUrl, String postgresUser, String mariadbUrl, String mariadbUser,
               String commit, boolean keep, int wideTables, long wideBudgetMillis, long slowBudgetMillis,
               long startupBudgetMillis) {

    static final String USAGE = """
            usage (from the Retort checkout's root, or name it with --root):
                   java -jar bench/target/bench.jar [--root DIR] [--work DIR] [--out FILE] [--revisions 100]
                   [--databases postgres,mariadb,sqlite] [--scenarios a,b,c,d,e,f,g] [--first-apply-runs 3]
                   [--noop-warmup-ms 2000] [--noop-min-calls 10] [--noop-max-calls 300] [--noop-budget-ms 4000]
                   [--process-runs 10] [--postgres-url URL] [--postgres-user U] [--mariadb-url URL]
                   [--mariadb-user U] [--commit TEXT] [--seed N] [--keep] [--wide-tables 1000]
                   [--wide-budget-ms 6000] [--slow-budget-ms 15000] [--startup-budget-ms 2000]
            """;

    Options {
        databases = List.copyOf(databases);
        scenarios = Set.copyOf(scenarios);
        if (revisions < 1 || firstApplyRuns < 1 || noopMinCalls < 1 || noopMaxCalls < noopMinCalls || processRuns < 1
                || wideTables < 10 || wideBudgetMillis < 0 || slowBudgetMillis < 0 || startupBudgetMillis < 0) {
            throw new IllegalArgumentException("counts must be positive, --wide-tables at least 10 and budgets not negative (and --noop-max-calls >= --noop-min-calls)\n" + USAGE);
        }
        if (!Files.isRegularFile(root.resolve("bin/retort"))) {
            throw new IllegalArgumentException("no bin/retort under --root " + root.toAbsolutePath()
                    + "; pass the Retort checkout's directory\n" + USAGE);
        }
    }

    static Options parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            } else if (args[i].equals("--keep")) {
                keep = true;
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                values.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'\n" + USAGE);
            }
        }
        Path root = Path.of(take(values, "root", ".")).toAbsolutePath().normalize();
        Options options = new Options(root,
                Path.of(take(values, "work", root.resolve("bench/target/work").toString())).toAbsolutePath(),
                Path.of(take(values, "out", root.resolve("bench/results/latest.md").toString())).toAbsolutePath(),
                Integer.parseInt(take(values, "revisions", "100")),
                Long.parseLong(take(values, "seed", "42")),
                split(take(values, "databases", "postgres,mariadb,sqlite")),
                Set.copyOf(split(take(values, "scenarios", "a,b,c,d,e,f,g"))),
                Integer.parseInt(take(values, "first-apply-runs", "3")),
                Long.parseLong(take(values, "noop-warmup-ms", "2000")),
                Integer.parseInt(take(values, "noop-min-calls", "10")),
                Integer.parseInt(take(values, "noop-max-calls", "300")),
                Long.parseLong(take(values, "noop-budget-ms", "4000")),
                Integer.parseInt(take(values, "process-runs", "10")),
                take(values, "postgres-url", "jdbc:postgresql://127.0.0.1:5432/test"),
                take(values, "postgres-user", "postgres"),
                take(values, "mariadb-url", "jdbc:mariadb://127.0.0.1:3306/test"),
                take(values, "mariadb-user", "root"),
                take(values, "commit", "unknown"),
                keep,
                Integer.parseInt(take(values, "wide-tables", "1000")),
                Long.parseLong(take(values, "wide-budget-ms", "6000")),
                Long.parseLong(take(values, "slow-budget-ms", "15000")),
                Long.parseLong(take(values, "startup-budget-ms", "2000")));
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s) " + values.keySet() + "\n" + USAGE);
        }
        return options;
    }

    private static String take(Map<String, String> values, String key, String fallback) {
        String value = values.remove(key);
        return value == null ? fallback : value;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
