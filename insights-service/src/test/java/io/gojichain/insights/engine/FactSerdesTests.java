package io.gojichain.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.BatchFact;
import io.gojichain.insights.facts.CustomerOrdersFact;
import io.gojichain.insights.facts.HarvestFact;
import io.gojichain.insights.facts.LivestreamFact;
import io.gojichain.insights.facts.LivestreamMinuteFact;
import io.gojichain.insights.facts.LotFact;
import io.gojichain.insights.facts.LotUseFact;
import io.gojichain.insights.facts.NamedSaleFact;
import io.gojichain.insights.facts.ProcessingFact;
import io.gojichain.insights.facts.SalesFact;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The binary store values give back exactly what was written: every digit and scale of a decimal. */
class FactSerdesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "0.00",
                "29.90",
                "-1",
                "1E+3",
                "9223372036854775807",
                "9223372036854775808",
                "-9223372036854775809",
                "999999999999999999999999999999999999999.999999999",
                "0.000000001",
                "12345678901234567890.12"
            })
    void decimalsKeepValueAndScale(String text) {
        BigDecimal value = new BigDecimal(text);
        SalesFact fact = sales(value);
        SalesFact read = roundTrip(FactSerdes.SALES, fact);
        assertThat(read).isEqualTo(fact);
        assertThat(read.revenue().scale()).isEqualTo(value.scale());
    }

    @Test
    void everyFactRoundTrips() {
        LocalDate day = LocalDate.of(2026, 9, 1);
        Instant at = Instant.parse("2026-09-01T03:04:05.123456789Z");
        assertThat(roundTrip(
                        FactSerdes.HARVEST, new HarvestFact(day, "宁夏", "Jinghe", "grade_a", 3, new BigDecimal("12.5"))))
                .isEqualTo(new HarvestFact(day, "宁夏", "Jinghe", "grade_a", 3, new BigDecimal("12.5")));
        ProcessingFact processing = new ProcessingFact(
                day, "B-1", "P-1", ProductForm.NFC_JUICE, "nfc_juice", new BigDecimal("45"), new BigDecimal("30.25"));
        assertThat(roundTrip(FactSerdes.PROCESSING, processing)).isEqualTo(processing);
        LivestreamFact session = new LivestreamFact(
                "LS-1",
                "douyin",
                day,
                ProductForm.DRIED,
                "CNY",
                4,
                9,
                new BigDecimal("2.25"),
                new BigDecimal("269.10"),
                at,
                at.plusSeconds(60));
        assertThat(roundTrip(FactSerdes.LIVESTREAM, session)).isEqualTo(session);
        LivestreamMinuteFact minute = new LivestreamMinuteFact("LS-1", at, 2, 5);
        assertThat(roundTrip(FactSerdes.LIVESTREAM_MINUTE, minute)).isEqualTo(minute);
        CustomerOrdersFact customer = new CustomerOrdersFact("C-1", ProductForm.PULP, day, 7);
        assertThat(roundTrip(FactSerdes.CUSTOMER_ORDERS, customer)).isEqualTo(customer);
        RunningTotals totals =
                RunningTotals.of(Map.of("orders", new BigDecimal("12"), "revenue|CNY", new BigDecimal("1.10")));
        assertThat(roundTrip(FactSerdes.TOTALS, totals)).isEqualTo(totals);
    }

    @Test
    void runningTotalsAddExactly() {
        RunningTotals a = RunningTotals.of(Map.of("orders", BigDecimal.ONE, "revenue|CNY", new BigDecimal("0.10")));
        RunningTotals b = RunningTotals.of(Map.of("orders", BigDecimal.ONE, "revenue|USD", new BigDecimal("0.20")));
        assertThat(a.plus(b).amounts())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "orders",
                        new BigDecimal("2"),
                        "revenue|CNY",
                        new BigDecimal("0.10"),
                        "revenue|USD",
                        new BigDecimal("0.20")));
    }

    private static SalesFact sales(BigDecimal revenue) {
        return new SalesFact(
                LocalDate.of(2026, 9, 1),
                ProductForm.DRIED,
                Channel.LIVESTREAM,
                "广东",
                "SKU-1",
                new BigDecimal("0.25"),
                "CNY",
                1,
                2,
                new BigDecimal("0.50"),
                revenue);
    }

    private static <T> T roundTrip(Serde<T> serde, T value) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
    }

    @Test
    void theLinkFactsRoundTripWithTheirAbsentFields() {
        LocalDate day = LocalDate.of(2026, 9, 1);
        Instant at = Instant.parse("2026-09-01T03:04:05.123456789Z");
        LotFact lot = new LotFact(
                "L-1", "F-1", "C-1", day, at, new BigDecimal("120.500"), "新疆", "Jinghe", "premium", "Ningqi-10");
        assertThat(roundTrip(FactSerdes.LOT, lot)).isEqualTo(lot);
        LotFact bare = new LotFact("L-2", "F-2", null, day, at, new BigDecimal("1"), "Xinjiang", "Bole", null, null);
        assertThat(roundTrip(FactSerdes.LOT, bare)).isEqualTo(bare);
        BatchFact batch = new BatchFact(
                "B-1",
                "P-1",
                "dried",
                ProductForm.DRIED,
                "freeze",
                day,
                at,
                List.of(
                        new BatchFact.LotTaken("L-1", new BigDecimal("30.5")),
                        new BatchFact.LotTaken("L-2", new BigDecimal("0.001"))),
                new BigDecimal("6.1"));
        assertThat(roundTrip(FactSerdes.BATCH, batch)).isEqualTo(batch);
        LotUseFact use =
                new LotUseFact("L-1", "B-1", "juiced", ProductForm.PULP, "pulp", day, at, new BigDecimal("30.5"));
        assertThat(roundTrip(FactSerdes.LOT_USE, use)).isEqualTo(use);
        NamedSaleFact sale = new NamedSaleFact(
                "B-1",
                day,
                ProductForm.DRIED,
                Channel.LIVESTREAM,
                "广东",
                "CNY",
                4,
                new BigDecimal("1.000"),
                new BigDecimal("119.60"));
        assertThat(roundTrip(FactSerdes.NAMED_SALE, sale)).isEqualTo(sale);
    }
}
