package io.gojichain.insights.farms;

import io.gojichain.insights.facts.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code GET /api/v1/insights/farms}: farms by farmId, co-operatives by cooperativeId.
 *
 * @param county every attributed share of the period's sales (farms' sum, before rounding)
 * @param unattributed the period's sales no known lot is behind
 */
public record FarmsReport(
        String zone,
        Period period,
        List<Farm> farms,
        List<Cooperative> cooperatives,
        Earned county,
        Earned unattributed) {

    /**
     * One farm in the period.
     *
     * @param cooperativeId of its latest lot; absent for a farm outside any co-operative
     * @param lots lots harvested in the period
     * @param harvestedKg fresh kg harvested in the period
     * @param processedKg fresh kg its lots gave to {@code dried} and {@code juiced} batches made in the period
     * @param soldFeKg attributed feKg of the period's sales, 6 places
     * @param revenue attributed revenue per currency, to the cent
     * @param valuePerFreshKg per currency: attributed revenue / attributed feKg sold in it, to the cent
     */
    public record Farm(
            String farmId,
            @Nullable String cooperativeId,
            long lots,
            BigDecimal harvestedKg,
            Map<String, BigDecimal> processedKg,
            BigDecimal soldFeKg,
            Map<String, String> revenue,
            Map<String, String> valuePerFreshKg) {}

    /** The same for a co-operative's lots; {@code farms}: farms with lots of it active in the period. */
    public record Cooperative(
            String cooperativeId,
            long farms,
            long lots,
            BigDecimal harvestedKg,
            Map<String, BigDecimal> processedKg,
            BigDecimal soldFeKg,
            Map<String, String> revenue,
            Map<String, String> valuePerFreshKg) {}

    /** Sales figures alone: feKg (6 places), revenue and value per fresh kg per currency (cents). */
    public record Earned(BigDecimal soldFeKg, Map<String, String> revenue, Map<String, String> valuePerFreshKg) {}
}
