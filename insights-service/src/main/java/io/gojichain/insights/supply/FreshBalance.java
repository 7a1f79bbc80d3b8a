package io.gojichain.insights.supply;

import java.math.BigDecimal;

/**
 * Where the harvested fresh berries went, up to the as-of day (fresh kg, exact).
 *
 * @param processedInputKg fresh kg consumed by drying and juicing
 * @param availableKg harvested minus processed, floored at 0: what is left for fresh sale
 * @param floored true when processing consumed more than was harvested
 */
public record FreshBalance(
        BigDecimal harvestedKg, BigDecimal processedInputKg, BigDecimal availableKg, boolean floored) {}
