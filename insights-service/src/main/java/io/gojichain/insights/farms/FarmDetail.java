package io.gojichain.insights.farms;

import io.gojichain.insights.facts.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code GET /api/v1/insights/farms/{farmId}}: the farm's row as in the list, and each of
 * its lots active in the period (harvested, processed or sold in it), by lotId.
 */
public record FarmDetail(String zone, Period period, FarmsReport.Farm farm, List<Lot> lots) {

    /**
     * @param harvestedKg fresh kg harvested into the lot
     * @param batches every batch that took from the lot, by processedAt
     * @param soldFeKg the lot's attributed share of the period's sales
     * @param byChannel the same split by channel ({@code online}, {@code livestream}, {@code offline})
     * @param byProvince and by buyer province, as the sales named it
     */
    public record Lot(
            String lotId,
            Instant harvestedAt,
            BigDecimal harvestedKg,
            @Nullable String grade,
            @Nullable String variety,
            @Nullable String cooperativeId,
            List<Batch> batches,
            BigDecimal soldFeKg,
            Map<String, String> revenue,
            Map<String, String> valuePerFreshKg,
            List<Place> byChannel,
            List<Place> byProvince) {}

    /**
     * What a batch made of the lot.
     *
     * @param form dried, nfc_juice or pulp
     * @param method sun, hot_air or freeze for dried; the form for juice and pulp
     * @param kgTaken fresh kg the batch took from this lot
     */
    public record Batch(String batchId, String form, String method, Instant processedAt, BigDecimal kgTaken) {}

    /** The lot's share of sales in one channel or province; {@code orders}: order lines that reached it. */
    public record Place(String key, long orders, BigDecimal feKg, Map<String, String> revenue) {}
}
