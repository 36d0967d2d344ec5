package dev.retort.bench.boot.app;

import java.lang.management.ManagementFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The benchmark's application: JPA on PostgreSQL, eight entities, no web server. It starts, reads two counts
 * through its repositories (so the schema is really usable), prints one line of timings and exits. Every
 * variant runs exactly this class; only the migration tool on the class path differs.
 */
@SpringBootApplication
public class BenchApplication {

    /** Starts, prints {@code BENCH-STARTUP …} on standard output, closes the context. */
    public static void main(String[] args) {
        long runStarted = System.nanoTime();
        long[] ready = new long[3];
        SpringApplication application = new SpringApplication(BenchApplication.class);
        application.addListeners((ApplicationListener<ApplicationReadyEvent>) event -> {
            ready[0] = System.nanoTime();
            // JVM start to ready: what a deployment waits for, the JVM's own start and all class loading included
            ready[1] = ManagementFactory.getRuntimeMXBean().getUptime();
            // CPU of every thread (JIT and GC included) to ready: what the start costs, less hit by a loaded machine
            ready[2] = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        });
        try (ConfigurableApplicationContext context = application.run(args)) {
            long owners = context.getBean(OwnerRepository.class).count();
            long types = context.getBean(PetTypeRepository.class).count();
            BeanTimer timer = context.getBean(BeanTimer.class);
            System.out.printf("BENCH-STARTUP uptime_ms=%d run_ms=%.1f cpu_ms=%.1f tool_ms=%.1f tool_cpu_ms=%.1f owners=%d pet_types=%d"
                    + " tool_beans=%s%n", ready[1], (ready[0] - runStarted) / 1e6, ready[2] / 1e6, timer.toolMillis(),
                    timer.toolCpuMillis(), owners, types, timer.toolBeans());
        }
    }

    @Bean
    static BeanTimer beanTimer() {
        return new BeanTimer();
    }
}
