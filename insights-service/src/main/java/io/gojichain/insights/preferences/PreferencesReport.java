package io.gojichain.insights.preferences;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.Period;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET /api/v1/insights/preferences}. Nulls are always written (a ratio whose
 * denominator is zero is {@code null}), so every row has the same fields.
 *
 * @param previousPeriod the period of the same length just before {@code period}
 * @param currency the currency revenue shares are computed in; sales in other currencies count in
 *     feKg shares only
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record PreferencesReport(
        Period period,
        Period previousPeriod,
        String zone,
        String currency,
        Dimensions shares,
        RepeatPurchase repeatPurchase) {

    /**
     * One list of rows per dimension. Rows of product form, channel and region are sorted by feKg in
     * {@code period} (largest first), then key; pack-size rows by band, smallest first.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Dimensions(
            @Schema(description = "by product form: fresh, dried, nfc_juice, pulp")
            List<ShareRow> productForm,

            @Schema(description = "by sales channel: online, livestream, offline")
            List<ShareRow> channel,

            @Schema(description = "by buyer province") List<ShareRow> region,

            @Schema(description = "by pack size (kg or L per pack): <=0.1, 0.1-0.5, 0.5-1, >1")
            List<ShareRow> packSize) {}

    /** One key of a dimension (a form, a channel, a province, a pack-size band) in both periods. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ShareRow(String key, RevenueShare revenue, FeKgShare feKg) {}

    /**
     * Revenue in the chosen currency.
     *
     * @param current revenue in {@code period}, 2 places
     * @param previous revenue in the previous period, 2 places
     * @param share current / total revenue of the period (4 places); null when the period has none
     * @param previousShare the same for the previous period
     * @param shareChangePp (share - previousShare) x 100, in percentage points (2 places), from the
     *     exact shares; null when either share is null
     * @param growth current / previous - 1 (4 places); null when previous is zero
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RevenueShare(
            @Schema(example = "897.00") String current,
            @Schema(example = "700.00") String previous,

            @Schema(
                    types = {"number", "null"},
                    example = "0.6900")
            @Nullable
            BigDecimal share,

            @Schema(
                    types = {"number", "null"},
                    example = "0.7500")
            @Nullable
            BigDecimal previousShare,

            @Schema(
                    types = {"number", "null"},
                    example = "-6.00")
            @Nullable
            BigDecimal shareChangePp,

            @Schema(
                    types = {"number", "null"},
                    example = "0.4950")
            @Nullable
            BigDecimal growth) {}

    /**
     * Fresh-equivalent kilograms (all currencies).
     *
     * @param current exact feKg in {@code period}
     * @param previous exact feKg in the previous period
     * @param share current / total feKg of the period (4 places); null when the period has none
     * @param previousShare the same for the previous period
     * @param shareChangePp (share - previousShare) x 100 in percentage points (2 places)
     * @param growth current / previous - 1 (4 places); null when previous is zero
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FeKgShare(
            BigDecimal current,
            BigDecimal previous,

            @Schema(
                    types = {"number", "null"},
                    example = "0.5294")
            @Nullable
            BigDecimal share,

            @Schema(
                    types = {"number", "null"},
                    example = "0.6000")
            @Nullable
            BigDecimal previousShare,

            @Schema(
                    types = {"number", "null"},
                    example = "-7.06")
            @Nullable
            BigDecimal shareChangePp,

            @Schema(
                    types = {"number", "null"},
                    example = "0.5000")
            @Nullable
            BigDecimal growth) {}

    /**
     * Repeat purchase per product form over the 90 days ending {@code period.to}.
     *
     * @param window the 90 days the customers are counted in
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RepeatPurchase(Period window, List<RepeatPurchaseRow> rows) {}

    /**
     * @param customers distinct customers with at least one order line of the form in the window
     * @param repeatCustomers those with two or more
     * @param rate repeatCustomers / customers (4 places)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RepeatPurchaseRow(ProductForm productForm, long customers, long repeatCustomers, BigDecimal rate) {}
}
