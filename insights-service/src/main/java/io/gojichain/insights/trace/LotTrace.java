package io.gojichain.insights.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code GET /api/v1/trace/lots/{lotId}}: forward from a harvested lot.
 *
 * @param batches every batch that took from the lot, by processedAt
 * @param sales the sales naming those batches or (fresh) the lot, all time, per named id and form:
 *     the whole sales and the lot's share of them
 * @param attributed the lot's share of every sale above
 */
public record LotTrace(Lot lot, List<Batch> batches, List<Sales> sales, Earned attributed, MassBalance massBalance) {

    /** The harvest: where and when the lot was picked, and how much. */
    public record Lot(
            String lotId,
            String farmId,
            @Nullable String cooperativeId,
            Instant harvestedAt,
            BigDecimal harvestedKg,
            String province,
            String county,
            @Nullable String grade,
            @Nullable String variety) {}

    /**
     * A batch that took from the lot.
     *
     * @param process {@code dried} or {@code juiced}
     * @param form dried, nfc_juice or pulp
     * @param kgTaken fresh kg taken from this lot
     * @param inputKg fresh kg the batch took from all its lots
     * @param outputQuantity kg dried or litres made, in {@code outputUnit} ({@code kg} or {@code L})
     */
    public record Batch(
            String batchId,
            String processorId,
            String process,
            String form,
            String method,
            Instant processedAt,
            BigDecimal kgTaken,
            BigDecimal inputKg,
            BigDecimal outputQuantity,
            String outputUnit) {}

    /**
     * Sales naming one batch (or the lot), in one form.
     *
     * @param feKg the sales' whole feKg; {@code lotFeKg} the lot's share (6 places)
     * @param revenue the sales' whole revenue per currency; {@code lotRevenue} the lot's share
     */
    public record Sales(
            String batchId,
            String productForm,
            long orders,
            BigDecimal feKg,
            Map<String, String> revenue,
            BigDecimal lotFeKg,
            Map<String, String> lotRevenue) {}

    public record Earned(BigDecimal soldFeKg, Map<String, String> revenue, Map<String, String> valuePerFreshKg) {}

    /**
     * Fresh kg in and out of the lot.
     *
     * @param givenToProcessingKg fresh kg every batch took from the lot
     * @param excessKg what processing took above the harvest (0 when within it)
     * @param overdrawn processing took more than the harvest plus the 0.5 % tolerance
     */
    public record MassBalance(
            BigDecimal harvestedKg, BigDecimal givenToProcessingKg, BigDecimal excessKg, boolean overdrawn) {}
}
