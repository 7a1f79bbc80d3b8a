package io.gojichain.insights.supply;

import static io.gojichain.insights.facts.FixedInsightFacts.batch;
import static io.gojichain.insights.facts.FixedInsightFacts.harvest;
import static io.gojichain.insights.facts.FixedInsightFacts.sale;
import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.facts.AnalyticsSliceConfig;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.HarvestFact;
import io.gojichain.insights.facts.ProcessingFact;
import io.gojichain.insights.facts.SalesFact;
import io.gojichain.insights.forecast.DemandForecaster;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplyDemandCalculatorTests {

    private static final LocalDate AS_OF = LocalDate.parse("2026-09-14");

    private final InsightsProperties properties = AnalyticsSliceConfig.defaultProperties();

    private final FeKgFactors factors = new FeKgFactors(this.properties);

    private final SupplyDemandCalculator calculator =
            new SupplyDemandCalculator(this.factors, new DemandForecaster(this.factors, this.properties.forecast()));

    // Harvested 1000 + 500 = 1500 kg. Processing: dried 450 kg in -> 100 kg out (450 feKg),
    // juice 260 kg in -> 200 L (260 feKg), pulp 115 kg in -> 100 L (115 feKg): 825 kg consumed,
    // 1500 - 825 = 675 kg left for fresh sale.
    private final List<HarvestFact> harvests = List.of(harvest("2026-09-01", "1000"), harvest("2026-09-08", "500"));

    private final List<ProcessingFact> processing = List.of(
            batch("2026-09-02", ProductForm.DRIED, "450", "100"),
            batch("2026-09-03", ProductForm.NFC_JUICE, "260", "200"),
            batch("2026-09-09", ProductForm.PULP, "115", "100"));

    /**
     * Flat daily sales, so the forecast is the same flat line (Holt on a constant series): fresh 12 kg
     * a day and dried 2 kg (9 feKg) a day over 09-08..09-14, juice 50 L (65 feKg) a day over 09-10..09-14.
     */
    private List<SalesFact> flatSales() {
        List<SalesFact> sales = new ArrayList<>();
        for (LocalDate day = LocalDate.parse("2026-09-08"); !day.isAfter(AS_OF); day = day.plusDays(1)) {
            sales.add(sale(day.toString(), ProductForm.FRESH, Channel.OFFLINE, "Xinjiang", 2, "12", "180.00"));
            sales.add(sale(day.toString(), ProductForm.DRIED, Channel.ONLINE, "Guangdong", 4, "2", "120.00"));
            if (!day.isBefore(LocalDate.parse("2026-09-10"))) {
                sales.add(sale(
                        day.toString(), ProductForm.NFC_JUICE, Channel.LIVESTREAM, "Zhejiang", 10, "50", "900.00"));
            }
        }
        // after the as-of day: ignored
        sales.add(sale("2026-09-15", ProductForm.PULP, Channel.ONLINE, "Beijing", 1, "1000", "10.00"));
        return sales;
    }

    @Test
    void producedSoldStockCoverAndGapByHand() {
        SupplyDemandReport report =
                this.calculator.calculate(this.harvests, this.processing, flatSales(), AS_OF, "Asia/Shanghai");

        assertThat(report.asOf()).isEqualTo(AS_OF);
        assertThat(report.coverWindow().from()).isEqualTo(LocalDate.parse("2026-09-08"));
        assertThat(report.forecastWindow().from()).isEqualTo(LocalDate.parse("2026-09-15"));
        assertThat(report.forecastWindow().to()).isEqualTo(LocalDate.parse("2026-09-21"));
        assertThat(report.fresh().harvestedKg()).isEqualByComparingTo("1500");
        assertThat(report.fresh().processedInputKg()).isEqualByComparingTo("825");
        assertThat(report.fresh().availableKg()).isEqualByComparingTo("675");
        assertThat(report.fresh().floored()).isFalse();
        assertThat(report.forms())
                .extracting(FormSupply::productForm)
                .containsExactly(ProductForm.FRESH, ProductForm.DRIED, ProductForm.NFC_JUICE, ProductForm.PULP);

        // fresh: sold 7 x 12 = 84; stock 675 - 84 = 591; sell-through 84/675 = 0.12444 -> 0.1244;
        // mean 84/7 = 12; cover 591/12 = 49.25; forecast 7 x 12 = 84; gap 84 - 591 = -507
        FormSupply fresh = report.forms().get(0);
        assertThat(fresh.producedFeKg()).isEqualByComparingTo("675");
        assertThat(fresh.soldFeKg()).isEqualByComparingTo("84");
        assertThat(fresh.stockFeKg()).isEqualByComparingTo("591");
        assertThat(fresh.sellThrough()).isEqualTo(new BigDecimal("0.1244"));
        assertThat(fresh.meanDailySoldFeKg()).isEqualTo(new BigDecimal("12.000000"));
        assertThat(fresh.daysOfCover()).isEqualTo(new BigDecimal("49.2500"));
        assertThat(fresh.forecastDemandFeKg()).isEqualByComparingTo("84");
        assertThat(fresh.gapFeKg()).isEqualByComparingTo("-507");
        assertThat(fresh.shortfall()).isFalse();
        assertThat(fresh.oversold()).isFalse();

        // dried: produced 100 x 4.5 = 450; sold 7 x 9 = 63; stock 387; sell-through 63/450 = 0.14;
        // mean 9; cover 387/9 = 43; forecast 63; gap 63 - 387 = -324
        FormSupply dried = report.forms().get(1);
        assertThat(dried.producedFeKg()).isEqualByComparingTo("450");
        assertThat(dried.soldFeKg()).isEqualByComparingTo("63");
        assertThat(dried.stockFeKg()).isEqualByComparingTo("387");
        assertThat(dried.sellThrough()).isEqualTo(new BigDecimal("0.1400"));
        assertThat(dried.meanDailySoldFeKg()).isEqualTo(new BigDecimal("9.000000"));
        assertThat(dried.daysOfCover()).isEqualTo(new BigDecimal("43.0000"));
        assertThat(dried.forecastDemandFeKg()).isEqualByComparingTo("63");
        assertThat(dried.gapFeKg()).isEqualByComparingTo("-324");

        // juice: produced 200 x 1.3 = 260; sold 5 x 65 = 325: stock -65, oversold; sell-through 325/260 = 1.25;
        // mean 325/7 = 46.4285714 -> 46.428571; cover 0 (nothing in stock); forecast 7 x 65 = 455;
        // gap 455 - (-65) = 520: shortfall
        FormSupply juice = report.forms().get(2);
        assertThat(juice.producedFeKg()).isEqualByComparingTo("260");
        assertThat(juice.soldFeKg()).isEqualByComparingTo("325");
        assertThat(juice.stockFeKg()).isEqualByComparingTo("-65");
        assertThat(juice.oversold()).isTrue();
        assertThat(juice.sellThrough()).isEqualTo(new BigDecimal("1.2500"));
        assertThat(juice.meanDailySoldFeKg()).isEqualTo(new BigDecimal("46.428571"));
        assertThat(juice.daysOfCover()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(juice.forecastDemandFeKg()).isEqualByComparingTo("455");
        assertThat(juice.gapFeKg()).isEqualByComparingTo("520");
        assertThat(juice.shortfall()).isTrue();

        // pulp: produced 100 x 1.15 = 115, nothing sold up to the as-of day: cover unknown, no demand
        FormSupply pulp = report.forms().get(3);
        assertThat(pulp.producedFeKg()).isEqualByComparingTo("115");
        assertThat(pulp.soldFeKg()).isEqualByComparingTo("0");
        assertThat(pulp.sellThrough()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(pulp.meanDailySoldFeKg()).isEqualTo(new BigDecimal("0.000000"));
        assertThat(pulp.daysOfCover()).isNull();
        assertThat(pulp.forecastDemandFeKg()).isEqualByComparingTo("0");
        assertThat(pulp.gapFeKg()).isEqualByComparingTo("-115");

        assertThat(report.notes())
                .containsExactly(
                        "nfc_juice: sold 65.0 feKg more than was produced (oversold): production events are missing"
                                + " or the stock predates the data.",
                        SupplyDemandCalculator.FACTOR_NOTE,
                        SupplyDemandCalculator.MASS_BALANCE_NOTE);
    }

    @Test
    void freshSupplyIsFlooredAtZeroAndSaysSo() {
        SupplyDemandReport report = this.calculator.calculate(
                List.of(harvest("2026-09-01", "100")),
                List.of(batch("2026-09-02", ProductForm.DRIED, "150", "33")),
                List.of(),
                AS_OF,
                "Asia/Shanghai");

        assertThat(report.fresh().availableKg()).isEqualByComparingTo("0");
        assertThat(report.fresh().floored()).isTrue();
        FormSupply fresh = report.forms().get(0);
        assertThat(fresh.producedFeKg()).isEqualByComparingTo("0");
        assertThat(fresh.producedFloored()).isTrue();
        assertThat(fresh.sellThrough()).isNull();
        assertThat(report.forms().get(1).producedFloored()).isFalse();
        assertThat(report.notes().get(0))
                .isEqualTo("Processing consumed 50 fresh kg more than was harvested up to 2026-09-14 (harvested 100"
                        + " kg, consumed 150 kg): fresh supply is shown as 0, not negative. Missing or late harvest"
                        + " events, or lots harvested before the data starts, are the usual causes.");
    }

    @Test
    void salesOlderThanTheCoverWindowCountAsSoldButNotAsRecentDemand() {
        SupplyDemandReport report = this.calculator.calculate(
                List.of(),
                List.of(batch("2026-08-01", ProductForm.DRIED, "45", "10")),
                List.of(sale("2026-09-07", ProductForm.DRIED, Channel.ONLINE, "Guangdong", 1, "4", "200.00")),
                AS_OF,
                "Asia/Shanghai");

        // produced 45, sold 4 x 4.5 = 18 on 09-07 (one day before the window): stock 27, no recent demand
        FormSupply dried = report.forms().get(1);
        assertThat(dried.soldFeKg()).isEqualByComparingTo("18");
        assertThat(dried.stockFeKg()).isEqualByComparingTo("27");
        assertThat(dried.sellThrough()).isEqualTo(new BigDecimal("0.4000"));
        assertThat(dried.meanDailySoldFeKg()).isEqualByComparingTo("0");
        assertThat(dried.daysOfCover()).isNull();
    }
}
