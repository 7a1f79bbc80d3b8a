package io.gojichain.insights.summary;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.Amounts;
import io.gojichain.insights.facts.CountedTotals;
import io.gojichain.insights.facts.FeKgFactors;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** Turns the counted totals into the summary: feKg by the configured factors, money as strings. */
final class SummaryCalculator {

    /** Revenue always names the home currency, even before the first sale. */
    static final String HOME_CURRENCY = "CNY";

    private SummaryCalculator() {}

    static Summary summarize(CountedTotals totals, FeKgFactors factors) {
        BigDecimal feKg = BigDecimal.ZERO;
        for (Map.Entry<ProductForm, BigDecimal> sold : totals.soldVolume().entrySet()) {
            feKg = feKg.add(factors.feKg(sold.getKey(), sold.getValue()));
        }
        Map<String, BigDecimal> revenue = new TreeMap<>(totals.revenue());
        revenue.putIfAbsent(HOME_CURRENCY, BigDecimal.ZERO);
        return new Summary(
                totals.events(),
                Amounts.quantity(totals.harvestedKg()),
                new Summary.ProcessedInputKg(
                        Amounts.quantity(totals.driedInputKg()), Amounts.quantity(totals.juicedInputKg())),
                new Summary.ProducedOutput(
                        new Summary.Kilograms(produced(totals, ProductForm.DRIED)),
                        new Summary.Litres(produced(totals, ProductForm.NFC_JUICE)),
                        new Summary.Litres(produced(totals, ProductForm.PULP))),
                totals.unitsSold(),
                Amounts.money(revenue),
                Amounts.quantity(feKg));
    }

    private static BigDecimal produced(CountedTotals totals, ProductForm form) {
        return Amounts.quantity(totals.producedOutput().getOrDefault(form, BigDecimal.ZERO));
    }
}
