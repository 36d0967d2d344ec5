package dev.retort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StatsTest {

    private static List<Long> millis(long... values) {
        return LongStream.of(values).map(v -> v * 1_000_000).boxed().toList();
    }

    @Test
    void oddCountMedianIsTheMiddleSample() {
        Stats stats = Stats.ofNanos(millis(9, 1, 5));
        assertEquals(5.0, stats.median());
        assertEquals(1.0, stats.min());
        assertEquals(9.0, stats.max());
        assertEquals(3, stats.count());
    }

    @Test
    void evenCountMedianIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, Stats.ofNanos(millis(4, 1, 3, 2)).median());
    }

    @Test
    void p90IsTheNearestRank() {
        assertEquals(9.0, Stats.ofNanos(millis(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)).p90());
        assertEquals(18.0, Stats.ofNanos(LongStream.rangeClosed(1, 20).map(v -> v * 1_000_000).boxed().toList()).p90());
        assertEquals(7.0, Stats.ofNanos(millis(7)).p90());
    }

    @Test
    void noSamplesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Stats.ofNanos(List.of()));
    }
}
