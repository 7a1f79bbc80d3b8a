package io.gojichain.insights.trace;

import io.gojichain.contracts.PackUnit;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.attribution.Attribution;
import io.gojichain.insights.attribution.Earnings;
import io.gojichain.insights.facts.BatchFact;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.LinkFacts;
import io.gojichain.insights.facts.LotFact;
import io.gojichain.insights.facts.LotUseFact;
import io.gojichain.insights.facts.NamedSaleFact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Follows the links of one lot or batch: a handful of keyed reads (the lot, its uses, each batch,
 * the sales naming each), joined here.
 */
final class TraceCalculator {

    /** A lot is over-drawn when processing took more than this factor times its harvest (0.5 % over). */
    static final BigDecimal OVERDRAW_TOLERANCE = new BigDecimal("1.005");

    private final LinkFacts links;

    private final FeKgFactors factors;

    TraceCalculator(LinkFacts links, FeKgFactors factors) {
        this.links = links;
        this.factors = factors;
    }

    /** Everything the links hold about one lot; empty for a lot never harvested. */
    Optional<LotHistory> history(String lotId) {
        LotFact lot = this.links.lot(lotId);
        if (lot == null) {
            return Optional.empty();
        }
        List<LotUseFact> uses = this.links.usesOf(lotId);
        Map<String, BatchFact> batches = new TreeMap<>();
        Map<String, List<NamedSaleFact>> sales = new TreeMap<>();
        for (LotUseFact use : uses) {
            BatchFact batch = this.links.batch(use.batchId());
            if (batch != null) {
                batches.put(batch.batchId(), batch);
                sales.put(batch.batchId(), this.links.salesNaming(batch.batchId()));
            }
        }
        List<NamedSaleFact> fresh = this.links.salesNaming(lotId).stream()
                .filter(sale -> sale.productForm() == ProductForm.FRESH)
                .toList();
        if (!fresh.isEmpty() && !batches.containsKey(lotId)) {
            sales.put(lotId, fresh);
        }
        return Optional.of(new LotHistory(lot, uses, batches, sales));
    }

    Optional<LotTrace> lot(String lotId) {
        return history(lotId).map(this::trace);
    }

    private LotTrace trace(LotHistory history) {
        LotFact lot = history.lot();
        List<LotTrace.Batch> batches = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (LotUseFact use : history.uses()) {
            given = given.add(use.kg());
            BatchFact batch = history.batches().get(use.batchId());
            batches.add(new LotTrace.Batch(
                    use.batchId(),
                    (batch == null) ? "" : batch.processorId(),
                    use.process(),
                    use.output().wireName(),
                    use.method(),
                    use.processedAt(),
                    use.kg(),
                    (batch == null) ? use.kg() : batch.inputKg(),
                    (batch == null) ? BigDecimal.ZERO : batch.outputQuantity(),
                    unit(use.output())));
        }
        batches.sort(Comparator.comparing(LotTrace.Batch::processedAt).thenComparing(LotTrace.Batch::batchId));

        List<NamedSaleFact> named =
                history.sales().values().stream().flatMap(List::stream).toList();
        Attribution attribution =
                Attribution.of(Map.of(lot.lotId(), lot), history.batches(), named, List.of(), this.factors);
        List<LotTrace.Sales> sales = new ArrayList<>();
        history.sales().forEach((namedId, facts) -> {
            Map<ProductForm, List<NamedSaleFact>> byForm = new TreeMap<>();
            facts.forEach(fact -> byForm.computeIfAbsent(fact.productForm(), f -> new ArrayList<>())
                    .add(fact));
            BatchFact batch = history.batches().get(namedId);
            BigDecimal part = BigDecimal.ONE;
            BigDecimal whole = BigDecimal.ONE;
            if (batch != null) {
                part = batch.inputs().stream()
                        .filter(input -> input.lotId().equals(lot.lotId()))
                        .map(BatchFact.LotTaken::kg)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                whole = batch.inputKg();
            }
            for (Map.Entry<ProductForm, List<NamedSaleFact>> form : byForm.entrySet()) {
                Earnings all = new Earnings();
                Earnings share = new Earnings();
                for (NamedSaleFact fact : form.getValue()) {
                    BigDecimal feKg = this.factors.feKg(fact.productForm(), fact.volume());
                    all.addShare(feKg, fact.revenue(), fact.currency(), BigDecimal.ONE, BigDecimal.ONE)
                            .addOrders(fact.orders());
                    share.addShare(feKg, fact.revenue(), fact.currency(), part, whole);
                }
                sales.add(new LotTrace.Sales(
                        namedId,
                        form.getKey().wireName(),
                        all.orders(),
                        all.soldFeKg(),
                        all.revenue(),
                        share.soldFeKg(),
                        share.revenue()));
            }
        });
        Earnings earned = attribution.county();
        return new LotTrace(
                new LotTrace.Lot(
                        lot.lotId(),
                        lot.farmId(),
                        lot.cooperativeId(),
                        lot.harvestedAt(),
                        lot.kg(),
                        lot.province(),
                        lot.county(),
                        lot.grade(),
                        lot.variety()),
                batches,
                sales,
                new LotTrace.Earned(earned.soldFeKg(), earned.revenue(), earned.valuePerFreshKg()),
                massBalance(lot.kg(), given));
    }

