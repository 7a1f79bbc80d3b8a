package io.gojichain.insights.signals;

import static io.gojichain.insights.signals.RuleFixtures.WEEK;
import static io.gojichain.insights.signals.RuleFixtures.WEEK_BEFORE;
import static io.gojichain.insights.signals.RuleFixtures.demand;
import static io.gojichain.insights.signals.RuleFixtures.key;
import static io.gojichain.insights.signals.RuleFixtures.totals;
import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandSurgeRuleTests {

    private final DemandSurgeRule rule = new DemandSurgeRule(SignalThresholds.DEFAULTS);

    @Test
    void juiceUp42PercentInGuangdong() {
        // 1230 / 866 - 1 = 364 / 866 = 0.42032... -> 0.4203, printed 42%
        // change score 364 / sqrt(1230^2 / 120 + 866^2 / 90) = 364 / sqrt(20940.34) = 2.515... -> 2.52
        List<Signal> signals = this.rule.apply(
                demand(key(ProductForm.NFC_JUICE, "Guangdong"), totals("1230", 120)),
                demand(key(ProductForm.NFC_JUICE, "Guangdong"), totals("866", 90)),
                WEEK,
                WEEK_BEFORE);

        assertThat(signals).hasSize(1);
        Signal signal = signals.get(0);
        assertThat(signal.id()).isEqualTo("demand_surge:nfc_juice:Guangdong:2026-09-08");
        assertThat(signal.kind()).isEqualTo(SignalKind.DEMAND_SURGE);
        assertThat(signal.sentence())
                .isEqualTo("NFC juice demand up 42% week on week in Guangdong (1,230 feKg vs 866):"
                        + " shift fresh lots to juicing");
        assertThat(signal.audience()).containsExactly(Audience.FARMERS, Audience.PROCESSORS);
        assertThat(signal.severity()).isEqualTo(Severity.ACTION);
        assertThat(signal.magnitude()).isEqualTo(new BigDecimal("2.5154")); // the change score ranks surges
        assertThat(signal.period()).isEqualTo(WEEK);
        assertThat(signal.comparedTo())
                .isEqualTo(new Period(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-07")));
        assertThat(signal.evidence())
                .isEqualTo(new DemandChangeEvidence(
                        ProductForm.NFC_JUICE,
                        "Guangdong",
                        new BigDecimal("1230"),
                        new BigDecimal("866"),
                        new BigDecimal("0.4203"),
                        120,
                        90,
                        new BigDecimal("2.52")));
    }

    @Test
    void thirtyPercentExactlyIsNotASurgeButJustAboveIs() {
        // 130 / 100 = +30.0 % (not above the threshold); 130.1 / 100 = +30.1 % (printed whole from 100 feKg up);
        // on 200 orders each the change scores 2.59, clear of noise
        assertThat(this.rule.apply(
                        demand(key(ProductForm.DRIED, "Zhejiang"), totals("130", 200)),
                        demand(key(ProductForm.DRIED, "Zhejiang"), totals("100", 200)),
                        WEEK,
                        WEEK_BEFORE))
                .isEmpty();
        List<Signal> above = this.rule.apply(
                demand(key(ProductForm.DRIED, "Zhejiang"), totals("130.1", 200)),
                demand(key(ProductForm.DRIED, "Zhejiang"), totals("100", 200)),
                WEEK,
                WEEK_BEFORE);
        assertThat(above).extracting(Signal::magnitude).containsExactly(new BigDecimal("2.5942"));
        assertThat(above.get(0).sentence())
                .isEqualTo("Dried goji demand up 30% week on week in Zhejiang (130 feKg vs 100):"
                        + " shift fresh lots to drying");
    }

    @Test
    void needsFiveOrdersAndSalesBefore() {
        // doubling on 4 orders: too few; a province with nothing before: no growth rate
        assertThat(this.rule.apply(
                        demand(
                                key(ProductForm.FRESH, "Beijing"), totals("200", 4),
                                key(ProductForm.FRESH, "Sichuan"), totals("500", 50)),
                        demand(key(ProductForm.FRESH, "Beijing"), totals("100", 4)),
                        WEEK,
                        WEEK_BEFORE))
                .isEmpty();
    }

    @Test
    void freshSurgeSpeaksToFarmersAndSellersOverLongerPeriods() {
        Period fortnight = new Period(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-14"));
        // 90 / 60 - 1 = 0.5
        List<Signal> signals = this.rule.apply(
                demand(key(ProductForm.FRESH, "Xinjiang"), totals("90", 60)),
                demand(key(ProductForm.FRESH, "Xinjiang"), totals("60", 40)),
                fortnight,
                fortnight.previous());

        assertThat(signals.get(0).sentence())
                .isEqualTo("Fresh berry demand up 50% on the previous 14 days in Xinjiang (90.0 feKg vs 60.0):"
                        + " keep more fresh lots for fresh sale");
        assertThat(signals.get(0).audience()).containsExactly(Audience.FARMERS, Audience.SELLERS);
    }

    @Test
    void aRiseWithinOrderToOrderNoiseIsNoSurge() {
        // the demo season's Gansu juice: +233 % feKg, but on 8 orders against 4:
        // 5.46 / sqrt(7.8^2 / 8 + 2.34^2 / 4) = 5.46 / sqrt(8.9739) = 1.82 < 2
        assertThat(this.rule.apply(
                        demand(key(ProductForm.NFC_JUICE, "Gansu"), totals("7.8", 8)),
                        demand(key(ProductForm.NFC_JUICE, "Gansu"), totals("2.34", 4)),
                        WEEK,
                        WEEK_BEFORE))
                .isEmpty();
    }

    @Test
    void aChangeScoreOfExactlyTwoIsASurgeJustUnderIsNot() {
        // 30 / sqrt(90^2 / 60 + 60^2 / 40) = 30 / sqrt(135 + 90) = 30 / 15 = 2 exactly;
        // on 59 orders: 30 / sqrt(137.288 + 90) = 1.990...
        List<Signal> exactlyTwo = this.rule.apply(
                demand(key(ProductForm.FRESH, "Xinjiang"), totals("90", 60)),
                demand(key(ProductForm.FRESH, "Xinjiang"), totals("60", 40)),
                WEEK,
                WEEK_BEFORE);
        assertThat(exactlyTwo)
                .extracting(signal -> ((DemandChangeEvidence) signal.evidence()).changeScore())
                .containsExactly(new BigDecimal("2.00"));
        assertThat(this.rule.apply(
                        demand(key(ProductForm.FRESH, "Xinjiang"), totals("90", 59)),
                        demand(key(ProductForm.FRESH, "Xinjiang"), totals("60", 40)),
                        WEEK,
                        WEEK_BEFORE))
                .isEmpty();
    }
}
