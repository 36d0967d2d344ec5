package dev.retort.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * Keeps the JDBC drivers' own log lines off the terminal unless {@code -v} asks for them: Retort reports
 * every failure itself, once. PostgreSQL's driver logs through java.util.logging, which this class
 * configures when the JVM first initialises it (as its {@code java.util.logging.config.class}), so that
 * short commands that never load it pay nothing; MariaDB Connector/J has its own console logger,
 * switched off (or, with {@code -v}, sent to java.util.logging) by its system properties. Settings the
 * user gives the JVM ({@code -Djava.util.logging.config.file=…}, {@code -Dmariadb.logging.…}) are left alone.
 */
public final class DriverLogging {

    private static final String QUIET = "handlers=\n.level=OFF\n";

    private static final String VERBOSE = """
            handlers=java.util.logging.ConsoleHandler
            .level=INFO
            java.util.logging.ConsoleHandler.level=INFO
            java.util.logging.SimpleFormatter.format=%4$s: %3$s: %5$s%6$s%n
            """;

    private static volatile boolean verbose;

    /** Called by java.util.logging's {@code LogManager} when it starts, to read the configuration above. */
    public DriverLogging() {
        try {
            LogManager.getLogManager().readConfiguration(
                    new ByteArrayInputStream((verbose ? VERBOSE : QUIET).getBytes(StandardCharsets.ISO_8859_1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets up the drivers' logging for this process; before any driver is loaded. */
    static void configure(boolean verboseOutput) {
        verbose = verboseOutput;
        if (System.getProperty("java.util.logging.config.file") == null
                && System.getProperty("java.util.logging.config.class") == null) {
            System.setProperty("java.util.logging.config.class", DriverLogging.class.getName());
        }
        if (System.getProperty("mariadb.logging.disable") == null && System.getProperty("mariadb.logging.fallback") == null) {
            System.setProperty(verboseOutput ? "mariadb.logging.fallback" : "mariadb.logging.disable",
                    verboseOutput ? "JDK" : "true");
        }
    }
}
