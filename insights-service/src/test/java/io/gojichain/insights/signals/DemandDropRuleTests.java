package io.gojichain.insights.signals;

import static io.gojichain.insights.signals.RuleFixtures.WEEK;
import static io.gojichain.insights.signals.RuleFixtures.WEEK_BEFORE;
import static io.gojichain.insights.signals.RuleFixtures.demand;
import static io.gojichain.insights.signals.RuleFixtures.key;
import static io.gojichain.insights.signals.RuleFixtures.totals;
import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.ProductForm;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandDropRuleTests {

    private final DemandDropRule rule = new DemandDropRule(SignalThresholds.DEFAULTS);

    @Test
    void driedDown35PercentInZhejiang() {
        // 400 / 615 - 1 = -215 / 615 = -0.349593... -> -0.3496, printed "down 35%"
        // change score -215 / sqrt(400^2 / 60 + 615^2 / 80) = -215 / sqrt(7394.48) = -2.50
        List<Signal> signals = this.rule.apply(
                demand(key(ProductForm.DRIED, "Zhejiang"), totals("400", 60)),
                demand(key(ProductForm.DRIED, "Zhejiang"), totals("615", 80)),
                WEEK,
                WEEK_BEFORE);

        assertThat(signals).hasSize(1);
        Signal signal = signals.get(0);
        assertThat(signal.id()).isEqualTo("demand_drop:dried:Zhejiang:2026-09-08");
        assertThat(signal.sentence())
                .isEqualTo("Dried goji demand down 35% week on week in Zhejiang (400 feKg vs 615):"
                        + " slow drying and sell dried stock first");
        assertThat(signal.severity()).isEqualTo(Severity.WARNING);
        assertThat(signal.magnitude()).isEqualTo(new BigDecimal("2.5003")); // |change score|
        assertThat(((DemandChangeEvidence) signal.evidence()).growth()).isEqualTo(new BigDecimal("-0.3496"));
        assertThat(((DemandChangeEvidence) signal.evidence()).changeScore()).isEqualTo(new BigDecimal("-2.50"));
        assertThat(signal.comparedTo()).isEqualTo(WEEK_BEFORE);
    }

    @Test
    void aProvinceThatStoppedBuyingIsADropOfAHundredPercent() {
        List<Signal> signals =
                this.rule.apply(demand(), demand(key(ProductForm.PULP, "Henan"), totals("50", 5)), WEEK, WEEK_BEFORE);

        assertThat(signals).hasSize(1);
        assertThat(signals.get(0).sentence())
                .isEqualTo("Goji pulp demand down 100% week on week in Henan (0.0 feKg vs 50.0):"
                        + " slow pulping until demand recovers");
        assertThat(((DemandChangeEvidence) signals.get(0).evidence()).growth()).isEqualTo(new BigDecimal("-1.0000"));
        // five orders gone: 50 / sqrt(50^2 / 5) = sqrt(5) = 2.236...
        assertThat(((DemandChangeEvidence) signals.get(0).evidence()).changeScore())
                .isEqualTo(new BigDecimal("-2.24"));
    }

    @Test
    void thirtyPercentExactlyOrTooFewOrdersBeforeIsNoDrop() {
        // 70 / 100 = -30.0 %: not beyond the threshold; 10 / 100 on 4 orders before: too little to judge
        assertThat(this.rule.apply(
                        demand(
                                key(ProductForm.DRIED, "Zhejiang"), totals("70", 5),
                                key(ProductForm.FRESH, "Gansu"), totals("10", 1)),
                        demand(
                                key(ProductForm.DRIED, "Zhejiang"), totals("100", 5),
                                key(ProductForm.FRESH, "Gansu"), totals("100", 4)),
                        WEEK,
                        WEEK_BEFORE))
                .isEmpty();
    }

    @Test
    void aFallWithinOrderToOrderNoiseIsNoDrop() {
        // -70 % feKg, but 1 order against 5: -7 / sqrt(3^2 / 1 + 10^2 / 5) = -7 / sqrt(29) = -1.30
        assertThat(this.rule.apply(
                        demand(key(ProductForm.FRESH, "Henan"), totals("3", 1)),
                        demand(key(ProductForm.FRESH, "Henan"), totals("10", 5)),
                        WEEK,
                        WEEK_BEFORE))
                .isEmpty();
    }
}
