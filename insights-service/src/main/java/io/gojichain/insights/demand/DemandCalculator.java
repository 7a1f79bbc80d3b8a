package io.gojichain.insights.demand;

import io.gojichain.insights.facts.Amounts;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.SalesFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups daily sales facts into demand rows; pure arithmetic, exact sums. */
final class DemandCalculator {

    private DemandCalculator() {}

    static List<DemandReport.Row> rows(
            List<SalesFact> sales, DemandDimension dimension, DemandBucket bucket, FeKgFactors factors) {
        Map<RowKey, Totals> totals =
                new TreeMap<>(Comparator.comparing(RowKey::bucketStart).thenComparing(RowKey::key));
        for (SalesFact sale : sales) {
            RowKey key = new RowKey(bucket.start(sale.day()), dimension.keyOf(sale));
            totals.computeIfAbsent(key, k -> new Totals()).add(sale, factors);
        }
        List<DemandReport.Row> rows = new ArrayList<>(totals.size());
        totals.forEach((key, sum) -> rows.add(new DemandReport.Row(
                key.bucketStart(),
                key.key(),
                sum.orders,
                sum.units,
                Amounts.quantity(sum.feKg),
                Amounts.money(sum.revenue))));
        return rows;
    }

    private record RowKey(LocalDate bucketStart, String key) {}

    private static final class Totals {

        private long orders;

        private long units;

        private BigDecimal feKg = BigDecimal.ZERO;

        private final Map<String, BigDecimal> revenue = new TreeMap<>();

        void add(SalesFact sale, FeKgFactors factors) {
            this.orders += sale.orders();
            this.units += sale.units();
            this.feKg = this.feKg.add(factors.feKg(sale.productForm(), sale.volume()));
            this.revenue.merge(sale.currency(), sale.revenue(), BigDecimal::add);
        }
    }
}
