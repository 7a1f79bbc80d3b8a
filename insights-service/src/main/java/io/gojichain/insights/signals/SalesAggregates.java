package io.gojichain.insights.signals;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.facts.SalesFact;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Exact sums of the sales of one period, by the keys the rules compare. */
final class SalesAggregates {

    private SalesAggregates() {}

    /** feKg and orders of some sales. */
    record DemandTotals(BigDecimal feKg, long orders) {

        static final DemandTotals ZERO = new DemandTotals(BigDecimal.ZERO, 0);

        DemandTotals plus(BigDecimal moreFeKg, long moreOrders) {
            return new DemandTotals(this.feKg.add(moreFeKg), this.orders + moreOrders);
        }
    }

    /** A product form bought from one buyer province. */
    record FormProvince(ProductForm form, String province) {

        static final Comparator<FormProvince> ORDER =
                Comparator.comparing(FormProvince::form).thenComparing(FormProvince::province);
    }

    /** Revenue (one currency), feKg and orders of one form. */
    record FormRevenue(BigDecimal revenue, BigDecimal feKg, long orders) {

        static final FormRevenue ZERO = new FormRevenue(BigDecimal.ZERO, BigDecimal.ZERO, 0);

        FormRevenue plus(BigDecimal moreRevenue, BigDecimal moreFeKg, long moreOrders) {
            return new FormRevenue(this.revenue.add(moreRevenue), this.feKg.add(moreFeKg), this.orders + moreOrders);
        }
    }

    static Map<FormProvince, DemandTotals> byFormAndProvince(
            List<SalesFact> sales, FeKgFactors factors, Period period) {
        Map<FormProvince, DemandTotals> totals = new TreeMap<>(FormProvince.ORDER);
        for (SalesFact sale : sales) {
            if (in(sale, period)) {
                totals.merge(
                        new FormProvince(sale.productForm(), sale.province()),
                        DemandTotals.ZERO.plus(factors.feKg(sale.productForm(), sale.volume()), sale.orders()),
                        (a, b) -> a.plus(b.feKg(), b.orders()));
            }
        }
        return totals;
    }

    static Map<Channel, DemandTotals> byChannel(List<SalesFact> sales, FeKgFactors factors, Period period) {
        Map<Channel, DemandTotals> totals = new EnumMap<>(Channel.class);
        for (SalesFact sale : sales) {
            if (in(sale, period)) {
                totals.merge(
                        sale.channel(),
                        DemandTotals.ZERO.plus(factors.feKg(sale.productForm(), sale.volume()), sale.orders()),
                        (a, b) -> a.plus(b.feKg(), b.orders()));
            }
        }
        return totals;
    }

    /** Currency (sorted) -> form -> revenue in that currency with the feKg of the same sales. */
    static Map<String, Map<ProductForm, FormRevenue>> byCurrencyAndForm(
            List<SalesFact> sales, FeKgFactors factors, Period period) {
        Map<String, Map<ProductForm, FormRevenue>> totals = new TreeMap<>();
        for (SalesFact sale : sales) {
            if (in(sale, period)) {
                totals.computeIfAbsent(sale.currency(), currency -> new EnumMap<>(ProductForm.class))
                        .merge(
                                sale.productForm(),
                                FormRevenue.ZERO.plus(
                                        sale.revenue(), factors.feKg(sale.productForm(), sale.volume()), sale.orders()),
                                (a, b) -> a.plus(b.revenue(), b.feKg(), b.orders()));
            }
        }
        return totals;
    }

    private static boolean in(SalesFact sale, Period period) {
        return !sale.day().isBefore(period.from()) && !sale.day().isAfter(period.to());
    }
}
