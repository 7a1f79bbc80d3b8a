package io.gojichain.insights.forecast;

/**
 * How spikes are found: one-step error above {@code thresholdMultiplier} x the spread, the spread
 * being the exponentially smoothed absolute error (constant {@code spreadSmoothing}), started as
 * the mean absolute error of the first {@code warmUpDays} usable days.
 */
public record SpikeRule(double thresholdMultiplier, double spreadSmoothing, int warmUpDays) {}
