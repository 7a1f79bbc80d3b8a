package io.gojichain.insights.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.BatchFact;
import io.gojichain.insights.facts.FixedLinkFacts;
import io.gojichain.insights.facts.ListBackedInsightFacts;
import io.gojichain.insights.facts.LotFact;
import io.gojichain.insights.facts.NamedSaleFact;
import io.gojichain.insights.facts.SalesFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Attribution on a small chain whose every figure is worked out by hand below (the comments give
 * the arithmetic), not by the code under test.
 */
class AttributionTests {

    private static final String DAY = "2026-09-01";

    // L1 (farm F1, co-op C1) 100 kg, L2 (F2, C1) 50 kg, L3 (F3, no co-op) 40 kg; LX is never posted
    private static final List<LotFact> LOTS = List.of(
            FixedLinkFacts.lot("L1", "F1", "C1", DAY, "100"),
            FixedLinkFacts.lot("L2", "F2", "C1", DAY, "50"),
            FixedLinkFacts.lot("L3", "F3", null, DAY, "40"));

    // B1 dried from L1 30 kg, L2 10 kg, LX 20 kg (60 kg); B2 juiced from L3 30 kg
    private static final List<BatchFact> BATCHES = List.of(
            FixedLinkFacts.dried("B1", DAY, "13", "L1", "30", "L2", "10", "LX", "20"),
            FixedLinkFacts.juiced("B2", DAY, "22", "L3", "30"));

    private static final List<NamedSaleFact> NAMED = List.of(
            // 1.5 kg dried = 6.75 feKg, 100.00 CNY: L1 1/2, L2 1/6, LX 1/3
            FixedLinkFacts.sale("B1", DAY, ProductForm.DRIED, Channel.ONLINE, "Guangdong", 3, "1.5", "100.00"),
            // 2 L juice = 2.6 feKg, 50.00 CNY: all L3
            FixedLinkFacts.sale("B2", DAY, ProductForm.NFC_JUICE, Channel.LIVESTREAM, "浙江", 1, "2", "50.00"),
            // fresh naming a lot: 5 feKg, 75.00 CNY, all L1
            FixedLinkFacts.sale("L1", DAY, ProductForm.FRESH, Channel.OFFLINE, "Guangdong", 1, "5", "75.00"),
            // dried naming a raw lot: not a link the contract follows, 2.25 feKg, 20.00 CNY unattributed
            FixedLinkFacts.sale("L2", DAY, ProductForm.DRIED, Channel.ONLINE, "Guangdong", 1, "0.5", "20.00"));

    /** Every sale of the period as /demand counts it: the named ones plus 10 kg fresh for 120.00 unnamed. */
    private static List<SalesFact> all() {
        List<SalesFact> all = new ArrayList<>();
        for (NamedSaleFact named : NAMED) {
            all.add(fact(named.productForm(), named.channel(), named.orders(), named.volume(), named.revenue()));
        }
        all.add(fact(ProductForm.FRESH, Channel.ONLINE, 2, new BigDecimal("10"), new BigDecimal("120.00")));
        return all;
    }

    private static SalesFact fact(
            ProductForm form, Channel channel, long orders, BigDecimal volume, BigDecimal revenue) {
        return new SalesFact(
                LocalDate.parse(DAY),
                form,
                channel,
                "Guangdong",
                "SKU",
                BigDecimal.ONE,
                "CNY",
                orders,
                orders,
                volume,
                revenue);
    }

    private static Attribution attribution() {
        return Attribution.of(
                LOTS.stream().collect(Collectors.toMap(LotFact::lotId, Function.identity())),
                BATCHES.stream().collect(Collectors.toMap(BatchFact::batchId, Function.identity())),
                NAMED,
                all(),
                ListBackedInsightFacts.defaultFactors());
    }

