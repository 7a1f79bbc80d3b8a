package io.gojichain.insights.supply;

import io.gojichain.contracts.ProductForm;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Supply against demand of one product form, in fresh-equivalent kilograms, everything up to and
 * including the as-of day.
 *
 * @param producedFeKg dried, nfc_juice, pulp: processing output x factor; fresh: harvested kg minus
 *     the fresh kg processing consumed, x factor (exact)
 * @param producedFloored true when processing consumed more than was harvested and fresh supply is
 *     shown as 0 instead of negative
 * @param soldFeKg all sales up to the as-of day (exact)
 * @param stockFeKg produced minus sold; negative when oversold
 * @param oversold sold more than produced: missing production events or stock older than the data
 * @param sellThrough sold / produced, 4 places; left out when nothing was produced
 * @param meanDailySoldFeKg feKg sold in the 7 days up to the as-of day / 7, 6 places
 * @param daysOfCover stock / mean daily sold (0 when oversold), 4 places, from the exact sums; left out
 *     when nothing sold in those 7 days
 * @param forecastDemandFeKg the forecast's next 7 days (sum of its daily values, 6 places)
 * @param gapFeKg forecast demand minus stock: positive means a shortfall
 * @param shortfall gap above 0
 */
public record FormSupply(
        ProductForm productForm,
        BigDecimal producedFeKg,
        boolean producedFloored,
        BigDecimal soldFeKg,
        BigDecimal stockFeKg,
        boolean oversold,
        @Nullable BigDecimal sellThrough,
        BigDecimal meanDailySoldFeKg,
        @Nullable BigDecimal daysOfCover,
        BigDecimal forecastDemandFeKg,
        BigDecimal gapFeKg,
        boolean shortfall) {}
