package dev.retort.bench;

import java.util.List;

/**
 * Summary of one measurement's samples, in milliseconds: count, median, p90 (nearest rank), min and
 * max. Immutable.
 */
record Stats(int count, double median, double p90, double min, double max) {

    static Stats ofNanos(List<Long> nanos) {
        if (nanos.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        double[] millis = nanos.stream().mapToDouble(n -> n / 1_000_000.0).sorted().toArray();
        return new Stats(millis.length, median(millis), rank(millis, 0.90), millis[0], millis[millis.length - 1]);
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Nearest-rank percentile: the smallest sample with at least {@code fraction} of samples at or below it. */
    private static double rank(double[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "n=%d median=%.1f ms p90=%.1f ms min=%.1f ms", count, median, p90, min);
    }
}
