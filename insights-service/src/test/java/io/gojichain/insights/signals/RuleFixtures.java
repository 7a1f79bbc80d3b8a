package io.gojichain.insights.signals;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.signals.SalesAggregates.DemandTotals;
import io.gojichain.insights.signals.SalesAggregates.FormProvince;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** Periods and aggregate maps written by hand for the rule tests. */
final class RuleFixtures {

    static final Period WEEK = new Period(LocalDate.parse("2026-09-08"), LocalDate.parse("2026-09-14"));

    static final Period WEEK_BEFORE = WEEK.previous();

    private RuleFixtures() {}

    static DemandTotals totals(String feKg, long orders) {
        return new DemandTotals(new BigDecimal(feKg), orders);
    }

    static FormProvince key(ProductForm form, String province) {
        return new FormProvince(form, province);
    }

    static Map<FormProvince, DemandTotals> demand(Object... keyThenTotals) {
        Map<FormProvince, DemandTotals> map = new TreeMap<>(FormProvince.ORDER);
        for (int i = 0; i < keyThenTotals.length; i += 2) {
            map.put((FormProvince) keyThenTotals[i], (DemandTotals) keyThenTotals[i + 1]);
        }
        return map;
    }
}
