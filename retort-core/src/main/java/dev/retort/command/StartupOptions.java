package dev.retort.command;

import java.util.Objects;

/**
 * How an application's start-up call ({@link Retort#initAndUpgrade}) behaves. Immutable.
 *
 * @param enabled          false: log that start-up migration is off and touch nothing (several instances
 *                         managed by hand, or a DBA applies revisions)
 * @param mode             {@link Mode#PRODUCTION} applies shipped revisions only; {@link Mode#DEVELOPMENT} also
 *                         generates and applies a revision when the model changed
 * @param onDrift          in production: what to do when the model and the database differ after upgrading
 * @param allowDestructive in development: allow generated steps that may lose data (drop table or column,
 *                         narrowing a type); refused by default, naming them
 * @param message          the message of a generated revision
 */
public record StartupOptions(boolean enabled, Mode mode, DriftAction onDrift, boolean allowDestructive, String message) {

    /** Where the application runs. */
    public enum Mode { PRODUCTION, DEVELOPMENT }

    /** What drift does in production. */
    public enum DriftAction { WARN, FAIL }

    public StartupOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(onDrift, "onDrift");
        Objects.requireNonNull(message, "message");
    }

    /** The library's default: apply shipped revisions, warn about drift, never generate. */
    public static StartupOptions production() {
        return new StartupOptions(true, Mode.PRODUCTION, DriftAction.WARN, false, "model changes");
    }

    /** Apply pending revisions, then generate and apply one for model changes (never destructive ones). */
    public static StartupOptions development() {
        return new StartupOptions(true, Mode.DEVELOPMENT, DriftAction.WARN, false, "model changes");
    }

    /** Touch nothing. */
    public static StartupOptions disabled() {
        return new StartupOptions(false, Mode.PRODUCTION, DriftAction.WARN, false, "model changes");
    }

    public StartupOptions withDriftAction(DriftAction action) {
        return new StartupOptions(enabled, mode, action, allowDestructive, message);
    }

    public StartupOptions withAllowDestructive(boolean allow) {
        return new StartupOptions(enabled, mode, onDrift, allow, message);
    }

    public StartupOptions withMessage(String text) {
        return new StartupOptions(enabled, mode, onDrift, allowDestructive, text);
    }
}
