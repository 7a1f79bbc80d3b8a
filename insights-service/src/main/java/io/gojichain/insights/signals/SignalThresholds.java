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
 * @param overdrawTolerance mass_balance: a lot may give processing this much more than its harvest
 *     (0.005 = 0.5 %, weighing differences) before it is a data-quality signal
 * @param minCooperativeFeKg cooperative_value: attributed feKg a co-operative needs in the period
 *     (and {@code minOrders} order lines) before its value per fresh kg means something
 * @param cooperativeValueDifference cooperative_value: how far its value per fresh kg must stand
 *     from the county's, either way (0.15 = 15 %)
 */
public record SignalThresholds(
        BigDecimal surgeGrowth,
        BigDecimal dropGrowth,
        long minOrders,
        BigDecimal coverDays,
        BigDecimal channelShift,
        BigDecimal minChangeScore,
        BigDecimal overdrawTolerance,
        BigDecimal minCooperativeFeKg,
        BigDecimal cooperativeValueDifference) {

    public static final SignalThresholds DEFAULTS = new SignalThresholds(
            new BigDecimal("0.30"),
            new BigDecimal("0.30"),
            5,
            new BigDecimal("7"),
            new BigDecimal("0.10"),
            new BigDecimal("2.0"),
            new BigDecimal("0.005"),
            new BigDecimal("100"),
            new BigDecimal("0.15"));
}
