package io.gojichain.insights.signals;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.signals.SalesAggregates.DemandTotals;
import io.gojichain.insights.signals.SalesAggregates.FormProvince;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code demand_drop}: feKg of a form in a buyer province fell by more than {@code dropGrowth} on
 * the period before, which had at least {@code minOrders} orders (a province that stopped buying
 * altogether is a drop of 100 %). Compared exactly: {@code current < previous x (1 - dropGrowth)}.
 * The fall must also clear order-to-order noise by {@code minChangeScore} ({@link ChangeScore}).
 */
final class DemandDropRule {

    private final SignalThresholds thresholds;

    DemandDropRule(SignalThresholds thresholds) {
        this.thresholds = thresholds;
    }

    List<Signal> apply(
            Map<FormProvince, DemandTotals> current,
            Map<FormProvince, DemandTotals> previous,
            Period period,
            Period comparedTo) {
        List<Signal> signals = new ArrayList<>();
        BigDecimal factor = BigDecimal.ONE.subtract(this.thresholds.dropGrowth());
        for (Map.Entry<FormProvince, DemandTotals> entry : previous.entrySet()) {
            FormProvince key = entry.getKey();
            DemandTotals before = entry.getValue();
            DemandTotals now = current.getOrDefault(key, DemandTotals.ZERO);
            if (before.orders() < this.thresholds.minOrders()
                    || before.feKg().signum() <= 0
                    || now.feKg().compareTo(before.feKg().multiply(factor)) >= 0
                    || !ChangeScore.atLeast(now, before, this.thresholds.minChangeScore())) {
                continue;
            }
            BigDecimal growth = DemandSurgeRule.growth(now.feKg(), before.feKg());
            ProductForm form = key.form();
            Sentence sentence = Sentence.of(
                    "signal.demand_drop",
                    Sentence.term("form." + form.wireName() + ".name"),
                    Sentence.percent(growth.negate()),
                    DemandSurgeRule.comparison(period),
                    key.province(),
                    Sentence.feKg(now.feKg()),
                    Sentence.feKg(before.feKg()),
                    Sentence.term("signal.demand_drop.action." + form.wireName()));
            signals.add(new Signal(
                    SignalKind.DEMAND_DROP.wireName() + ":" + form.wireName() + ":" + key.province() + ":"
                            + period.from(),
                    SignalKind.DEMAND_DROP,
                    DemandSurgeRule.audience(form),
                    SentenceRenderer.ENGLISH.render(sentence),
                    new DemandChangeEvidence(
                            form,
                            key.province(),
                            now.feKg(),
                            before.feKg(),
                            growth,
                            now.orders(),
                            before.orders(),
                            ChangeScore.of(now, before, 2)),
                    period,
                    comparedTo,
                    Severity.WARNING,
                    ChangeScore.of(now, before, 4).abs(),
                    sentence));
        }
        return signals;
    }
}
