package io.gojichain.insights.forecast;

import static io.gojichain.insights.facts.FixedInsightFacts.sale;
import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.facts.AnalyticsSliceConfig;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.SalesFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandForecasterTests {

    private static final LocalDate TODAY = LocalDate.parse("2026-09-14");

    private final InsightsProperties properties = AnalyticsSliceConfig.defaultProperties();

    private final DemandForecaster forecaster =
            new DemandForecaster(new FeKgFactors(this.properties), this.properties.forecast());

    @Test
    void historyStartsAtTheFirstSaleAndIsZeroFilledWithExactSums() {
        List<SalesFact> sales = List.of(
                // 0.75 kg dried = 3.375 feKg, plus 0.5 kg on another channel = 2.25: 5.625 on 09-10
                sale("2026-09-10", ProductForm.DRIED, Channel.ONLINE, "Guangdong", 3, "0.75", "90.00"),
                sale("2026-09-10", ProductForm.DRIED, Channel.LIVESTREAM, "Zhejiang", 1, "0.5", "40.00"),
                sale("2026-09-13", ProductForm.DRIED, Channel.ONLINE, "Guangdong", 1, "1", "100.00"),
                // other forms are not mixed in
                sale("2026-09-01", ProductForm.FRESH, Channel.ONLINE, "Guangdong", 1, "5", "75.00"));

        SeriesForecast series = this.forecaster.forecast(sales, ProductForm.DRIED, null, TODAY, 3);

        assertThat(series.history())
                .extracting(DailyFeKg::date, DailyFeKg::feKg)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-09-10"), new BigDecimal("5.625")),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-09-11"), BigDecimal.ZERO),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-09-12"), BigDecimal.ZERO),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-09-13"), new BigDecimal("4.5")),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-09-14"), BigDecimal.ZERO));
        assertThat(series.forecast())
                .extracting(DailyFeKg::date)
                .containsExactly(
                        LocalDate.parse("2026-09-15"), LocalDate.parse("2026-09-16"), LocalDate.parse("2026-09-17"));
    }

    @Test
    void channelFilterKeepsOneChannel() {
        List<SalesFact> sales = List.of(
                sale("2026-09-13", ProductForm.DRIED, Channel.ONLINE, "Guangdong", 3, "0.75", "90.00"),
                sale("2026-09-14", ProductForm.DRIED, Channel.LIVESTREAM, "Zhejiang", 1, "0.5", "40.00"));

        SeriesForecast series = this.forecaster.forecast(sales, ProductForm.DRIED, Channel.LIVESTREAM, TODAY, 1);

        assertThat(series.channel()).isEqualTo(Channel.LIVESTREAM);
        assertThat(series.history()).extracting(DailyFeKg::feKg).containsExactly(new BigDecimal("2.25"));
        // one day of history: Holt with no trend forecasts the day itself
        assertThat(series.forecast()).extracting(DailyFeKg::feKg).containsExactly(new BigDecimal("2.250000"));
    }

    @Test
    void aRisingLineIsForecastAsTheLineWithItsParameters() {
        // dried 1, 2, 3 kg = 4.5, 9, 13.5 feKg: Holt starts l = 4.5, b = 4.5 and every one-step forecast is exact
        List<SalesFact> sales = List.of(
                sale("2026-09-12", ProductForm.DRIED, Channel.ONLINE, "Guangdong", 1, "1", "50.00"),
                sale("2026-09-13", ProductForm.DRIED, Channel.ONLINE, "Guangdong", 2, "2", "100.00"),
                sale("2026-09-14", ProductForm.DRIED, Channel.ONLINE, "Guangdong", 3, "3", "150.00"));

        SeriesForecast series = this.forecaster.forecast(sales, ProductForm.DRIED, null, TODAY, 3);

        assertThat(series.forecast())
                .extracting(DailyFeKg::feKg)
                .containsExactly(new BigDecimal("18.000000"), new BigDecimal("22.500000"), new BigDecimal("27.000000"));
        ModelFit model = series.model();
        assertThat(model.type()).isEqualTo(ModelType.HOLT);
        assertThat(model.observations()).isEqualTo(3);
        assertThat(model.alpha()).isEqualTo(0.3);
        assertThat(model.beta()).isEqualTo(0.1);
        assertThat(model.gamma()).isNull();
        assertThat(model.seasonLength()).isNull();
        assertThat(model.level()).isEqualByComparingTo("13.5");
        assertThat(model.trend()).isEqualByComparingTo("4.5");
        assertThat(model.seasonal()).isEmpty();
        assertThat(model.meanAbsoluteError()).isEqualByComparingTo("0");
    }

    @Test
    void aFallingLineIsNeverForecastBelowZero() {
        // juice 3, 2, 1 L = 3.9, 2.6, 1.3 feKg: the line reaches 0 tomorrow and would go negative
        List<SalesFact> sales = List.of(
                sale("2026-09-12", ProductForm.NFC_JUICE, Channel.ONLINE, "Guangdong", 3, "3", "60.00"),
                sale("2026-09-13", ProductForm.NFC_JUICE, Channel.ONLINE, "Guangdong", 2, "2", "40.00"),
                sale("2026-09-14", ProductForm.NFC_JUICE, Channel.ONLINE, "Guangdong", 1, "1", "20.00"));

        SeriesForecast series = this.forecaster.forecast(sales, ProductForm.NFC_JUICE, null, TODAY, 3);

        assertThat(series.forecast())
                .extracting(DailyFeKg::feKg)
                .containsExactly(new BigDecimal("0.000000"), new BigDecimal("0.000000"), new BigDecimal("0.000000"));
        assertThat(series.model().trend()).isEqualByComparingTo("-1.3");
    }

    @Test
    void withoutSalesTheForecastIsZero() {
        SeriesForecast series = this.forecaster.forecast(List.of(), ProductForm.PULP, null, TODAY, 2);

        assertThat(series.history()).isEmpty();
        assertThat(series.model().type()).isEqualTo(ModelType.NONE);
        assertThat(series.model().alpha()).isNull();
        assertThat(series.forecast())
                .extracting(DailyFeKg::feKg)
                .containsExactly(new BigDecimal("0.000000"), new BigDecimal("0.000000"));
        assertThat(series.spikes()).isEmpty();
        assertThat(DemandForecaster.total(series)).isEqualByComparingTo("0");
    }

    @Test
    void historyReachesBack180DaysAtMost() {
        // 14 days back to 08-31, then 31 + 30 + 31 + 30 + 31 to 03-31, 12 more to 03-19: 179 days back,
        // so 03-19 is the 180th day counting both ends; 03-18 is out of the window
        List<SalesFact> sales = List.of(
                sale("2026-03-18", ProductForm.FRESH, Channel.OFFLINE, "Xinjiang", 1, "100", "1500.00"),
                sale("2026-03-19", ProductForm.FRESH, Channel.OFFLINE, "Xinjiang", 1, "2", "30.00"));

        SeriesForecast series = this.forecaster.forecast(sales, ProductForm.FRESH, null, TODAY, 1);

        assertThat(DemandForecaster.lookback(TODAY).from()).isEqualTo(LocalDate.parse("2026-03-19"));
        assertThat(series.history()).hasSize(180);
        assertThat(series.history().get(0).feKg()).isEqualByComparingTo("2");
        assertThat(series.model().type()).isEqualTo(ModelType.HOLT_WINTERS);
    }

    @Test
    void aLivestreamSellOutIsReportedAsASpikeWithItsNumbers() {
        // five weeks of online juice, 10 L (13 feKg) a day with a weekend bump; on 2026-09-12 a session sells 110 L
        LocalDate first = TODAY.minusDays(34);
        List<SalesFact> sales = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(TODAY); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            String litres = day.equals(LocalDate.parse("2026-09-12")) ? "120" : weekend ? "14" : "10";
            sales.add(sale(day.toString(), ProductForm.NFC_JUICE, Channel.LIVESTREAM, "Guangdong", 5, litres, "1.00"));
        }

        SeriesForecast series = this.forecaster.forecast(sales, ProductForm.NFC_JUICE, null, TODAY, 7);

        assertThat(series.spikes()).hasSize(1);
        Spike spike = series.spikes().get(0);
        assertThat(spike.date()).isEqualTo(LocalDate.parse("2026-09-12"));
        // 120 L x 1.3 = 156 feKg; a Saturday (14 L = 18.2 feKg) was expected, and the fit is exact before it
        assertThat(spike.actualFeKg()).isEqualByComparingTo("156");
        assertThat(spike.expectedFeKg()).isEqualByComparingTo("18.2");
        assertThat(spike.errorFeKg()).isEqualByComparingTo("137.8");
        assertThat(spike.expectedFeKg().add(spike.errorFeKg())).isEqualByComparingTo(spike.actualFeKg());
        // the forecast is fitted with the sell-out cut down to expected + threshold (18.2 + 0): the weekly
        // pattern goes on as if it had not happened, Tuesday 09-15 to Monday 09-21
        assertThat(series.model().spikesCapped()).isEqualTo(1);
        assertThat(series.forecast())
                .extracting(DailyFeKg::feKg)
                .containsExactly(
                        new BigDecimal("13.000000"),
                        new BigDecimal("13.000000"),
                        new BigDecimal("13.000000"),
                        new BigDecimal("13.000000"),
                        new BigDecimal("18.200000"),
                        new BigDecimal("18.200000"),
                        new BigDecimal("13.000000"));
    }

    @Test
    void aLastingRiseGetsThroughTheSpikeCap() {
        // three weeks of 10 kg fresh a day, then two weeks of 50: the first days of the rise are flagged and
        // capped, but the spread widens with each and the model takes the new level (and, being Holt-Winters,
        // some of the step as trend: the forecast runs from about 55 upward rather than staying near 10)
        List<SalesFact> sales = new ArrayList<>();
        for (LocalDate day = TODAY.minusDays(34); !day.isAfter(TODAY); day = day.plusDays(1)) {
            String kg = day.isBefore(TODAY.minusDays(13)) ? "10" : "50";
            sales.add(sale(day.toString(), ProductForm.FRESH, Channel.OFFLINE, "Xinjiang", 5, kg, "1.00"));
        }

        SeriesForecast series = this.forecaster.forecast(sales, ProductForm.FRESH, null, TODAY, 7);

        assertThat(series.spikes()).isNotEmpty();
        assertThat(series.spikes().get(0).date()).isEqualTo(TODAY.minusDays(13));
        assertThat(series.forecast())
                .allSatisfy(day -> assertThat(day.feKg()).isBetween(new BigDecimal("45"), new BigDecimal("70")));
    }
}
