package io.gojichain.insights.facts;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * All-time facts at the cost of a window: the facts from {@code windowFrom} on, plus one summary
 * fact per form for everything counted before it, taken from the running totals (the totals minus
 * the window). For the endpoints whose numbers need the whole history (stock, sell-through) but
 * whose day-level detail needs only a recent window (cover, forecast, changes): they used to read
 * every fact since 2000 on every call.
 *
 * <p>The summary facts are dated {@link #SUMMARY_DAY}, before any day a window or period can name;
 * they carry amounts only (no channel, province or SKU), so that only all-time sums may use them.
 * The totals are read before the window: an event counted in between shows in the window with its
 * day, never twice.
 */
public record History(List<HarvestFact> harvests, List<ProcessingFact> processing, List<SalesFact> sales) {

    /** The day of the summary facts: before {@link Period#FIRST_DAY}, so outside every period. */
    public static final LocalDate SUMMARY_DAY = LocalDate.of(1999, 12, 31);

    public static History of(InsightFacts facts, LocalDate windowFrom) {
        if (!windowFrom.isAfter(Period.FIRST_DAY)) {
            // the window holds everything
            return new History(
                    facts.harvests(Period.FIRST_DAY.minusDays(1), Period.LAST_DAY),
                    facts.processing(Period.FIRST_DAY.minusDays(1), Period.LAST_DAY),
                    facts.sales(Period.FIRST_DAY.minusDays(1), Period.LAST_DAY));
        }
        CountedTotals all = facts.totals();
        List<HarvestFact> harvests = new ArrayList<>(facts.harvests(windowFrom, Period.LAST_DAY));
        List<ProcessingFact> processing = new ArrayList<>(facts.processing(windowFrom, Period.LAST_DAY));
        List<SalesFact> sales = new ArrayList<>(facts.sales(windowFrom, Period.LAST_DAY));
        CountedTotals window = CountedTotals.of(harvests, processing, sales);

        BigDecimal harvestedKg = all.harvestedKg().subtract(window.harvestedKg());
        long harvestEvents = all.events().harvested() - window.events().harvested();
        if (harvestEvents != 0 || harvestedKg.signum() != 0) {
            harvests.add(0, new HarvestFact(SUMMARY_DAY, "", "", "", harvestEvents, harvestedKg));
        }
        BigDecimal driedInput = all.driedInputKg().subtract(window.driedInputKg());
        BigDecimal juicedInput = all.juicedInputKg().subtract(window.juicedInputKg());
        List<ProcessingFact> before = new ArrayList<>();
        for (ProductForm form : List.of(ProductForm.DRIED, ProductForm.NFC_JUICE, ProductForm.PULP)) {
            BigDecimal output = minus(all.producedOutput(), window.producedOutput(), form);
            // all juicing input on the nfc_juice row: the totals do not split it by product
            BigDecimal input = switch (form) {
                case DRIED -> driedInput;
                case NFC_JUICE -> juicedInput;
                default -> BigDecimal.ZERO;
            };
            if (output.signum() != 0 || input.signum() != 0) {
                before.add(new ProcessingFact(SUMMARY_DAY, "", "", form, "", input, output));
            }
        }
        processing.addAll(0, before);
        List<SalesFact> sold = new ArrayList<>();
        for (ProductForm form : ProductForm.values()) {
            BigDecimal volume = minus(all.soldVolume(), window.soldVolume(), form);
            if (volume.signum() != 0) {
                sold.add(new SalesFact(
                        SUMMARY_DAY, form, Channel.OFFLINE, "", "", BigDecimal.ONE, "", 0, 0, volume, BigDecimal.ZERO));
            }
        }
        sales.addAll(0, sold);
        return new History(harvests, processing, sales);
    }

    private static BigDecimal minus(
            Map<ProductForm, BigDecimal> all, Map<ProductForm, BigDecimal> window, ProductForm form) {
        return all.getOrDefault(form, BigDecimal.ZERO).subtract(window.getOrDefault(form, BigDecimal.ZERO));
    }
}
