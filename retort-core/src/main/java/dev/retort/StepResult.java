package dev.retort;

import java.util.Objects;

/**
 * One revision run in one direction. Immutable.
 *
 * @param revision        the revision id
 * @param message         its message
 * @param location        its script
 * @param direction       upgrade or downgrade
 * @param statements      how many statements ran
 * @param executionMillis how long it took
 */
public record StepResult(String revision, String message, String location, Direction direction, int statements,
                         long executionMillis) {
    /**
     * Checks that the revision and the direction are given.
     *
     * @param revision the revision id
     * @param message its message
     * @param location its script
     * @param direction upgrade or downgrade
     * @param statements how many statements ran
     * @param executionMillis how long it took
     * @throws NullPointerException when {@code revision} or {@code direction} is null
     */
    public StepResult {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
    }
}
