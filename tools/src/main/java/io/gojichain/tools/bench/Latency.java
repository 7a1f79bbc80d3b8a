package io.gojichain.tools.bench;

import org.HdrHistogram.Histogram;

/**
 * Latency percentiles in milliseconds, from a histogram of microseconds.
 *
 * @param count how many were recorded
 */
record Latency(long count, double meanMs, double p50Ms, double p99Ms, double p999Ms, double maxMs) {

    /** Up to ten minutes at three significant digits: the histogram stays a few hundred KiB. */
    static Histogram newHistogram() {
        return new Histogram(600_000_000L, 3);
    }

    static Latency of(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return new Latency(0, 0, 0, 0, 0, 0);
        }
        return new Latency(
                micros.getTotalCount(),
                round(micros.getMean() / 1000.0),
                round(micros.getValueAtPercentile(50) / 1000.0),
                round(micros.getValueAtPercentile(99) / 1000.0),
                round(micros.getValueAtPercentile(99.9) / 1000.0),
                round(micros.getMaxValue() / 1000.0));
    }

    /** Three significant digits are all the histogram keeps; more would be noise in the report. */
    static double round(double ms) {
        if (ms == 0 || Double.isNaN(ms) || Double.isInfinite(ms)) {
            return ms;
        }
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(ms))));
        return Math.round(ms * scale) / scale;
    }
}
