package io.gojichain.insights.signals;

import static io.gojichain.insights.signals.RuleFixtures.WEEK;
import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.signals.SalesAggregates.FormRevenue;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BestValueFormRuleTests {

    private final BestValueFormRule rule = new BestValueFormRule(SignalThresholds.DEFAULTS);

    private static FormRevenue revenue(String revenue, String feKg, long orders) {
        return new FormRevenue(new BigDecimal(revenue), new BigDecimal(feKg), orders);
    }

    @Test
    void juiceEarnsMostPerFreshKg() {
        // CNY: fresh 1800 / 120 = 15.00; dried 600 / 45 = 13.333 -> 13.33; juice 980 / 40 = 24.50;
        // pulp has 2 orders only (fewer than 5): left out. Premium: 24.5 / 15 - 1 = 0.63333 -> 0.6333
        // USD: one form only, nothing to compare
        Map<ProductForm, FormRevenue> cny = new EnumMap<>(ProductForm.class);
        cny.put(ProductForm.FRESH, revenue("1800.00", "120", 10));
        cny.put(ProductForm.DRIED, revenue("600.00", "45", 6));
        cny.put(ProductForm.NFC_JUICE, revenue("980.00", "40", 8));
        cny.put(ProductForm.PULP, revenue("100.00", "1", 2));
        Map<ProductForm, FormRevenue> usd = new EnumMap<>(ProductForm.class);
        usd.put(ProductForm.DRIED, revenue("90.00", "9", 5));
        Map<String, Map<ProductForm, FormRevenue>> byCurrency = new TreeMap<>(Map.of("CNY", cny, "USD", usd));

        List<Signal> signals = this.rule.apply(byCurrency, WEEK);

        assertThat(signals).hasSize(1);
        Signal signal = signals.get(0);
        assertThat(signal.id()).isEqualTo("best_value_form:CNY:2026-09-08");
        assertThat(signal.kind()).isEqualTo(SignalKind.BEST_VALUE_FORM);
        assertThat(signal.severity()).isEqualTo(Severity.INFO);
        assertThat(signal.magnitude()).isEqualTo(new BigDecimal("0.6333"));
        assertThat(signal.sentence())
                .isEqualTo("Per fresh kg, berries earned the most as NFC juice (24.50 CNY), against 15.00 CNY sold"
                        + " fresh and 13.33 CNY as dried goji: favour juicing when allocating fresh lots");
        assertThat(signal.evidence())
                .isEqualTo(new ValueEvidence(
                        "CNY",
                        List.of(
                                new FormValue(ProductForm.NFC_JUICE, "980.00", new BigDecimal("40"), 8, "24.50"),
                                new FormValue(ProductForm.FRESH, "1800.00", new BigDecimal("120"), 10, "15.00"),
                                new FormValue(ProductForm.DRIED, "600.00", new BigDecimal("45"), 6, "13.33"))));
        assertThat(signal.comparedTo()).isNull();
    }

    @Test
    void aTieHasNoBestForm() {
        // 150 / 10 = 15 and 300 / 20 = 15
        Map<ProductForm, FormRevenue> cny = new EnumMap<>(ProductForm.class);
        cny.put(ProductForm.FRESH, revenue("150", "10", 5));
        cny.put(ProductForm.DRIED, revenue("300", "20", 5));

        assertThat(this.rule.apply(Map.of("CNY", cny), WEEK)).isEmpty();
    }

    @Test
    void valuesAreComparedExactlyNotAfterRounding() {
        // 100 / 3 = 33.333... and 33.33 / 1 = 33.33: both print 33.33 but the first is ahead, by
        // (100 x 1) / (33.33 x 3) - 1 = 100 / 99.99 - 1 = 0.0001000... -> 0.0001
        Map<ProductForm, FormRevenue> cny = new EnumMap<>(ProductForm.class);
        cny.put(ProductForm.FRESH, revenue("33.33", "1", 5));
        cny.put(ProductForm.PULP, revenue("100", "3", 5));

        List<Signal> signals = this.rule.apply(Map.of("CNY", cny), WEEK);

        assertThat(signals).hasSize(1);
        assertThat(((ValueEvidence) signals.get(0).evidence()).forms().get(0).productForm())
                .isEqualTo(ProductForm.PULP);
        assertThat(signals.get(0).magnitude()).isEqualTo(new BigDecimal("0.0001"));
        assertThat(signals.get(0).sentence())
                .isEqualTo("Per fresh kg, berries earned the most as goji pulp (33.33 CNY), against 33.33 CNY sold"
                        + " fresh: favour pulping when allocating fresh lots");
    }
}
