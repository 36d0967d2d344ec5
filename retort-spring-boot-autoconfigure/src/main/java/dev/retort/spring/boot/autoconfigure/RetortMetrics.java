package dev.retort.spring.boot.autoconfigure;

import dev.retort.Direction;
import dev.retort.StepListener;
import dev.retort.StepResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Records a Micrometer timer {@value #TIMER} per revision applied or undone, tagged with {@code revision} and
 * {@code direction} ({@code upgrade}, {@code downgrade}). The registry is looked up at the first step, so a
 * context without one records nothing. Thread-safe.
 */
public final class RetortMetrics implements StepListener {

    /** The timer's name. */
    public static final String TIMER = "retort.revision.apply";

    private final ObjectProvider<MeterRegistry> registry;

    RetortMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void finished(StepResult result) {
        MeterRegistry meters = registry.getIfAvailable();
        if (meters == null) {
            return;
        }
        Timer.builder(TIMER).description("Time taken to run one Retort revision")
                .tag("revision", result.revision())
                .tag("direction", result.direction() == Direction.UP ? "upgrade" : "downgrade")
                .register(meters)
                .record(Duration.ofMillis(result.executionMillis()));
    }
}
