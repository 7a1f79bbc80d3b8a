package io.gojichain.insights.signals;

import io.gojichain.contracts.ProductForm;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Evidence of {@code supply_shortfall}: the form's row of supply-demand as of the period's end. */
public record SupplyEvidence(
        ProductForm productForm,
        BigDecimal producedFeKg,
        BigDecimal soldFeKg,
        BigDecimal stockFeKg,
        BigDecimal meanDailySoldFeKg,
        @Nullable BigDecimal daysOfCover,
        BigDecimal forecastDemandFeKg,
        BigDecimal gapFeKg)
        implements Evidence {}
