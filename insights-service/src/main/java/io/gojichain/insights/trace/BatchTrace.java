package io.gojichain.insights.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code GET /api/v1/trace/batches/{batchId}}: back from a batch to its lots, farms and
 * co-operatives.
 *
 * @param inputKg fresh kg taken from all lots
 * @param inputs as posted, each with the lot's farm and co-operative when the lot is known
 * @param farms fresh kg per farm (known lots only), by farmId
 * @param cooperatives fresh kg per co-operative (known lots only), by cooperativeId
 * @param sales every sale naming the batch, all time
 */
public record BatchTrace(
        String batchId,
        String processorId,
        String process,
        String form,
        String method,
        Instant processedAt,
        BigDecimal inputKg,
        BigDecimal outputQuantity,
        String outputUnit,
        List<Input> inputs,
        List<FarmKg> farms,
        List<CooperativeKg> cooperatives,
        Sold sales) {

    /**
     * @param share kg / inputKg, 6 places: the part of each sale of the batch that goes to this lot
     * @param known whether the lot's harvest was counted (an unknown lot's share stays unattributed)
     */
    public record Input(
            String lotId,
            BigDecimal kg,
            BigDecimal share,
            boolean known,
            @Nullable String farmId,
            @Nullable String cooperativeId) {}

    public record FarmKg(String farmId, @Nullable String cooperativeId, BigDecimal kg) {}

    public record CooperativeKg(String cooperativeId, BigDecimal kg) {}

    public record Sold(long orders, BigDecimal feKg, Map<String, String> revenue) {}
}
