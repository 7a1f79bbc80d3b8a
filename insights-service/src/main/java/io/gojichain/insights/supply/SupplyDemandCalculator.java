package io.gojichain.insights.supply;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.HarvestFact;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.facts.ProcessingFact;
import io.gojichain.insights.facts.SalesFact;
import io.gojichain.insights.forecast.DemandForecaster;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Produced against sold per product form, in feKg (docs/DOMAIN.md, "Supply vs demand"). Sums are exact;
 * divisions are rounded HALF_EVEN: ratios and days to 4 places, feKg to 6.
 */
public final class SupplyDemandCalculator {

    /**
     * The earliest day an event can fall on: the contract rejects an eventTime before 2000-01-01
     * (UTC), which is still 31 December 1999 in zones west of UTC. "All time" starts here.
     */
    public static final LocalDate EARLIEST_DAY = LocalDate.of(1999, 12, 31);

    /** Days of sales behind the mean daily demand of days of cover (docs/DOMAIN.md: last 7 days). */
    public static final int COVER_WINDOW_DAYS = 7;

    /** Days of forecast demand compared with stock. */
    public static final int FORECAST_DAYS = 7;

    static final String MASS_BALANCE_NOTE = "Mass balance per lot (fresh kg given to processing beyond what"
            + " that lot harvested) is not checked here: the read model holds daily totals, not the inputs of each"
            + " lot.";

    static final String FACTOR_NOTE = "Produced feKg of dried, nfc_juice and pulp is output x the configured"
            + " factor, not the fresh kg the plants consumed; the yields endpoint reports the observed yields.";

    private static final BigDecimal DAYS = BigDecimal.valueOf(COVER_WINDOW_DAYS);

    private final FeKgFactors factors;

    private final DemandForecaster forecaster;

    public SupplyDemandCalculator(FeKgFactors factors, DemandForecaster forecaster) {
        this.factors = factors;
        this.forecaster = forecaster;
    }

    /** The days whose sales make the mean daily demand on {@code asOf}. */
    public static Period coverWindow(LocalDate asOf) {
        return new Period(asOf.minusDays(COVER_WINDOW_DAYS - 1L), asOf);
    }

    /**
     * @param harvests harvest facts from {@link #EARLIEST_DAY} to {@code asOf} (later days are ignored,
     *     as in the other lists)
     * @param processing processing facts over the same days
     * @param sales sales facts over the same days
     */
    public SupplyDemandReport calculate(
            List<HarvestFact> harvests,
            List<ProcessingFact> processing,
            List<SalesFact> sales,
            LocalDate asOf,
            String zone) {
        Period cover = coverWindow(asOf);
        BigDecimal harvestedKg = BigDecimal.ZERO;
        for (HarvestFact harvest : harvests) {
            if (!harvest.day().isAfter(asOf)) {
                harvestedKg = harvestedKg.add(harvest.kg());
            }
        }
        BigDecimal processedInputKg = BigDecimal.ZERO;
        Map<ProductForm, BigDecimal> produced = zeros();
        for (ProcessingFact batch : processing) {
            if (!batch.day().isAfter(asOf)) {
                processedInputKg = processedInputKg.add(batch.inputKg());
                produced.merge(
                        batch.output(), this.factors.feKg(batch.output(), batch.outputQuantity()), BigDecimal::add);
            }
        }
        BigDecimal freshLeft = harvestedKg.subtract(processedInputKg);
        boolean floored = freshLeft.signum() < 0;
        BigDecimal availableKg = floored ? BigDecimal.ZERO : freshLeft;
        produced.put(ProductForm.FRESH, this.factors.feKg(ProductForm.FRESH, availableKg));

        Map<ProductForm, BigDecimal> sold = zeros();
        Map<ProductForm, BigDecimal> soldInCover = zeros();
        for (SalesFact sale : sales) {
            if (sale.day().isAfter(asOf)) {
                continue;
            }
            BigDecimal feKg = this.factors.feKg(sale.productForm(), sale.volume());
            sold.merge(sale.productForm(), feKg, BigDecimal::add);
            if (!sale.day().isBefore(cover.from())) {
                soldInCover.merge(sale.productForm(), feKg, BigDecimal::add);
            }
        }

        List<FormSupply> forms = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (floored) {
            notes.add("Processing consumed " + freshLeft.negate().toPlainString() + " fresh kg more than was harvested"
                    + " up to " + asOf + " (harvested " + harvestedKg.toPlainString() + " kg, consumed "
                    + processedInputKg.toPlainString() + " kg): fresh supply is shown as 0, not negative. Missing or"
                    + " late harvest events, or lots harvested before the data starts, are the usual causes.");
        }
        for (ProductForm form : ProductForm.values()) {
            FormSupply row = row(
                    form,
                    produced.get(form),
                    form == ProductForm.FRESH && floored,
                    sold.get(form),
                    soldInCover.get(form),
                    sales,
                    asOf);
            if (row.oversold()) {
                notes.add(form.wireName() + ": sold " + row.stockFeKg().negate().toPlainString()
                        + " feKg more than was produced (oversold): production events are missing or the stock"
                        + " predates the data.");
            }
            forms.add(row);
        }
        notes.add(FACTOR_NOTE);
        notes.add(MASS_BALANCE_NOTE);
        return new SupplyDemandReport(
                zone,
                asOf,
                cover,
                new Period(asOf.plusDays(1), asOf.plusDays(FORECAST_DAYS)),
                new FreshBalance(harvestedKg, processedInputKg, availableKg, floored),
                forms,
                notes);
    }

    private FormSupply row(
            ProductForm form,
            BigDecimal produced,
            boolean floored,
            BigDecimal sold,
            BigDecimal soldInCover,
            List<SalesFact> sales,
            LocalDate asOf) {
        BigDecimal stock = produced.subtract(sold);
        @Nullable
        BigDecimal sellThrough = (produced.signum() == 0) ? null : sold.divide(produced, 4, RoundingMode.HALF_EVEN);
        BigDecimal meanDaily = soldInCover.divide(DAYS, 6, RoundingMode.HALF_EVEN);
        @Nullable
        BigDecimal daysOfCover = (soldInCover.signum() == 0)
                ? null
                : stock.max(BigDecimal.ZERO).multiply(DAYS).divide(soldInCover, 4, RoundingMode.HALF_EVEN);
        BigDecimal forecast = DemandForecaster.total(this.forecaster.forecast(sales, form, null, asOf, FORECAST_DAYS));
        BigDecimal gap = forecast.subtract(stock);
        return new FormSupply(
                form,
                produced,
                floored,
                sold,
                stock,
                stock.signum() < 0,
                sellThrough,
                meanDaily,
                daysOfCover,
                forecast,
                gap,
                gap.signum() > 0);
    }

    private static Map<ProductForm, BigDecimal> zeros() {
        Map<ProductForm, BigDecimal> map = new EnumMap<>(ProductForm.class);
        for (ProductForm form : ProductForm.values()) {
            map.put(form, BigDecimal.ZERO);
        }
        return map;
    }
}
