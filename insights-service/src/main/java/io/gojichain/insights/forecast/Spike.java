package io.gojichain.insights.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A day whose demand the model did not see coming (see {@link SpikeRule}). {@code expectedFeKg +
 * errorFeKg = actualFeKg} exactly; model values are rounded to 6 places.
 *
 * @param actualFeKg feKg sold that day (exact)
 * @param expectedFeKg the model's forecast of that day, made the day before
 * @param errorFeKg actual minus expected
 * @param thresholdFeKg the error it had to exceed: 3 x the smoothed absolute error before that day
 */
public record Spike(
        LocalDate date,
        BigDecimal actualFeKg,
        BigDecimal expectedFeKg,
        BigDecimal errorFeKg,
        BigDecimal thresholdFeKg) {}
