package io.gojichain.insights.signals;

import io.gojichain.insights.facts.Period;
import io.gojichain.insights.forecast.SpikeRule;
import java.util.List;

/**
 * Answer of {@code GET /api/v1/insights/signals}.
 *
 * @param period the days looked at
 * @param comparedTo the period of the same length just before
 * @param thresholds the rules' thresholds, so a reader can tell why a signal fired or did not
 * @param spikeRule the forecast spike detector behind {@code demand_spike}
 * @param signals most severe first (action, warning, info), then largest magnitude, then id
 */
public record SignalsResponse(
        String zone,
        Period period,
        Period comparedTo,
        SignalThresholds thresholds,
        SpikeRule spikeRule,
        List<Signal> signals) {}
