package io.gojichain.insights.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * Flags days whose demand the model did not see coming: the one-step error {@code e = actual -
 * forecast} is above {@link #THRESHOLD_MULTIPLIER} times the spread, the exponentially smoothed
 * absolute error of the days before ({@code d' = SPREAD_SMOOTHING*|e| + (1-SPREAD_SMOOTHING)*d}).
 * Only upward errors count: a spike is a sell-out, a drop is a demand signal of its own.
 *
 * <p>The spread starts as the mean absolute error of the first {@code warmUp} usable errors; no day
 * of the warm-up is flagged. The threshold of a day uses the spread before that day, so a spike
 * cannot hide behind itself; it then enters the spread like any other day.
 */
final class SpikeDetector {

    static final double THRESHOLD_MULTIPLIER = 3.0;

    /**
     * 0.1: a memory of about ten days, one and a half weekly cycles. One sell-out raises the spread
     * by a tenth of its error only, so a second one a few days later is still caught, while the
     * spread still follows a season that gets busier within two weeks.
     */
    static final double SPREAD_SMOOTHING = 0.1;

    /** Below the 6 decimal places we report: a perfectly fitted series is not "spiking" by 1e-12. */
    static final double MIN_ERROR = 1e-6;

    private SpikeDetector() {}

    /**
     * @param actual the observed series
     * @param expected the one-step forecast of each day (NaN before {@code firstErrorIndex})
     * @param firstErrorIndex the first day with a meaningful error
     * @param warmUp errors used to start the spread
     */
    static List<Detection> detect(double[] actual, double[] expected, int firstErrorIndex, int warmUp) {
        List<Detection> spikes = new ArrayList<>();
        int start = firstErrorIndex + warmUp;
        if (warmUp < 1 || start >= actual.length) {
            return spikes;
        }
        double spread = 0.0;
        for (int t = firstErrorIndex; t < start; t++) {
            spread += Math.abs(actual[t] - expected[t]);
        }
        spread /= warmUp;
        for (int t = start; t < actual.length; t++) {
            double error = actual[t] - expected[t];
            double threshold = THRESHOLD_MULTIPLIER * spread;
            if (error > threshold && error > MIN_ERROR) {
                spikes.add(new Detection(t, actual[t], expected[t], error, threshold));
            }
            spread = SPREAD_SMOOTHING * Math.abs(error) + (1 - SPREAD_SMOOTHING) * spread;
        }
        return spikes;
    }

    /** A flagged day: its index in the series and the numbers that flagged it. */
    record Detection(int index, double actual, double expected, double error, double threshold) {}
}
