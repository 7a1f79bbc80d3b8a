package io.gojichain.insights.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.TestFacts;
import io.gojichain.insights.facts.CountedTotals;
import io.gojichain.insights.facts.EventCounts;
import io.gojichain.insights.facts.HarvestFact;
import io.gojichain.insights.facts.ProcessingFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTests {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);

    @Test
    void nothingCountedYetIsAllZerosWithCnyRevenue() {
        Summary summary =
                SummaryCalculator.summarize(CountedTotals.of(List.of(), List.of(), List.of()), TestFacts.factors());

        assertThat(summary.events()).isEqualTo(new EventCounts(0, 0, 0, 0));
        assertThat(summary.harvestedKg()).isZero();
        assertThat(summary.processedInputKg().dried()).isZero();
        assertThat(summary.processedInputKg().juiced()).isZero();
        assertThat(summary.producedOutput().dried().kg()).isZero();
        assertThat(summary.producedOutput().nfcJuice().litres()).isZero();
        assertThat(summary.producedOutput().pulp().litres()).isZero();
        assertThat(summary.unitsSold()).isZero();
        assertThat(summary.revenue()).containsExactly(Map.entry("CNY", "0.00"));
        assertThat(summary.feKgSold()).isZero();
    }

    @Test
    void totalsAddUpEveryFactExactly() {
        List<HarvestFact> harvests = List.of(
                new HarvestFact(DAY, "Xinjiang", "Jinghe", "grade_a", 2, new BigDecimal("1550.75")),
                new HarvestFact(DAY.minusDays(400), "Xinjiang", "Jinghe", "ungraded", 1, new BigDecimal("100")));
        List<ProcessingFact> processing = List.of(
                batch(ProductForm.DRIED, "hot_air", "1350.25", "300.05"),
                batch(ProductForm.DRIED, "sun", "45", "10"),
                batch(ProductForm.NFC_JUICE, "nfc_juice", "650", "500"),
                batch(ProductForm.PULP, "pulp", "92.5", "80.5"));
        var sales = List.of(
                // 5 packs of 0.25 kg dried at 29.90: 1.25 kg, 5.625 feKg, 149.50 CNY
                TestFacts.sales(
                        "2026-09-01",
                        ProductForm.DRIED,
                        Channel.ONLINE,
                        "Guangdong",
                        "D",
                        "0.25",
                        "CNY",
                        3,
                        5,
                        "29.90"),
                // 4 bottles of 0.3 L juice at 12.50: 1.2 L, 1.56 feKg, 50.00 CNY
                TestFacts.sales(
                        "2026-09-01",
                        ProductForm.NFC_JUICE,
                        Channel.LIVESTREAM,
                        "Zhejiang",
                        "J",
                        "0.3",
                        "CNY",
                        1,
                        4,
                        "12.50"),
                // 2 packs of 1 L pulp at 4.25 USD: 2 L, 2.3 feKg, 8.50 USD
                TestFacts.sales(
                        "2026-09-02", ProductForm.PULP, Channel.OFFLINE, "Beijing", "P", "1", "USD", 2, 2, "4.25"),
                // 3 boxes of 2 kg fresh at 0.333 (a price from a wider system): 6 kg, 6 feKg, 0.999 -> 1.00 EUR
                TestFacts.sales(
                        "2026-09-02", ProductForm.FRESH, Channel.OFFLINE, "Beijing", "F", "2", "EUR", 1, 3, "0.333"));

        Summary summary =
                SummaryCalculator.summarize(CountedTotals.of(harvests, processing, sales), TestFacts.factors());

        assertThat(summary.events()).isEqualTo(new EventCounts(3, 2, 2, 7));
        assertThat(summary.harvestedKg()).isEqualByComparingTo("1650.75");
        // 1350.25 + 45; 650 + 92.5
        assertThat(summary.processedInputKg().dried()).isEqualByComparingTo("1395.25");
        assertThat(summary.processedInputKg().juiced()).isEqualByComparingTo("742.5");
        assertThat(summary.producedOutput().dried().kg()).isEqualByComparingTo("310.05");
        assertThat(summary.producedOutput().nfcJuice().litres()).isEqualByComparingTo("500");
        assertThat(summary.producedOutput().pulp().litres()).isEqualByComparingTo("80.5");
        assertThat(summary.unitsSold()).isEqualTo(14);
        // 149.50 + 50.00 CNY; 8.50 USD; 0.999 EUR rounded half-even to 1.00
        assertThat(summary.revenue())
                .containsExactly(Map.entry("CNY", "199.50"), Map.entry("EUR", "1.00"), Map.entry("USD", "8.50"));
        // 5.625 + 1.56 + 2.3 + 6
        assertThat(summary.feKgSold()).isEqualByComparingTo("15.485");
    }

    private static ProcessingFact batch(ProductForm output, String method, String inputKg, String outputQuantity) {
        return new ProcessingFact(
                DAY, "B-" + method, "P01", output, method, new BigDecimal(inputKg), new BigDecimal(outputQuantity));
    }
}
