package dev.retort.spring.boot.autoconfigure;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code retort} health component on Spring Boot 4.0, whose health API moved to {@code spring-boot-health}
 * ({@code org.springframework.boot.health.contributor}); the same check as {@link RetortHealthIndicator}.
 * Thread-safe.
 */
final class RetortBoot4HealthIndicator extends AbstractHealthIndicator {

    private final RetortHealthCheck check;
    private final String unhealthy;

    RetortBoot4HealthIndicator(RetortHealthCheck check, String unhealthy) {
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
