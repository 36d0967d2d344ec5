package dev.retort.maven;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.maven.plugin.logging.Log;

/**
 * Sends what Retort logs ({@code System.Logger}, which without a bridge is java.util.logging) to Maven's log
 * for the length of one goal: each step and lock wait becomes an {@code [INFO]} line instead of two lines of
 * java.util.logging on standard error. Closing it restores the logger as it was.
 */
final class LogBridge extends Handler implements AutoCloseable {

    /** Held here: java.util.logging keeps loggers only weakly, and a collected one would lose its handler. */
    private final Logger logger;
    private final boolean parentHandlers;
    private final Log log;

    private LogBridge(Logger logger, Log log) {
        this.logger = logger;
        this.parentHandlers = logger.getUseParentHandlers();
        this.log = log;
    }

    static LogBridge install(Log log) {
        LogBridge bridge = new LogBridge(Logger.getLogger("dev.retort"), log);
        bridge.logger.addHandler(bridge);
        bridge.logger.setUseParentHandlers(false);
        return bridge;
    }

    @Override
    public void publish(LogRecord record) {
        String message = record.getParameters() == null || record.getParameters().length == 0 ? record.getMessage()
                : java.text.MessageFormat.format(record.getMessage(), record.getParameters());
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
        logger.removeHandler(this);
        logger.setUseParentHandlers(parentHandlers);
    }
}
