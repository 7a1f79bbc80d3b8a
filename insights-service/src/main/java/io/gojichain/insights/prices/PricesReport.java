package io.gojichain.insights.prices;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gojichain.contracts.Channel;
import io.gojichain.contracts.PackUnit;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.Period;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET /api/v1/insights/prices}. Money is never converted between currencies,
 * so every row is in one currency. Nulls are always written.
 *
 * @param realizedPrices per product form x channel x currency, sorted in that order
 * @param valuePerFreshKg per currency x product form, ranked within each currency, best first
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record PricesReport(
        Period period, String zone, List<RealizedPrice> realizedPrices, List<FreshKgValue> valuePerFreshKg) {

    /**
     * @param unit what {@code volume} and {@code price} are per: kg (fresh, dried) or L (nfc_juice, pulp)
     * @param units packs sold
     * @param volume kg or L sold (sum of quantity x packSize), exact
     * @param revenue sum of quantity x unitPrice, 2 places
     * @param price revenue / volume, per kg or L, 2 places (HALF_EVEN); null when volume is zero
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RealizedPrice(
            ProductForm productForm,
            Channel channel,
            String currency,
            PackUnit unit,
            long orders,
            long units,
            BigDecimal volume,
            @Schema(example = "897.00") String revenue,

            @Schema(
                    types = {"string", "null"},
                    example = "119.60")
            @Nullable
            String price) {}

    /**
     * @param rank 1 for the form that earns most per fresh kg in this currency
     * @param feKgFactor the configured fresh kg per kg or L of the form
     * @param feKg fresh-equivalent kg sold: volume x feKgFactor, exact
     * @param price revenue / volume over all channels, per kg or L, 2 places; null when volume is zero
     * @param valuePerFreshKg revenue / feKg, 2 places (HALF_EVEN); null when feKg is zero
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FreshKgValue(
            String currency,
            int rank,
            ProductForm productForm,
            PackUnit unit,
            long units,
            BigDecimal volume,
            BigDecimal feKgFactor,
            BigDecimal feKg,
            @Schema(example = "897.00") String revenue,

            @Schema(
                    types = {"string", "null"},
                    example = "108.40")
            @Nullable
            String price,

            @Schema(
                    types = {"string", "null"},
                    example = "24.09")
            @Nullable
            String valuePerFreshKg) {}
}
