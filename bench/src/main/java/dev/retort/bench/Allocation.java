package dev.retort.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.function.Supplier;

/**
 * Memory a call costs, measured two simple ways:
 * <ul>
 *   <li><b>allocated</b>: the bytes the calling thread allocated during the call
 *       ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}, read before and after; the
 *       JDBC drivers of the bench do their work on the calling thread);</li>
 *   <li><b>retained</b>: the heap still in use because the result is kept — used heap after a full
 *       collection with the result held, minus the same before the call. Approximate (a collection
 *       does not promise to reach every object, and caches a tool fills on the way count too), which
 *       is why the report gives it in MB with no decimals to spare.</li>
 * </ul>
 * Stateless.
 */
final class Allocation {

    /** What one measured call returned, took and allocated, and what its result retains (-1: not measured). */
    record Sample<T>(T result, long nanos, long allocatedBytes, long retainedBytes) {
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private Allocation() {
    }

    /** Runs the call once, timing it and counting what this thread allocated meanwhile. */
    static <T> Sample<T> measure(Supplier<T> call) {
        long id = Thread.currentThread().getId();
        long allocatedBefore = THREADS.getThreadAllocatedBytes(id);
        long start = System.nanoTime();
        T result = call.get();
        long nanos = System.nanoTime() - start;
        long allocated = THREADS.getThreadAllocatedBytes(id) - allocatedBefore;
        return new Sample<>(result, nanos, allocated, -1);
    }

    /**
     * As {@link #measure}, and the heap the result keeps alive: full collections before and after the
     * call, outside the timed part (used where a call is too slow to be repeated for this alone).
     */
    static <T> Sample<T> measureRetained(Supplier<T> call) {
        long before = usedAfterCollection();
        Sample<T> sample = measure(call);
        long after = usedAfterCollection();
        Reference.reachabilityFence(sample.result());
        return new Sample<>(sample.result(), sample.nanos(), sample.allocatedBytes(), Math.max(0, after - before));
    }

    private static long usedAfterCollection() {
        // Twice: the first collection may only queue finalizable and weakly reachable objects.
        System.gc();
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
