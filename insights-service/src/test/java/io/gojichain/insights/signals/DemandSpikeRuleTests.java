package io.gojichain.insights.signals;

import static io.gojichain.insights.signals.RuleFixtures.WEEK;
import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.forecast.ModelFit;
import io.gojichain.insights.forecast.ModelType;
import io.gojichain.insights.forecast.SeriesForecast;
import io.gojichain.insights.forecast.Spike;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DemandSpikeRuleTests {

    private final DemandSpikeRule rule = new DemandSpikeRule();

    private static SeriesForecast series(ProductForm form, @Nullable Channel channel, Spike... spikes) {
        ModelFit model = new ModelFit(
                ModelType.HOLT_WINTERS,
                35,
                0.3,
                0.1,
                0.1,
                7,
                BigDecimal.ONE,
                BigDecimal.ZERO,
                List.of(),
                BigDecimal.ZERO,
                1);
        return new SeriesForecast(form, channel, List.of(), model, List.of(), List.of(spikes));
    }

    private static Spike spike(String date, String actual, String expected, String threshold) {
        return new Spike(
                LocalDate.parse(date),
                new BigDecimal(actual),
                new BigDecimal(expected),
                new BigDecimal(actual).subtract(new BigDecimal(expected)),
                new BigDecimal(threshold));
    }

    @Test
    void aLivestreamSellOutInThePeriod() {
        // error 156 - 18.2 = 137.8; magnitude 137.8 / max(18.2, 6) = 7.571428... -> 7.5714; typical error 6 / 3 = 2
        List<Signal> signals = this.rule.apply(
                List.of(
                        series(
                                ProductForm.NFC_JUICE,
                                Channel.LIVESTREAM,
                                spike("2026-09-12", "156", "18.200000", "6.000000"),
                                spike("2026-09-01", "100", "10.000000", "6.000000")),
                        series(ProductForm.NFC_JUICE, null, spike("2026-09-12", "156", "18.200000", "6.000000"))),
                WEEK);

        assertThat(signals).hasSize(1);
        Signal signal = signals.get(0);
        assertThat(signal.id()).isEqualTo("demand_spike:nfc_juice:livestream:2026-09-12");
        assertThat(signal.severity()).isEqualTo(Severity.WARNING);
        assertThat(signal.magnitude()).isEqualTo(new BigDecimal("7.5714"));
        assertThat(signal.audience()).containsExactly(Audience.PROCESSORS, Audience.SELLERS);
        assertThat(signal.period()).isEqualTo(new Period(LocalDate.parse("2026-09-12"), LocalDate.parse("2026-09-12")));
        assertThat(signal.sentence())
                .isEqualTo("NFC juice demand in livestream sessions spiked on 2026-09-12: 156 feKg sold against 18.2"
                        + " expected (the forecast is typically off by 2.0 feKg): check NFC juice stock before the"
                        + " next session");
        assertThat(signal.evidence())
                .isEqualTo(new SpikeEvidence(
                        ProductForm.NFC_JUICE,
                        Channel.LIVESTREAM,
                        LocalDate.parse("2026-09-12"),
                        new BigDecimal("156"),
                        new BigDecimal("18.200000"),
                        new BigDecimal("6.000000")));
    }

    @Test
    void overANearZeroExpectationTheThresholdIsTheScale() {
        // expected 0.5 below threshold 3: magnitude (40 - 0.5) / 3 = 13.1666... -> 13.1667
        List<Signal> signals = this.rule.apply(
                List.of(series(ProductForm.DRIED, Channel.OFFLINE, spike("2026-09-08", "40", "0.5", "3"))), WEEK);

        assertThat(signals.get(0).magnitude()).isEqualTo(new BigDecimal("13.1667"));
        assertThat(signals.get(0).sentence())
                .isEqualTo("Dried goji demand in shops spiked on 2026-09-08: 40.0 feKg sold against 0.5 expected"
                        + " (the forecast is typically off by 1.0 feKg): check dried goji stock and whether the"
                        + " demand repeats");
    }
}
