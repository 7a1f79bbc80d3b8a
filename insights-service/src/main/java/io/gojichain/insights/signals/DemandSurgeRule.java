package io.gojichain.insights.signals;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.signals.SalesAggregates.DemandTotals;
import io.gojichain.insights.signals.SalesAggregates.FormProvince;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code demand_surge}: feKg of a form in a buyer province grew by more than {@code surgeGrowth}
 * on the period before, with at least {@code minOrders} orders in the period. A province with no
 * sales before has no growth rate and gives no surge. The threshold is compared exactly ({@code
 * current > previous x (1 + surgeGrowth)}); the growth shown is rounded to 4 places. The rise must
 * also clear order-to-order noise by {@code minChangeScore} ({@link ChangeScore}).
 */
final class DemandSurgeRule {

    private final SignalThresholds thresholds;

    DemandSurgeRule(SignalThresholds thresholds) {
        this.thresholds = thresholds;
    }

    List<Signal> apply(
            Map<FormProvince, DemandTotals> current,
            Map<FormProvince, DemandTotals> previous,
            Period period,
            Period comparedTo) {
        List<Signal> signals = new ArrayList<>();
        BigDecimal factor = BigDecimal.ONE.add(this.thresholds.surgeGrowth());
        for (Map.Entry<FormProvince, DemandTotals> entry : current.entrySet()) {
            FormProvince key = entry.getKey();
            DemandTotals now = entry.getValue();
            DemandTotals before = previous.getOrDefault(key, DemandTotals.ZERO);
            if (now.orders() < this.thresholds.minOrders()
                    || before.feKg().signum() <= 0
                    || now.feKg().compareTo(before.feKg().multiply(factor)) <= 0
                    || !ChangeScore.atLeast(now, before, this.thresholds.minChangeScore())) {
                continue;
            }
            BigDecimal growth = growth(now.feKg(), before.feKg());
            ProductForm form = key.form();
            Sentence sentence = Sentence.of(
                    "signal.demand_surge",
                    Sentence.term("form." + form.wireName() + ".name"),
                    Sentence.percent(growth),
                    comparison(period),
                    key.province(),
                    Sentence.feKg(now.feKg()),
                    Sentence.feKg(before.feKg()),
                    Sentence.term("signal.demand_surge.action." + form.wireName()));
            signals.add(new Signal(
                    SignalKind.DEMAND_SURGE.wireName() + ":" + form.wireName() + ":" + key.province() + ":"
                            + period.from(),
                    SignalKind.DEMAND_SURGE,
                    audience(form),
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
                    Severity.ACTION,
                    ChangeScore.of(now, before, 4).abs(),
                    sentence));
        }
        return signals;
    }

    /** current / previous - 1, 4 places HALF_EVEN. */
    static BigDecimal growth(BigDecimal current, BigDecimal previous) {
        return current.subtract(previous).divide(previous, 4, RoundingMode.HALF_EVEN);
    }

    /** Fresh demand is met by farmers and sellers; processed demand by farmers and processors. */
    static List<Audience> audience(ProductForm form) {
        return (form == ProductForm.FRESH)
                ? List.of(Audience.FARMERS, Audience.SELLERS)
                : List.of(Audience.FARMERS, Audience.PROCESSORS);
    }

    /** "week on week" for a 7-day period, otherwise "on the previous N days". */
    static Sentence comparison(Period period) {
        long days = period.days();
        return (days == 7)
                ? Sentence.of("signal.comparison.week")
                : Sentence.of("signal.comparison.days", String.valueOf(days));
    }
}
