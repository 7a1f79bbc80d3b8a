package io.gojichain.insights.yields;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.gojichain.contracts.PackUnit;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.Period;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET /api/v1/insights/yields}. A yield is fresh kg in per kg (dried) or litre
 * (nfc_juice, pulp) out, 4 places. Nulls are always written.
 *
 * @param groups one per processor x method, sorted by processor, then method
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record YieldsReport(Period period, String zone, List<YieldGroup> groups) {

    /**
     * @param method sun, hot_air, freeze (dried) or nfc_juice, pulp (juiced)
     * @param product the form the batches produced
     * @param unit the unit of {@code outputQuantity}: kg for dried, L for nfc_juice and pulp
     * @param inputKg fresh kg consumed, exact sum
     * @param outputQuantity kg or L produced, exact sum
     * @param yield inputKg / outputQuantity; null when nothing was produced
     * @param meanBatchYield mean of the per-batch yields
     * @param stdDevBatchYield sample standard deviation (n - 1) of the per-batch yields; null below 2
     * @param configuredFactor the feKg factor configured for {@code product}, to compare with {@code yield}
     * @param deviationFromConfigured yield / configuredFactor - 1
     * @param plausibleRange the yields a real batch can have; outside it a batch is an outlier
     * @param outliers the batches flagged, by day then batchId
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record YieldGroup(
            String processorId,
            String method,
            ProductForm product,
            PackUnit unit,
            int batches,
            BigDecimal inputKg,
            BigDecimal outputQuantity,

            @Schema(
                    types = {"number", "null"},
                    example = "4.6364")
            @Nullable
            BigDecimal yield,

            @Schema(
                    types = {"number", "null"},
                    example = "4.7500")
            @Nullable
            BigDecimal meanBatchYield,

            @Schema(
                    types = {"number", "null"},
                    example = "0.6164")
            @Nullable
            BigDecimal stdDevBatchYield,

            BigDecimal configuredFactor,

            @Schema(
                    types = {"number", "null"},
                    example = "0.0303")
            @Nullable
            BigDecimal deviationFromConfigured,

            @Schema(description = "null for a form without a range") @Nullable
            Range plausibleRange,

            List<YieldOutlier> outliers) {}

    /** Inclusive bounds of a plausible yield. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Range(BigDecimal min, BigDecimal max) {

        boolean contains(BigDecimal value) {
            return value.compareTo(this.min) >= 0 && value.compareTo(this.max) <= 0;
        }
    }

    /**
     * @param yield the batch's yield; null when it produced nothing
     * @param sigmas (yield - mean) / standard deviation of the other batches of its group (2 places);
     *     null in groups under 5 batches or when the others do not vary
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record YieldOutlier(
            String batchId,
            LocalDate day,
            BigDecimal inputKg,
            BigDecimal outputQuantity,

            @Schema(
                    types = {"number", "null"},
                    example = "6.0000")
            @Nullable
            BigDecimal yield,

            @Schema(
                    types = {"number", "null"},
                    example = "18.97")
            @Nullable
            BigDecimal sigmas,

            List<OutlierReason> reasons) {}

    enum OutlierReason {
        /** More than 3 standard deviations from the mean of the other batches of a group of 5 or more. */
        @JsonProperty("beyond_3_sigma")
        BEYOND_3_SIGMA,
        /** Outside the plausible range of its product. */
        @JsonProperty("outside_plausible_range")
        OUTSIDE_PLAUSIBLE_RANGE,
        /** No output recorded: no yield can be computed. */
        @JsonProperty("no_output")
        NO_OUTPUT
    }
}
