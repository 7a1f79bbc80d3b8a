package io.gojichain.insights.signals;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Evidence of {@code mass_balance}: a lot that gave processing more fresh kg than was harvested.
 *
 * @param givenToProcessingKg fresh kg every batch took from the lot (all time)
 * @param excessKg given - harvested
 * @param excessShare excessKg / harvestedKg, 4 places
 * @param batchIds the batches that took from the lot
 */
public record MassBalanceEvidence(
        String lotId,
        String farmId,
        @Nullable String cooperativeId,
        BigDecimal harvestedKg,
        BigDecimal givenToProcessingKg,
        BigDecimal excessKg,
        BigDecimal excessShare,
        List<String> batchIds)
        implements Evidence {}
