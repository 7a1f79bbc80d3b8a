package io.gojichain.insights.supply;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.facts.AnalyticsSliceConfig;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.HarvestFact;
import io.gojichain.insights.facts.History;
import io.gojichain.insights.facts.ListBackedInsightFacts;
import io.gojichain.insights.facts.ProcessingFact;
import io.gojichain.insights.facts.SalesFact;
import io.gojichain.insights.forecast.DemandForecaster;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Supply from the running totals plus a window gives exactly the report that every fact since
 * 2000 gives: the summary facts stand for the days before the window in the all-time sums only.
 */
class SupplyFromHistoryTests {

    private final InsightsProperties properties = AnalyticsSliceConfig.defaultProperties();

    private final FeKgFactors factors = new FeKgFactors(this.properties);

    private final SupplyDemandCalculator calculator =
            new SupplyDemandCalculator(this.factors, new DemandForecaster(this.factors, this.properties.forecast()));

    @ParameterizedTest
    @ValueSource(strings = {"2026-09-14", "2025-03-01", "2024-01-02", "2030-01-01"})
    void theReportFromTotalsAndAWindowEqualsTheReportFromEveryFact(String asOfText) {
        LocalDate asOf = LocalDate.parse(asOfText);
        ListBackedInsightFacts facts = new ListBackedInsightFacts();
        Random random = new Random(9);
        ProductForm[] forms = ProductForm.values();
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.isBefore(LocalDate.of(2026, 9, 20)); day = day.plusDays(3)) {
            facts.harvests.add(new HarvestFact(day, "Ningxia", "Zhongning", "grade_a", 2, kg(random)));
            ProductForm output = forms[1 + random.nextInt(3)];
            facts.processing.add(new ProcessingFact(day, "B-" + day, "P-1", output, "sun", kg(random), kg(random)));
            for (int i = 0; i < 3; i++) {
                ProductForm form = forms[random.nextInt(forms.length)];
                facts.sales.add(new SalesFact(
                        day,
                        form,
                        Channel.ONLINE,
                        "Guangdong",
                        "SKU-" + i,
                        new BigDecimal("0.25"),
                        "CNY",
                        1,
                        4,
                        kg(random),
                        new BigDecimal("99.90")));
            }
        }
        SupplyDemandReport everything = this.calculator.calculate(
                facts.harvests(SupplyDemandCalculator.EARLIEST_DAY, asOf),
                facts.processing(SupplyDemandCalculator.EARLIEST_DAY, asOf),
                facts.sales(SupplyDemandCalculator.EARLIEST_DAY, asOf),
                asOf,
                "Asia/Shanghai");

        History history = History.of(facts, DemandForecaster.lookback(asOf).from());
        SupplyDemandReport fromTotals = this.calculator.calculate(
                history.harvests(), history.processing(), history.sales(), asOf, "Asia/Shanghai");

        assertThat(fromTotals).isEqualTo(everything);
        if (asOf.isAfter(LocalDate.of(2025, 1, 1))) {
            // the days before the window are summary facts: a handful, not the years of facts
            assertThat(history.sales().stream().filter(sale -> sale.day().equals(History.SUMMARY_DAY)))
                    .hasSizeBetween(1, ProductForm.values().length);
            assertThat(history.sales().size()).isLessThan(facts.sales.size());
        }
    }

    private static BigDecimal kg(Random random) {
        return BigDecimal.valueOf(1 + random.nextInt(100_000), 2);
    }
}
