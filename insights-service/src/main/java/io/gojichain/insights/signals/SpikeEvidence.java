package io.gojichain.insights.signals;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Evidence of {@code demand_spike}: the forecast's spike of one form in one channel.
 *
 * @param expectedFeKg the forecast of that day made the day before, 6 places
 * @param thresholdFeKg the error it had to exceed, 3 x the smoothed absolute error, 6 places
 */
public record SpikeEvidence(
        ProductForm productForm,
        Channel channel,
        LocalDate date,
        BigDecimal actualFeKg,
        BigDecimal expectedFeKg,
        BigDecimal thresholdFeKg)
        implements Evidence {}
