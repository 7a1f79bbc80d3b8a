package io.gojichain.insights.facts;

import io.gojichain.contracts.ProductForm;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals over everything counted so far, in the units the events carry (feKg is applied when
 * read, like everywhere else).
 *
 * @param harvestedKg fresh kg harvested
 * @param driedInputKg fresh kg consumed by drying
 * @param juicedInputKg fresh kg consumed by juicing (NFC juice and pulp)
 * @param producedOutput kg dried, litres of nfc_juice and of pulp produced, per output form
 * @param unitsSold packs sold
 * @param soldVolume kg or litres sold per form (quantity x packSize)
 * @param revenue sums of quantity x unitPrice per currency
 */
public record CountedTotals(
        EventCounts events,
        BigDecimal harvestedKg,
        BigDecimal driedInputKg,
        BigDecimal juicedInputKg,
        Map<ProductForm, BigDecimal> producedOutput,
        long unitsSold,
        Map<ProductForm, BigDecimal> soldVolume,
        Map<String, BigDecimal> revenue) {

    public CountedTotals {
        producedOutput = Collections.unmodifiableMap(new EnumMap<>(nonEmpty(producedOutput)));
        soldVolume = Collections.unmodifiableMap(new EnumMap<>(nonEmpty(soldVolume)));
        revenue = Collections.unmodifiableMap(new TreeMap<>(revenue));
    }

    /** The totals of the given facts (all of them: no day filter). */
    public static CountedTotals of(List<HarvestFact> harvests, List<ProcessingFact> processing, List<SalesFact> sales) {
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
        Map<ProductForm, BigDecimal> volume = new EnumMap<>(ProductForm.class);
        Map<String, BigDecimal> revenue = new TreeMap<>();
        for (SalesFact sale : sales) {
            sold += sale.orders();
            units += sale.units();
            volume.merge(sale.productForm(), sale.volume(), BigDecimal::add);
            revenue.merge(sale.currency(), sale.revenue(), BigDecimal::add);
        }
        return new CountedTotals(
                new EventCounts(harvested, dried, juiced, sold),
                harvestedKg,
                driedInput,
                juicedInput,
                output,
                units,
                volume,
                revenue);
    }

    /** EnumMap's copy constructor needs an EnumMap or a non-empty map. */
    private static Map<ProductForm, BigDecimal> nonEmpty(Map<ProductForm, BigDecimal> map) {
        return map.isEmpty() ? new EnumMap<>(ProductForm.class) : map;
    }
}
