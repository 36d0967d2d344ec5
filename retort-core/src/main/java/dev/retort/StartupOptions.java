package dev.retort;

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
    public enum Mode {
        /** Apply shipped revisions only. */
        PRODUCTION,
        /** Also generate and apply a revision when the model changed. */
        DEVELOPMENT
    }

    /** What drift does in production. */
    public enum DriftAction {
        /** Log the differences and start. */
        WARN,
        /** Refuse to start, naming the differences. */
        FAIL
    }

    /**
     * Checks that mode, drift action and message are given.
     *
     * @param enabled          false: log that start-up migration is off and touch nothing (several instances managed
     *                         by hand, or a DBA applies revisions)
     * @param mode             {@link Mode#PRODUCTION} applies shipped revisions only; {@link Mode#DEVELOPMENT} also
     *                         generates and applies a revision when the model changed
     * @param onDrift          in production: what to do when the model and the database differ after upgrading
     * @param allowDestructive in development: allow generated steps that may lose data (drop table or column,
     *                         narrowing a type); refused by default, naming them
     * @param message          the message of a generated revision
     */
    public StartupOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(onDrift, "onDrift");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The library's default: apply shipped revisions, warn about drift, never generate.
     *
     * @return the production options
     */
    public static StartupOptions production() {
        return new StartupOptions(true, Mode.PRODUCTION, DriftAction.WARN, false, "model changes");
    }

    /**
     * Apply pending revisions, then generate and apply one for model changes (never destructive ones).
     *
     * @return the development options
     */
    public static StartupOptions development() {
        return new StartupOptions(true, Mode.DEVELOPMENT, DriftAction.WARN, false, "model changes");
    }

    /**
     * Touch nothing.
     *
     * @return options that turn start-up migration off
     */
    public static StartupOptions disabled() {
        return new StartupOptions(false, Mode.PRODUCTION, DriftAction.WARN, false, "model changes");
    }

    /**
     * These options with another drift action.
     *
     * @param action what drift does in production
     * @return a copy
     */
    public StartupOptions withDriftAction(DriftAction action) {
        return new StartupOptions(enabled, mode, action, allowDestructive, message);
    }

    /**
     * These options allowing (or refusing) destructive generated steps.
     *
     * @param allow whether steps that may lose data are allowed in development
     * @return a copy
     */
    public StartupOptions withAllowDestructive(boolean allow) {
        return new StartupOptions(enabled, mode, onDrift, allow, message);
    }

    /**
     * These options with another message for generated revisions.
     *
     * @param text the message
     * @return a copy
     */
    public StartupOptions withMessage(String text) {
        return new StartupOptions(enabled, mode, onDrift, allowDestructive, text);
    }
}
