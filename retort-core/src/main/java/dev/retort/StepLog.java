package dev.retort;


/**
 * Logs every step at INFO through {@code System.Logger} ({@code dev.retort.steps}) — revision, direction, statement
 * count and duration — and passes it on to the caller's listener, so an application sees its migrations in
 * its own log without listening for them. Not thread-safe, like the listener it wraps.
 */
final class StepLog implements StepListener {

    private static final System.Logger LOG = System.getLogger("dev.retort.steps");

    private final StepListener next;

    StepLog(StepListener next) {
        this.next = next;
    }

    @Override
    public void starting(String revision, String message, Direction direction) {
        next.starting(revision, message, direction);
    }

    @Override
    public void finished(StepResult result) {
        if (LOG.isLoggable(System.Logger.Level.INFO)) {
            LOG.log(System.Logger.Level.INFO, text(result));
        }
        next.finished(result);
    }

    /** Said once per wait for the migration lock: logged too, so a waiting application says why it is silent. */
    @Override
    public void waiting(String message) {
        LOG.log(System.Logger.Level.INFO, message);
        next.waiting(message);
    }

    static String text(StepResult result) {
        return result.direction().verb() + " " + result.revision()
                + (result.message() == null || result.message().isEmpty() ? "" : " (" + result.message() + ")")
                + ": " + result.statements() + (result.statements() == 1 ? " statement" : " statements")
                + " in " + result.executionMillis() + " ms";
    }
}
