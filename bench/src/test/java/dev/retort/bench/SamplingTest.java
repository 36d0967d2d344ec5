package dev.retort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SamplingTest {

    @Test
    void stopsAtTheMaximumWhenCallsAreCheap() {
        AtomicInteger calls = new AtomicInteger();
        List<Allocation.Sample<Integer>> samples = Sampling.samples(calls::incrementAndGet, 3, 7, 60_000);
        assertEquals(7, samples.size());
        assertEquals(7, calls.get());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), samples.stream().map(Allocation.Sample::result).toList());
    }

    @Test
    void stopsWhenTheBudgetIsSpentButNotBeforeTheMinimum() {
        List<Allocation.Sample<Integer>> samples = Sampling.samples(() -> sleep(20), 2, 100, 1);
        assertEquals(2, samples.size(), "the minimum, though the first call alone spent the budget");
        assertTrue(samples.get(0).nanos() >= 20_000_000L, "the call's time is measured: " + samples.get(0).nanos());
    }

    @Test
    void countsWhatTheCallAllocates() {
        Allocation.Sample<long[]> sample = Allocation.measure(() -> new long[1_000_000]);
        assertTrue(sample.allocatedBytes() >= 8_000_000L, "allocated " + sample.allocatedBytes());
        assertEquals(-1, sample.retainedBytes());
    }

    @Test
    void measuresTheHeapAResultKeepsAndNotWhatItDropped() {
        long kept = Allocation.measureRetained(() -> new long[10_000_000]).retainedBytes();
        assertTrue(kept >= 70_000_000L && kept < 120_000_000L, "retained " + kept);
        long dropped = Allocation.measureRetained(() -> new long[10_000_000].length).retainedBytes();
        assertTrue(dropped < 30_000_000L, "retained " + dropped);
    }

    @Test
    void medianIsTheLowerMiddleValue() {
        assertEquals(3, Sampling.median(List.of(5L, 1L, 3L)));
        assertEquals(2, Sampling.median(List.of(4L, 1L, 3L, 2L)));
        assertEquals(-1, Sampling.median(List.of()));
    }

    @Test
    void warmUpCallsAtLeastTheMinimum() {
        AtomicInteger calls = new AtomicInteger();
        Sampling.warmUp(calls::incrementAndGet, 4, 0);
        assertEquals(4, calls.get());
    }

    private static int sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