    static LotTrace.MassBalance massBalance(BigDecimal harvestedKg, BigDecimal givenKg) {
        BigDecimal excess = givenKg.subtract(harvestedKg).max(BigDecimal.ZERO);
        boolean overdrawn = givenKg.compareTo(harvestedKg.multiply(OVERDRAW_TOLERANCE)) > 0;
        return new LotTrace.MassBalance(harvestedKg, givenKg, excess, overdrawn);
    }

    Optional<BatchTrace> batch(String batchId) {
        BatchFact batch = this.links.batch(batchId);
        if (batch == null) {
            return Optional.empty();
        }
        BigDecimal inputKg = batch.inputKg();
        Map<String, LotFact> lots = new LinkedHashMap<>();
        for (BatchFact.LotTaken input : batch.inputs()) {
            if (!lots.containsKey(input.lotId())) {
                LotFact lot = this.links.lot(input.lotId());
                if (lot != null) {
                    lots.put(input.lotId(), lot);
                }
            }
        }
        List<BatchTrace.Input> inputs = new ArrayList<>();
        Map<String, BigDecimal> byFarm = new TreeMap<>();
        Map<String, String> coopOfFarm = new TreeMap<>();
        Map<String, BigDecimal> byCoop = new TreeMap<>();
        for (BatchFact.LotTaken input : batch.inputs()) {
            LotFact lot = lots.get(input.lotId());
            BigDecimal share = (inputKg.signum() == 0)
                    ? BigDecimal.ZERO
                    : input.kg().divide(inputKg, Earnings.FE_KG_SCALE, RoundingMode.HALF_EVEN);
            inputs.add(new BatchTrace.Input(
                    input.lotId(),
                    input.kg(),
                    share,
                    lot != null,
                    (lot == null) ? null : lot.farmId(),
                    (lot == null) ? null : lot.cooperativeId()));
            if (lot != null) {
                byFarm.merge(lot.farmId(), input.kg(), BigDecimal::add);
                if (lot.cooperativeId() != null) {
                    coopOfFarm.putIfAbsent(lot.farmId(), lot.cooperativeId());
                    byCoop.merge(lot.cooperativeId(), input.kg(), BigDecimal::add);
                }
            }
        }
        Earnings sold = new Earnings();
        for (NamedSaleFact fact : this.links.salesNaming(batchId)) {
            sold.addShare(
                            this.factors.feKg(fact.productForm(), fact.volume()),
                            fact.revenue(),
                            fact.currency(),
                            BigDecimal.ONE,
                            BigDecimal.ONE)
                    .addOrders(fact.orders());
        }
        List<BatchTrace.FarmKg> farms = new ArrayList<>();
        byFarm.forEach((farm, kg) -> farms.add(new BatchTrace.FarmKg(farm, coopOfFarm.get(farm), kg)));
        List<BatchTrace.CooperativeKg> coops = new ArrayList<>();
        byCoop.forEach((coop, kg) -> coops.add(new BatchTrace.CooperativeKg(coop, kg)));
        return Optional.of(new BatchTrace(
                batch.batchId(),
                batch.processorId(),
                batch.process(),
                batch.output().wireName(),
                batch.method(),
                batch.processedAt(),
                inputKg,
                batch.outputQuantity(),
                unit(batch.output()),
                inputs,
                farms,
                coops,
                new BatchTrace.Sold(sold.orders(), sold.soldFeKg(), sold.revenue())));
    }

    /** A lot with what the links say about it: its uses, the batches behind them, the sales naming each. */
    record LotHistory(
            LotFact lot,
            List<LotUseFact> uses,
            Map<String, BatchFact> batches,
            Map<String, List<NamedSaleFact>> sales) {}

    /** {@code kg} for berries, {@code L} for juice and pulp. */
    static String unit(ProductForm form) {
        return (form.packUnit() == PackUnit.KG) ? "kg" : "L";
    }
}
