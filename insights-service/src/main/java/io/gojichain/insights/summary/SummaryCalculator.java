package io.gojichain.insights.summary;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.EventCounts;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.HarvestFact;
import io.gojichain.insights.facts.ProcessingFact;
import io.gojichain.insights.facts.SalesFact;
import io.gojichain.insights.web.Amounts;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up the facts into the summary. The event counts come from the same facts as the sums, so
 * the answer is consistent with itself even while events are being counted.
 */
final class SummaryCalculator {

    /** Revenue always names the home currency, even before the first sale. */
    static final String HOME_CURRENCY = "CNY";

    private SummaryCalculator() {}

    static Summary summarize(
            List<HarvestFact> harvests, List<ProcessingFact> processing, List<SalesFact> sales, FeKgFactors factors) {
        long harvested = 0;
        BigDecimal harvestedKg = BigDecimal.ZERO;
        for (HarvestFact harvest : harvests) {
            harvested += harvest.events();
            harvestedKg = harvestedKg.add(harvest.kg());
        }

        long dried = 0;
        long juiced = 0;
        BigDecimal driedInput = BigDecimal.ZERO;
        BigDecimal juicedInput = BigDecimal.ZERO;
        Map<ProductForm, BigDecimal> output = new EnumMap<>(ProductForm.class);
        for (ProcessingFact batch : processing) {
            if (batch.output() == ProductForm.DRIED) {
                dried++;
                driedInput = driedInput.add(batch.inputKg());
            } else {
                juiced++;
                juicedInput = juicedInput.add(batch.inputKg());
            }
            output.merge(batch.output(), batch.outputQuantity(), BigDecimal::add);
        }

        long sold = 0;
        long units = 0;
        BigDecimal feKg = BigDecimal.ZERO;
        Map<String, BigDecimal> revenue = new TreeMap<>();
        revenue.put(HOME_CURRENCY, BigDecimal.ZERO);
        for (SalesFact sale : sales) {
            sold += sale.orders();
            units += sale.units();
            feKg = feKg.add(factors.feKg(sale.productForm(), sale.volume()));
            revenue.merge(sale.currency(), sale.revenue(), BigDecimal::add);
        }

        return new Summary(
                new EventCounts(harvested, dried, juiced, sold),
                Amounts.quantity(harvestedKg),
                new Summary.ProcessedInputKg(Amounts.quantity(driedInput), Amounts.quantity(juicedInput)),
                new Summary.ProducedOutput(
                        new Summary.Kilograms(produced(output, ProductForm.DRIED)),
                        new Summary.Litres(produced(output, ProductForm.NFC_JUICE)),
                        new Summary.Litres(produced(output, ProductForm.PULP))),
                units,
                Amounts.money(revenue),
                Amounts.quantity(feKg));
    }

    private static BigDecimal produced(Map<ProductForm, BigDecimal> output, ProductForm form) {
        return Amounts.quantity(output.getOrDefault(form, BigDecimal.ZERO));
    }
}
