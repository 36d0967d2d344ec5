package dev.retort.maven;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.maven.plugin.logging.Log;

/**
 * Sends what Retort logs ({@code System.Logger}, which without a bridge is java.util.logging) to Maven's log
 * while a goal runs: each step and lock wait becomes an {@code [INFO]} line of that goal instead of two lines
 * of java.util.logging on standard error. Retort logs on the thread that called it, so each thread's records
 * go to its own goal's log, and goals of a parallel build ({@code -T}) share one handler. Closing the last
 * bridge restores the logger as it was. Thread-safe.
 */
final class LogBridge implements AutoCloseable {

    private static final Object LOCK = new Object();
    /** Held here: java.util.logging keeps loggers only weakly, and a collected one would lose its handler. */
    private static Logger logger;
    private static Forwarding handler;
    private static boolean parentHandlers;
    private static int open;

    private LogBridge() {
    }

    static LogBridge install(Log log) {
        synchronized (LOCK) {
            if (open++ == 0) {
                logger = Logger.getLogger("dev.retort");
                parentHandlers = logger.getUseParentHandlers();
                handler = new Forwarding();
                logger.addHandler(handler);
                logger.setUseParentHandlers(false);
            }
            Forwarding.LOGS.set(log);
        }
        return new LogBridge();
    }

    @Override
    public void close() {
        synchronized (LOCK) {
            Forwarding.LOGS.remove();
            if (--open == 0) {
                logger.removeHandler(handler);
                logger.setUseParentHandlers(parentHandlers);
                logger = null;
                handler = null;
            }
        }
    }

    private static final class Forwarding extends Handler {
        static final ThreadLocal<Log> LOGS = new ThreadLocal<>();

        @Override
        public void publish(LogRecord record) {
            Log log = LOGS.get();
            if (log == null) {
                return;
            }
            Object[] parameters = record.getParameters();
            String message = parameters == null || parameters.length == 0 ? record.getMessage()
                    : java.text.MessageFormat.format(record.getMessage(), parameters);
            int level = record.getLevel().intValue();
            if (level >= Level.SEVERE.intValue()) {
                log.error(message);
            } else if (level >= Level.WARNING.intValue()) {
                log.warn(message);
            } else if (level >= Level.INFO.intValue()) {
                log.info(message);
            } else {
                log.debug(message);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
