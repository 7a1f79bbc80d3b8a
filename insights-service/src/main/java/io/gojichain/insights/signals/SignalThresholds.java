package io.gojichain.insights.signals;

import java.math.BigDecimal;

/**
 * Every threshold of the signal rules, in one place (the spike rule's live with the forecast, see
 * {@code SpikeRule}).
 *
 * @param surgeGrowth demand_surge: feKg growth of a form in a province above this (0.30 = +30 %)
 * @param dropGrowth demand_drop: feKg fall of a form in a province beyond this (0.30 = -30 %)
 * @param minOrders orders needed before a change means something: in the period for a surge, in the
 *     period compared to for a drop, per form for best value, in each period for a channel shift
 * @param coverDays supply_shortfall: days of cover below this
 * @param channelShift channel_shift: share change of more than this (0.10 = 10 percentage points)
 * @param minChangeScore demand_surge and demand_drop: the change must also stand this many standard
 *     deviations clear of order-to-order noise (see {@link ChangeScore}); 2.0 keeps a province's few
 *     big orders from reading as a trend
 */
public record SignalThresholds(
        BigDecimal surgeGrowth,
        BigDecimal dropGrowth,
        long minOrders,
        BigDecimal coverDays,
        BigDecimal channelShift,
        BigDecimal minChangeScore) {

    public static final SignalThresholds DEFAULTS = new SignalThresholds(
            new BigDecimal("0.30"),
            new BigDecimal("0.30"),
            5,
            new BigDecimal("7"),
            new BigDecimal("0.10"),
            new BigDecimal("2.0"));
}
