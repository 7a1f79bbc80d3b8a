package io.gojichain.insights.attribution;

import io.gojichain.insights.facts.BatchFact;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.facts.LinkFacts;
import io.gojichain.insights.facts.LotFact;
import io.gojichain.insights.facts.Period;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the links say about one period, joined once for a query: every lot and batch, the fresh kg
 * each lot gave to batches made in the period, and the period's sales attributed to lots.
 *
 * @param lots every lot, by lotId
 * @param batches every batch, by batchId
 * @param processedKg lotId -> {@code dried}/{@code juiced} -> fresh kg given to batches made in the period
 */
public record PeriodLinks(
        Period period,
        Map<String, LotFact> lots,
        Map<String, BatchFact> batches,
        Map<String, Map<String, BigDecimal>> processedKg,
        Attribution attribution) {

    /** The process names of batches, as {@code processedKg} keys them. */
    public static final List<String> PROCESSES = List.of("dried", "juiced");

    public static PeriodLinks read(LinkFacts links, InsightFacts facts, FeKgFactors factors, Period period) {
        Map<String, LotFact> lots = links.lots().stream()
                .collect(Collectors.toMap(LotFact::lotId, Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, BatchFact> batches = links.batches().stream()
                .collect(Collectors.toMap(BatchFact::batchId, Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, Map<String, BigDecimal>> processed = new TreeMap<>();
        for (BatchFact batch : batches.values()) {
            if (batch.day().isBefore(period.from()) || batch.day().isAfter(period.to())) {
                continue;
            }
            for (BatchFact.LotTaken input : batch.inputs()) {
                if (lots.containsKey(input.lotId())) {
                    processed
                            .computeIfAbsent(input.lotId(), id -> new TreeMap<>())
                            .merge(batch.process(), input.kg(), BigDecimal::add);
                }
            }
        }
        Attribution attribution = Attribution.of(
                lots,
                batches,
                links.namedSales(period.from(), period.to()),
                facts.sales(period.from(), period.to()),
                factors);
        return new PeriodLinks(period, lots, batches, processed, attribution);
    }

    public boolean harvestedInPeriod(LotFact lot) {
        return !lot.day().isBefore(this.period.from()) && !lot.day().isAfter(this.period.to());
    }

    /** Harvested, processed or sold in the period. */
    public boolean active(LotFact lot) {
        return harvestedInPeriod(lot)
                || this.processedKg.containsKey(lot.lotId())
                || !this.attribution.lot(lot.lotId()).total().isEmpty();
    }

    /** Fresh kg the lot gave to each process in the period; both processes always present. */
    public Map<String, BigDecimal> processedKg(LotFact lot) {
        Map<String, BigDecimal> kg = new LinkedHashMap<>();
        Map<String, BigDecimal> given = this.processedKg.getOrDefault(lot.lotId(), Map.of());
        PROCESSES.forEach(process -> kg.put(process, given.getOrDefault(process, BigDecimal.ZERO)));
        return kg;
    }

    /** The lots of one farm, active in the period or not, by lotId. */
    public List<LotFact> lotsOf(String farmId) {
        return this.lots.values().stream()
                .filter(lot -> lot.farmId().equals(farmId))
                .toList();
    }

    /** The co-operative a farm belongs to: its latest lot's. */
    public static Comparator<LotFact> latestFirst() {
        return Comparator.comparing(LotFact::harvestedAt)
                .thenComparing(LotFact::lotId)
                .reversed();
    }
}
