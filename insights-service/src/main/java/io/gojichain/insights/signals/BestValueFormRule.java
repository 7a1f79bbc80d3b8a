package io.gojichain.insights.signals;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.signals.SalesAggregates.FormRevenue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code best_value_form}: per currency, the form whose sales earned the most per fresh kg in the
 * period (revenue / feKg, docs/DOMAIN.md "Value per fresh kg"). Forms count with at least {@code
 * minOrders} orders; at least two must count, and the best must be strictly ahead. Values are
 * compared exactly (cross-multiplied), shown with 2 places. Magnitude: best / runner-up - 1 (1 when
 * the runner-up earned nothing).
 */
final class BestValueFormRule {

    private final SignalThresholds thresholds;

    BestValueFormRule(SignalThresholds thresholds) {
        this.thresholds = thresholds;
    }

    List<Signal> apply(Map<String, Map<ProductForm, FormRevenue>> byCurrency, Period period) {
        List<Signal> signals = new ArrayList<>();
        for (Map.Entry<String, Map<ProductForm, FormRevenue>> entry : byCurrency.entrySet()) {
            String currency = entry.getKey();
            List<Map.Entry<ProductForm, FormRevenue>> ranked = new ArrayList<>();
            for (Map.Entry<ProductForm, FormRevenue> form : entry.getValue().entrySet()) {
                if (form.getValue().orders() >= this.thresholds.minOrders()
                        && form.getValue().feKg().signum() > 0) {
                    ranked.add(form);
                }
            }
            // best value first; equal values keep the contract order of forms (the map is an EnumMap)
            ranked.sort((a, b) -> compareValue(b.getValue(), a.getValue()));
            if (ranked.size() < 2
                    || compareValue(ranked.get(0).getValue(), ranked.get(1).getValue()) == 0) {
                continue;
            }
            signals.add(signal(currency, ranked, period));
        }
        return signals;
    }

    private static Signal signal(String currency, List<Map.Entry<ProductForm, FormRevenue>> ranked, Period period) {
        List<FormValue> values = new ArrayList<>();
        for (Map.Entry<ProductForm, FormRevenue> form : ranked) {
            FormRevenue revenue = form.getValue();
            values.add(new FormValue(
                    form.getKey(),
                    revenue.revenue().setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
                    revenue.feKg(),
                    revenue.orders(),
                    value(revenue).toPlainString()));
        }
        ProductForm best = ranked.get(0).getKey();
        // the others as "a, b and c": built from the end, each item joined to the rest
        Object others = null;
        for (int i = ranked.size() - 1; i >= 1; i--) {
            Sentence item = Sentence.of(
                    "signal.best_value_form.item",
                    Sentence.money(value(ranked.get(i).getValue())),
                    currency,
                    Sentence.term("signal.as." + ranked.get(i).getKey().wireName()));
            others = (others == null)
                    ? item
                    : Sentence.of((i == ranked.size() - 2) ? "signal.list.and" : "signal.list.comma", item, others);
        }
        Sentence sentence = Sentence.of(
                "signal.best_value_form",
                Sentence.term("signal.as." + best.wireName()),
                Sentence.money(value(ranked.get(0).getValue())),
                currency,
                others,
                Sentence.term("making." + best.wireName()));
        return new Signal(
                SignalKind.BEST_VALUE_FORM.wireName() + ":" + currency + ":" + period.from(),
                SignalKind.BEST_VALUE_FORM,
                List.of(Audience.FARMERS, Audience.PROCESSORS),
                SentenceRenderer.ENGLISH.render(sentence),
                new ValueEvidence(currency, values),
                period,
                null,
                Severity.INFO,
                premium(ranked.get(0).getValue(), ranked.get(1).getValue()),
                sentence);
    }

    /** revenue / feKg, 2 places (a price per fresh kg). */
    static BigDecimal value(FormRevenue revenue) {
        return revenue.revenue().divide(revenue.feKg(), 2, RoundingMode.HALF_EVEN);
    }

    /** Exact comparison of revenue / feKg: a.revenue x b.feKg against b.revenue x a.feKg. */
    private static int compareValue(FormRevenue a, FormRevenue b) {
        return a.revenue().multiply(b.feKg()).compareTo(b.revenue().multiply(a.feKg()));
    }

    /** best / runner-up - 1 from the exact values, 4 places. */
    private static BigDecimal premium(FormRevenue best, FormRevenue runnerUp) {
        BigDecimal runnerUpScaled = runnerUp.revenue().multiply(best.feKg());
        if (runnerUpScaled.signum() == 0) {
            return BigDecimal.ONE.setScale(4);
        }
        return best.revenue()
                .multiply(runnerUp.feKg())
                .subtract(runnerUpScaled)
                .divide(runnerUpScaled, 4, RoundingMode.HALF_EVEN);
    }
}
