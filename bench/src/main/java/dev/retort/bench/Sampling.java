package dev.retort.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The measuring loops: scenarios b and f take turns between tools; d and e warm a call up, then call it until it has enough samples or
 * has used its time budget, recording time and allocation of each call. Stateless.
 */
final class Sampling {

    private Sampling() {
    }

    /** Calls until both {@code minCalls} calls were made and {@code millis} have passed. */
    static void warmUp(Supplier<?> call, int minCalls, long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        for (int done = 0; done < minCalls || System.nanoTime() < end; done++) {
            call.get();
        }
    }

    /**
     * Calls until there are {@code maxCalls} samples or the samples add up to {@code budgetMillis}, but at
     * least {@code minCalls} times.
     */
    static <T> List<Allocation.Sample<T>> samples(Supplier<T> call, int minCalls, int maxCalls, long budgetMillis) {
        settle();
        List<Allocation.Sample<T>> samples = new ArrayList<>();
        long spent = 0;
        while (samples.size() < minCalls || (samples.size() < maxCalls && spent < budgetMillis * 1_000_000L)) {
            Allocation.Sample<T> sample = Allocation.measure(call);
            samples.add(sample);
            spent += sample.nanos();
        }
        return samples;
    }

    /**
     * Scenarios b and f: every cell (a tool, or a tool and a way of connecting) is called in turn, call
     * by call, so that background noise hits all alike: first a shared warm-up of {@code warmupMillis}
     * (at least {@code minCalls} rounds), then until each cell has {@code maxCalls} samples or has spent
     * {@code budgetMillis} (at least {@code minCalls}). Returns each cell's call times, in nanoseconds.
     */
    static <C> Map<C, List<Long>> takingTurns(List<C> cells, Consumer<C> call, int minCalls, int maxCalls,
                                               long warmupMillis, long budgetMillis) {
        long warmupEnd = System.nanoTime() + warmupMillis * 1_000_000L;
        for (int round = 0; round < minCalls || System.nanoTime() < warmupEnd; round++) {
            cells.forEach(call);
        }
        settle();
        Map<C, List<Long>> samples = new LinkedHashMap<>();
        Map<C, Long> spent = new LinkedHashMap<>();
        boolean active = true;
        while (active) {
            active = false;
            for (C cell : cells) {
                List<Long> taken = samples.computeIfAbsent(cell, c -> new ArrayList<>());
                long used = spent.getOrDefault(cell, 0L);
                if (taken.size() < minCalls || (taken.size() < maxCalls && used < budgetMillis * 1_000_000L)) {
                    long start = System.nanoTime();
                    call.accept(cell);
                    long elapsed = System.nanoTime() - start;
                    taken.add(elapsed);
                    spent.put(cell, used + elapsed);
                    active = true;
                }
            }
        }
        return samples;
    }

    /**
     * Collects the heap before a timed section, so that the garbage of what ran before (Liquibase's
     * snapshots of the wide schema allocate gigabytes) is not collected during the next tool's samples.
     */
    static void settle() {
        System.gc();
        System.gc();
    }

    static List<Long> nanos(List<? extends Allocation.Sample<?>> samples) {
        return samples.stream().map(Allocation.Sample::nanos).toList();
    }

    /** The median of the samples' allocated bytes. */
    static long allocated(List<? extends Allocation.Sample<?>> samples) {
        return median(samples.stream().map(Allocation.Sample::allocatedBytes).toList());
    }

    /** The median of the values (the lower middle one of an even count); -1 for none. */
    static long median(List<Long> values) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
