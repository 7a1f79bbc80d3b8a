package io.gojichain.insights.attribution;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.BatchFact;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.LotFact;
import io.gojichain.insights.facts.NamedSaleFact;
import io.gojichain.insights.facts.SalesFact;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Attributes sales to lots (docs/CONTRACT.md section 7), joining the links when asked:
 *
 * <ul>
 *   <li>a sale naming a processed batch: split over the batch's input lots in proportion to the
 *       fresh kg taken from each (a lot never posted keeps its share unattributed);
 *   <li>a {@code fresh} sale naming a harvested lot: wholly to that lot;
 *   <li>anything else (no batchId, an id never posted, a processed form naming a raw lot):
 *       unattributed.
 * </ul>
 *
 * Shares stay exact ({@link ExactSum}); the county is the sum of every lot's share, and the
 * unattributed rest is every sale of the period minus the county, so the lots plus the rest are
 * the period's sales exactly, before the one rounding.
 */
public final class Attribution {

    private final Map<String, LotEarnings> byLot;

    private final Earnings county;

    private final Earnings unattributed;

    private Attribution(Map<String, LotEarnings> byLot, Earnings county, Earnings unattributed) {
        this.byLot = byLot;
        this.county = county;
        this.unattributed = unattributed;
    }

    /**
     * @param lots every lot, by lotId
     * @param batches every batch, by batchId
     * @param named the period's sales that name a batch or lot
     * @param all every sale of the period (named or not), for the unattributed rest
     */
    public static Attribution of(
            Map<String, LotFact> lots,
            Map<String, BatchFact> batches,
            Collection<NamedSaleFact> named,
            Collection<SalesFact> all,
            FeKgFactors factors) {
        Map<String, LotEarnings> byLot = new HashMap<>();
        Earnings county = new Earnings();
        for (NamedSaleFact sale : named) {
            BigDecimal feKg = factors.feKg(sale.productForm(), sale.volume());
            BatchFact batch = batches.get(sale.batchId());
            if (batch != null) {
                BigDecimal whole = batch.inputKg();
                if (whole.signum() <= 0) {
                    continue;
                }
                Map<String, BigDecimal> taken = new TreeMap<>();
                for (BatchFact.LotTaken input : batch.inputs()) {
                    if (lots.containsKey(input.lotId())) {
                        taken.merge(input.lotId(), input.kg(), BigDecimal::add);
                    }
                }
                taken.forEach((lotId, kg) -> {
                    byLot.computeIfAbsent(lotId, id -> new LotEarnings()).add(sale, batch.method(), feKg, kg, whole);
                    county.addShare(feKg, sale.revenue(), sale.currency(), kg, whole);
                });
                if (!taken.isEmpty()) {
                    county.addOrders(sale.orders());
                }
            } else if (sale.productForm() == ProductForm.FRESH && lots.containsKey(sale.batchId())) {
                byLot.computeIfAbsent(sale.batchId(), id -> new LotEarnings())
                        .add(sale, ProductForm.FRESH.wireName(), feKg, BigDecimal.ONE, BigDecimal.ONE);
                county.addShare(feKg, sale.revenue(), sale.currency(), BigDecimal.ONE, BigDecimal.ONE)
                        .addOrders(sale.orders());
            }
        }
        Earnings sold = new Earnings();
        for (SalesFact sale : all) {
            sold.addShare(
                            factors.feKg(sale.productForm(), sale.volume()),
                            sale.revenue(),
                            sale.currency(),
                            BigDecimal.ONE,
                            BigDecimal.ONE)
                    .addOrders(sale.orders());
        }
        return new Attribution(byLot, county, sold.subtract(county));
    }

    /** What the lot's berries earned; empty earnings for a lot none of the sales reached. */
    public LotEarnings lot(String lotId) {
        LotEarnings earnings = this.byLot.get(lotId);
        return (earnings == null) ? new LotEarnings() : earnings;
    }

    /** Every attributed share: the sum over all lots. */
    public Earnings county() {
        return this.county;
    }

    /**
     * The period's sales, or shares of them, that reached no known lot; {@code orders} counts the
     * order lines none of whose share reached one.
     */
    public Earnings unattributed() {
        return this.unattributed;
    }

    /** One lot's share of sales, in total and by channel and buyer province. */
    public static final class LotEarnings {

        private final Earnings total = new Earnings();

        private final Map<Channel, Earnings> byChannel = new EnumMap<>(Channel.class);

        private final Map<String, Earnings> byProvince = new TreeMap<>();

        private final Map<Outlet, Earnings> byOutlet = new TreeMap<>();

        void add(NamedSaleFact sale, String method, BigDecimal feKg, BigDecimal part, BigDecimal whole) {
            for (Earnings earnings : List.of(
                    this.total,
                    this.byChannel.computeIfAbsent(sale.channel(), c -> new Earnings()),
                    this.byProvince.computeIfAbsent(sale.province(), p -> new Earnings()),
                    this.byOutlet.computeIfAbsent(
                            new Outlet(sale.productForm(), method, sale.channel()), k -> new Earnings()))) {
                earnings.addShare(feKg, sale.revenue(), sale.currency(), part, whole)
                        .addOrders(sale.orders());
            }
        }

        public Earnings total() {
            return this.total;
        }

        public Map<Channel, Earnings> byChannel() {
            return this.byChannel;
        }

        public Map<String, Earnings> byProvince() {
            return this.byProvince;
        }

        /** By what the berries were sold as: form, how it was made, channel. */
        public Map<Outlet, Earnings> byOutlet() {
            return this.byOutlet;
        }
    }

    /**
     * What a lot's berries were sold as: the form, how it was made (the batch's method: sun, hot_air,
     * freeze, nfc_juice, pulp; {@code fresh} for a fresh lot) and the channel.
     */
    public record Outlet(ProductForm form, String method, Channel channel) implements Comparable<Outlet> {

        @Override
        public int compareTo(Outlet other) {
            int byForm = this.form.compareTo(other.form);
            if (byForm != 0) {
                return byForm;
            }
            int byMethod = this.method.compareTo(other.method);
            return (byMethod != 0) ? byMethod : this.channel.compareTo(other.channel);
        }
    }
}
