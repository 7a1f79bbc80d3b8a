package io.gojichain.insights.livestreams;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gojichain.insights.facts.Period;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET /api/v1/insights/livestreams}: the top sessions whose first sale fell in
 * the period, by feKg. Nulls are always written.
 *
 * @param top how many sessions were asked for (at most that many are listed)
 * @param totals over every session of the period, not only the listed ones
 * @param sessions sorted by feKg (largest first), then livestreamId
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record LivestreamsReport(
        Period period, String zone, int top, LivestreamTotals totals, List<LivestreamSession> sessions) {

    /**
     * @param sessions number of sessions in the period
     * @param feKg fresh-equivalent kg sold, exact
     * @param revenue currency -> amount, 2 places, sorted by currency
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LivestreamTotals(
            long sessions,
            long orders,
            long units,
            BigDecimal feKg,
            @Schema(example = "{\"CNY\": \"12800.00\"}") Map<String, String> revenue) {}

    /**
     * One session.
     *
     * @param platform the platform it ran on (e.g. douyin), null when sales did not say
     * @param orders order lines sold in the session
     * @param units packs sold
     * @param feKg fresh-equivalent kg sold: sum of volume x factor(form), exact
     * @param revenue currency -> amount, 2 places, sorted by currency
     * @param firstSale event time of the first sale
     * @param lastSale event time of the last sale
     * @param duration lastSale - firstSale, ISO-8601 (e.g. PT2H15M)
     * @param peakMinute the minute with the most units (the earliest of equals); null without minute data
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LivestreamSession(
            String livestreamId,

            @Schema(
                    types = {"string", "null"},
                    example = "douyin")
            @Nullable
            String platform,

            long orders,
            long units,
            BigDecimal feKg,
            @Schema(example = "{\"CNY\": \"6400.00\"}") Map<String, String> revenue,
            Instant firstSale,
            Instant lastSale,
            @Schema(example = "PT2H15M") String duration,

            @Schema(description = "null when the session has no minute data") @Nullable
            PeakMinute peakMinute) {}

    /**
     * @param minute start of the minute, UTC
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PeakMinute(Instant minute, long units, long orders) {}
}
