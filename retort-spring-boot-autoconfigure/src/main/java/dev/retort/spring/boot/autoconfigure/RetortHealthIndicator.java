package dev.retort.spring.boot.autoconfigure;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The {@code retort} health component on Spring Boot 3.5: UP at head, {@code retort.health.status} when revisions
 * are pending, a problem is recorded or start-up found drift. Thread-safe.
 */
final class RetortHealthIndicator extends AbstractHealthIndicator {

    private final RetortHealthCheck check;
    private final String unhealthy;

    RetortHealthIndicator(RetortHealthCheck check, String unhealthy) {
        super("Retort health check failed");
        this.check = check;
        this.unhealthy = unhealthy;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        RetortHealthCheck.Result result = check.check();
        (result.healthy() ? builder.up() : builder.status(unhealthy)).withDetails(result.details());
    }
}