    @Test
    void eachLotGetsItsShareOfTheBatchesItFed() {
        Attribution attribution = attribution();

        Earnings l1 = attribution.lot("L1").total();
        // 6.75 / 2 + 5 = 8.375 feKg; 100.00 / 2 + 75.00 = 125.00; 125 / 8.375 = 14.9253...
        assertThat(l1.soldFeKg()).isEqualByComparingTo("8.375000");
        assertThat(l1.revenue()).isEqualTo(Map.of("CNY", "125.00"));
        assertThat(l1.valuePerFreshKg()).isEqualTo(Map.of("CNY", "14.93"));
        assertThat(l1.orders()).isEqualTo(4);

        Earnings l2 = attribution.lot("L2").total();
        // 6.75 / 6 = 1.125; 100 / 6 = 16.666...; (100 / 6) / 1.125 = 14.8148...
        assertThat(l2.soldFeKg()).isEqualByComparingTo("1.125000");
        assertThat(l2.revenue()).isEqualTo(Map.of("CNY", "16.67"));
        assertThat(l2.valuePerFreshKg()).isEqualTo(Map.of("CNY", "14.81"));

        Earnings l3 = attribution.lot("L3").total();
        // 2 x 1.3 = 2.6; 50 / 2.6 = 19.2307...
        assertThat(l3.soldFeKg()).isEqualByComparingTo("2.600000");
        assertThat(l3.valuePerFreshKg()).isEqualTo(Map.of("CNY", "19.23"));
        assertThat(attribution.lot("L3").byChannel().get(Channel.LIVESTREAM).revenue())
                .isEqualTo(Map.of("CNY", "50.00"));
        assertThat(attribution.lot("L3").byProvince()).containsOnlyKeys("浙江");
    }

    @Test
    void countyAndUnattributedAreTheWholePeriodBeforeTheOneRounding() {
        Attribution attribution = attribution();

        Earnings county = attribution.county();
        // 8.375 + 1.125 + 2.6 = 12.1 feKg; 125 + 16.666... + 50 = 191.666...; 191.666... / 12.1 = 15.8402...
        assertThat(county.soldFeKg()).isEqualByComparingTo("12.100000");
        assertThat(county.revenue()).isEqualTo(Map.of("CNY", "191.67"));
        assertThat(county.valuePerFreshKg()).isEqualTo(Map.of("CNY", "15.84"));

        Earnings rest = attribution.unattributed();
        // LX's third of B1 (2.25 feKg, 33.333...), the dried sale naming a raw lot (2.25, 20.00) and the
        // unnamed 10 kg (10, 120.00): 14.5 feKg, 173.333... CNY; 173.333... / 14.5 = 11.9540...
        assertThat(rest.soldFeKg()).isEqualByComparingTo("14.500000");
        assertThat(rest.revenue()).isEqualTo(Map.of("CNY", "173.33"));
        assertThat(rest.valuePerFreshKg()).isEqualTo(Map.of("CNY", "11.95"));
        // 191.67 + 173.33 = 365.00 and 12.1 + 14.5 = 26.6: everything sold, to the cent
        assertThat(new BigDecimal("191.67").add(new BigDecimal("173.33"))).isEqualByComparingTo("365.00");
    }

    @Test
    void aSaleOfABatchNeverPostedStaysUnattributedUntilTheBatchArrives() {
        NamedSaleFact early =
                FixedLinkFacts.sale("B9", DAY, ProductForm.DRIED, Channel.ONLINE, "Beijing", 1, "1", "40.00");
        Map<String, LotFact> lots = Map.of("L1", LOTS.get(0));
        List<SalesFact> all =
                List.of(fact(ProductForm.DRIED, Channel.ONLINE, 1, new BigDecimal("1"), new BigDecimal("40.00")));

        Attribution before =
                Attribution.of(lots, Map.of(), List.of(early), all, ListBackedInsightFacts.defaultFactors());
        assertThat(before.county().soldFeKg()).isEqualByComparingTo("0");
        assertThat(before.unattributed().soldFeKg()).isEqualByComparingTo("4.500000");

        BatchFact b9 = FixedLinkFacts.dried("B9", DAY, "5", "L1", "20");
        Attribution after =
                Attribution.of(lots, Map.of("B9", b9), List.of(early), all, ListBackedInsightFacts.defaultFactors());
        assertThat(after.lot("L1").total().soldFeKg()).isEqualByComparingTo("4.500000");
        assertThat(after.lot("L1").total().revenue()).isEqualTo(Map.of("CNY", "40.00"));
        assertThat(after.unattributed().soldFeKg()).isEqualByComparingTo("0");
    }
}
