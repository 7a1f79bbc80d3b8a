package io.gojichain.insights.signals;

import static io.gojichain.insights.facts.FixedInsightFacts.batch;
import static io.gojichain.insights.facts.FixedInsightFacts.sale;
import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.facts.AnalyticsSliceConfig;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.facts.SalesFact;
import io.gojichain.insights.forecast.DemandForecaster;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalsCalculatorTests {

    static final LocalDate TODAY = LocalDate.parse("2026-09-14");

    static final Period WEEK = new Period(LocalDate.parse("2026-09-08"), TODAY);

    private final InsightsProperties properties = AnalyticsSliceConfig.defaultProperties();

    private final FeKgFactors factors = new FeKgFactors(this.properties);

    private final SignalsCalculator calculator = new SignalsCalculator(
            this.factors, new DemandForecaster(this.factors, this.properties.forecast()), SignalThresholds.DEFAULTS);

    /**
     * Five weeks of NFC juice sold in livestream sessions to Guangdong, 5 orders a day: 10 L on weekdays,
     * 14 L at weekends, and a sell-out of 120 L on Saturday 2026-09-12. No juice was ever processed.
     */
    static List<SalesFact> juiceWithASellOut() {
        List<SalesFact> sales = new ArrayList<>();
        for (LocalDate day = TODAY.minusDays(34); !day.isAfter(TODAY); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            String litres = day.equals(LocalDate.parse("2026-09-12")) ? "120" : weekend ? "14" : "10";
            sales.add(sale(day.toString(), ProductForm.NFC_JUICE, Channel.LIVESTREAM, "Guangdong", 5, litres, "1.00"));
        }
        return sales;
    }

    @Test
    void aPlantedSellOutGivesASurgeAShortfallAndASpikeInThatOrder() {
        // this week 5 x 10 + 120 + 14 = 184 L = 239.2 feKg, the week before 5 x 10 + 2 x 14 = 78 L = 101.4 feKg:
        // growth 137.8 / 101.4 = 1.35897... -> 1.3590 (action), on 35 orders a week: change score
        // 137.8 / sqrt(239.2^2 / 35 + 101.4^2 / 35) = 3.1379 (the magnitude). Juice stock is negative (nothing
        // processed):
        // the gap exceeds the forecast, magnitude 1 (action). The sell-out: 156 feKg against 18.2 expected from
        // an exactly weekly history (warning).
        List<Signal> signals =
                this.calculator.signals(List.of(), List.of(), juiceWithASellOut(), WEEK, "Asia/Shanghai");

        assertThat(signals)
                .extracting(Signal::id)
                .containsExactly(
                        "demand_surge:nfc_juice:Guangdong:2026-09-08",
                        "supply_shortfall:nfc_juice:2026-09-14",
                        "demand_spike:nfc_juice:livestream:2026-09-12");
        assertThat(signals.get(0).sentence())
                .isEqualTo("NFC juice demand up 136% week on week in Guangdong (239 feKg vs 101):"
                        + " shift fresh lots to juicing");
        assertThat(((DemandChangeEvidence) signals.get(0).evidence()).growth()).isEqualTo(new BigDecimal("1.3590"));
        assertThat(signals.get(0).magnitude()).isEqualTo(new BigDecimal("3.1379"));
        assertThat(signals.get(1).severity()).isEqualTo(Severity.ACTION);
        assertThat(signals.get(1).magnitude()).isEqualTo(new BigDecimal("1.0000"));
        SpikeEvidence spike = (SpikeEvidence) signals.get(2).evidence();
        assertThat(spike.actualFeKg()).isEqualByComparingTo("156");
        assertThat(spike.expectedFeKg()).isEqualByComparingTo("18.2");
        assertThat(spike.thresholdFeKg()).isEqualByComparingTo("0");
        assertThat(signals.get(2).sentence())
                .isEqualTo("NFC juice demand in livestream sessions spiked on 2026-09-12: 156 feKg sold against 18.2"
                        + " expected (the forecast had matched every day before): check NFC juice stock before the"
                        + " next session");
    }

    @Test
    void aQuietWellStockedWeekSaysNothing() {
        // dried, 2 kg (9 feKg) a day online to Guangdong for four weeks, 1000 kg dried in stock (4500 feKg)
        List<SalesFact> sales = new ArrayList<>();
        for (LocalDate day = TODAY.minusDays(27); !day.isAfter(TODAY); day = day.plusDays(1)) {
            sales.add(sale(day.toString(), ProductForm.DRIED, Channel.ONLINE, "Guangdong", 2, "2", "100.00"));
        }

        List<Signal> signals = this.calculator.signals(
                List.of(),
                List.of(batch("2026-08-01", ProductForm.DRIED, "4500", "1000")),
                sales,
                WEEK,
                "Asia/Shanghai");

        assertThat(signals).isEmpty();
    }

    @Test
    void ordersBySeverityThenMagnitudeThenId() {
        Signal bigInfo = signal("b", Severity.INFO, "0.9000");
        Signal smallAction = signal("z", Severity.ACTION, "0.1000");
        Signal bigAction = signal("y", Severity.ACTION, "0.5000");
        Signal tiedAction = signal("x", Severity.ACTION, "0.5000");
        Signal warning = signal("a", Severity.WARNING, "3.0000");
        List<Signal> signals = new ArrayList<>(List.of(bigInfo, smallAction, bigAction, tiedAction, warning));

        signals.sort(SignalsCalculator.ORDER);

        assertThat(signals).containsExactly(tiedAction, bigAction, smallAction, warning, bigInfo);
    }

    private static Signal signal(String id, Severity severity, String magnitude) {
        return new Signal(
                id,
                SignalKind.CHANNEL_SHIFT,
                List.of(Audience.SELLERS),
                id,
                new ValueEvidence("CNY", List.of()),
                WEEK,
                null,
                severity,
                new BigDecimal(magnitude));
    }
}
