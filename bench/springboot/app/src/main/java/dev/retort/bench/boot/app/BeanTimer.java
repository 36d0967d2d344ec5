package dev.retort.bench.boot.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;

/**
 * Times each bean from before its instantiation to after its initialisation, less the beans created inside that
 * span (its dependencies), and adds up the migration tool's beans, wall and thread CPU time, (names containing retort, flyway or
 * liquibase): the part of start-up the tool's beans take themselves, migration and drift check included. A
 * diagnostic beside the whole start-up time, which is the measure. Not thread-safe (Spring creates singletons on
 * one thread).
 */
final class BeanTimer implements InstantiationAwareBeanPostProcessor {

    private record Open(String name, long started, long cpuStarted, long[] nested) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Deque<Open> open = new ArrayDeque<>();
    private final Map<String, Long> tool = new LinkedHashMap<>();
    private long toolCpu;

    @Override
    public Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
        open.push(new Open(beanName, System.nanoTime(), THREADS.getCurrentThreadCpuTime(), new long[2]));
        return null;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (open.stream().noneMatch(entry -> entry.name().equals(beanName))) {
            return bean;
        }
        long now = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        Open entry;
        do {
            entry = open.pop();
        } while (!entry.name().equals(beanName));
        long total = now - entry.started();
        long totalCpu = cpu - entry.cpuStarted();
        if (!open.isEmpty()) {
            open.peek().nested()[0] += total;
            open.peek().nested()[1] += totalCpu;
        }
        String name = beanName.toLowerCase(Locale.ROOT);
        if (name.contains("retort") || name.contains("flyway") || name.contains("liquibase")) {
            tool.merge(beanName, total - entry.nested()[0], Long::sum);
            toolCpu += totalCpu - entry.nested()[1];
        }
        return bean;
    }

    double toolMillis() {
        return tool.values().stream().mapToLong(Long::longValue).sum() / 1e6;
    }

    /** The same beans' CPU time on the thread that made them (less hit by other processes than wall time). */
    double toolCpuMillis() {
        return toolCpu / 1e6;
    }

    String toolBeans() {
        return tool.entrySet().stream().filter(e -> e.getValue() >= 100_000)
                .map(e -> shortName(e.getKey()) + ":" + String.format(Locale.ROOT, "%.1f", e.getValue() / 1e6))
                .collect(Collectors.joining(","));
    }

    private static String shortName(String beanName) {
        int dot = beanName.lastIndexOf('.');
        return dot < 0 ? beanName : beanName.substring(dot + 1);
    }
}
