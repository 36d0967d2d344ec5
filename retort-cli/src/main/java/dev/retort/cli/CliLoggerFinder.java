package dev.retort.cli;

import dev.retort.Redaction;
import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Where the library's {@code System.Logger} output goes in the command line: one line per message on
 * standard error, {@code LEVEL: message}, warnings and above by default, information too with
 * {@code -v}, errors only with {@code -q}. Registered as the JVM's logger finder (a service of the
 * shaded jar), so java.util.logging, whose start-up costs a short command a tenth of its time, is
 * never initialised. Secrets in a line are masked ({@link Redaction#mask(String)}). Thread-safe.
 */
public final class CliLoggerFinder extends System.LoggerFinder {

    private static final String STEPS = "dev.retort.steps";

    private static volatile System.Logger.Level threshold = System.Logger.Level.WARNING;

    /** Sets what is printed, from the command line's {@code -v} and {@code -q}. */
    static void configure(boolean verbose, boolean quiet) {
        threshold = verbose ? System.Logger.Level.INFO : quiet ? System.Logger.Level.ERROR : System.Logger.Level.WARNING;
    }

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new CliLogger(name);
    }

    /** One named logger; all share the threshold and the stream. */
    private record CliLogger(String name) implements System.Logger {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isLoggable(Level level) {
            // the command prints each step and lock wait itself; the library's step log would say it twice
            if (name.equals(STEPS) && level.getSeverity() < Level.WARNING.getSeverity()) {
                return false;
            }
            return level != Level.OFF && level.getSeverity() >= threshold.getSeverity();
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            if (isLoggable(level)) {
                print(level, message, thrown);
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            if (isLoggable(level)) {
                print(level, params == null || params.length == 0 ? format : MessageFormat.format(format, params), null);
            }
        }

        @Override
        public void log(Level level, Supplier<String> message) {
            if (isLoggable(level)) {
                print(level, message.get(), null);
            }
        }

        private static void print(Level level, String message, Throwable thrown) {
            PrintStream out = System.err;
            out.println(Redaction.mask(level.getName() + ": " + message + (thrown == null ? "" : " (" + thrown + ")")));
            out.flush();
        }
    }
}
