package dev.retort.bench;

import java.nio.file.Path;

/**
 * The body of the per-tool main classes the whole-process scenario launches: one upgrade to head,
 * then {@code applied=N elapsed_ns=T} on standard output, where T is the in-process time of the
 * upgrade call alone. Arguments: {@code DATABASE_PROJECTS URL USER PASSWORD}, "-" for none.
 */
final class ToolProcess {

    private ToolProcess() {
    }

    static void run(Tool tool, String[] args) {
        if (args.length != 4) {
            System.err.println("usage: " + tool.label() + "Main DATABASE_PROJECTS URL USER|- PASSWORD|-");
            System.exit(2);
        }
        BenchDatabase.Target target = new BenchDatabase.Target(args[1], none(args[2]), none(args[3]));
        Tuning.quietLogging();
        long start = System.nanoTime();
        try {
            int applied = tool.upgrade(Path.of(args[0]), target);
            long elapsed = System.nanoTime() - start;
            System.out.println("applied=" + applied + " elapsed_ns=" + elapsed);
        } catch (RuntimeException e) {
            System.err.println(tool.label() + " upgrade failed: " + e);
            System.exit(3);
        }
    }

    private static String none(String value) {
        return value.equals("-") ? null : value;
    }
}
