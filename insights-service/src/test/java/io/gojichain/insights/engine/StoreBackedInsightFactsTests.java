package io.gojichain.insights.engine;

import static io.gojichain.insights.engine.TestEvents.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.DryingMethod;
import io.gojichain.contracts.Grade;
import io.gojichain.contracts.JuiceProduct;
import io.gojichain.contracts.ProductForm;
import io.gojichain.contracts.Sold;
import io.gojichain.insights.facts.CountedTotals;
import io.gojichain.insights.facts.CustomerOrdersFact;
import io.gojichain.insights.facts.EventCounts;
import io.gojichain.insights.facts.HarvestFact;
import io.gojichain.insights.facts.InsightsNotReadyException;
import io.gojichain.insights.facts.LivestreamFact;
import io.gojichain.insights.facts.LivestreamMinuteFact;
import io.gojichain.insights.facts.ProcessingFact;
import io.gojichain.insights.facts.SalesFact;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read model over the stores: day ranges, merging keys across partitions, "not ready". */
class StoreBackedInsightFactsTests {

    private static final LocalDate AUG_31 = LocalDate.of(2026, 8, 31);

    private static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);

    private static final LocalDate SEP_2 = LocalDate.of(2026, 9, 2);

    @TempDir
    Path stateDir;

    private InsightsDriver insights;

    private StoreBackedInsightFacts facts;

    @BeforeEach
    void start() {
        this.insights = new InsightsDriver(this.stateDir);
        this.facts = new StoreBackedInsightFacts(new StoreBackedInsightFacts.StoreLookup() {
            @Override
            public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
                return StoreBackedInsightFactsTests.this.insights.driver.getKeyValueStore(name);
            }
        });
    }

    @AfterEach
    void stop() {
        this.insights.close();
    }

    @Test
    void dayRangesIncludeBothEndsInTheInsightsZone() {
        this.insights.send(sale().at("2026-08-31T15:59:59Z").sku("A").build()); // 08-31 23:59:59 in Shanghai
        this.insights.send(sale().at("2026-08-31T23:30:00Z").sku("B").build()); // 09-01 07:30
        this.insights.send(sale().at("2026-09-02T15:59:59Z").sku("C").build()); // 09-02 23:59:59
        this.insights.send(sale().at("2026-09-02T16:00:00Z").sku("D").build()); // 09-03 00:00

        assertThat(this.facts.sales(SEP_1, SEP_2)).extracting(SalesFact::sku).containsExactly("B", "C");
        assertThat(this.facts.sales(SEP_1, SEP_1)).extracting(SalesFact::sku).containsExactly("B");
        assertThat(this.facts.sales(AUG_31, AUG_31)).extracting(SalesFact::day).containsExactly(AUG_31);
        assertThat(this.facts.sales(LocalDate.MIN, LocalDate.MAX))
                .extracting(SalesFact::sku)
                .containsExactly("A", "B", "C", "D");
        assertThat(this.facts.sales(SEP_2, SEP_1)).isEmpty();
        assertThat(this.facts.sales(LocalDate.of(1999, 1, 1), LocalDate.of(1999, 12, 31)))
                .isEmpty();
    }

    @Test
    void harvestsProcessingAndCustomersAreReadByDayToo() {
        this.insights.send(TestEvents.harvest("2026-08-31T01:00:00Z", "Jinghe", Grade.GRADE_A, "100"));
        this.insights.send(TestEvents.harvest("2026-09-01T01:00:00Z", "Jinghe", Grade.GRADE_A, "200"));
        this.insights.send(TestEvents.dried("2026-09-01T02:00:00Z", "D-1", DryingMethod.SUN, "20", "90"));
        this.insights.send(TestEvents.juiced("2026-09-02T02:00:00Z", "J-1", JuiceProduct.PULP, "50", "60"));
        this.insights.send(TestEvents.juiced("2026-08-31T02:00:00Z", "J-0", JuiceProduct.NFC_JUICE, "5", "7"));
        this.insights.send(sale().customer("c-1").at("2026-09-01T02:00:00Z").build());
        this.insights.send(sale().customer("c-1").at("2026-09-01T03:00:00Z").build());
        this.insights.send(sale().customer("c-2").at("2026-09-03T03:00:00Z").build());

        assertThat(this.facts.harvests(SEP_1, SEP_2))
                .extracting(HarvestFact::kg)
                .singleElement()
                .satisfies(kg -> assertThat(kg).isEqualByComparingTo("200"));
        assertThat(this.facts.processing(SEP_1, SEP_2))
                .extracting(ProcessingFact::batchId)
                .containsExactly("D-1", "J-1");
        assertThat(this.facts.processing(LocalDate.MIN, LocalDate.MAX))
                .extracting(ProcessingFact::batchId)
                .containsExactly("J-0", "D-1", "J-1");
        assertThat(this.facts.customerOrders(SEP_1, SEP_2))
                .containsExactly(new CustomerOrdersFact("c-1", ProductForm.DRIED, SEP_1, 2));
    }

    @Test
    void eventCountsAreTheEventsCountedAfterDeduplication() {
        Sold twice = sale().quantity(2).build();
        this.insights.send(twice);
        this.insights.send(twice);
        this.insights.send(sale().channel(Channel.OFFLINE).build());
        this.insights.send(sale().at("2025-07-01T00:00:00Z").build());
        this.insights.send(TestEvents.harvest("2026-08-31T01:00:00Z", "Jinghe", null, "100"));
        this.insights.send(TestEvents.harvest("2026-08-31T02:00:00Z", "Jinghe", null, "100"));
        this.insights.send(TestEvents.dried("2026-09-01T02:00:00Z", "D-1", DryingMethod.SUN, "20", "90"));
        this.insights.send(TestEvents.dried("2026-09-01T02:00:00Z", "D-1", DryingMethod.SUN, "20", "90"));
        this.insights.send(TestEvents.juiced("2026-09-02T02:00:00Z", "J-1", JuiceProduct.PULP, "50", "60"));

        // the two harvests share one fact; the two D-1 events are two batches (two eventIds)
        assertThat(this.facts.eventCounts()).isEqualTo(new EventCounts(2, 2, 1, 3));
    }

    @Test
    void theRunningTotalsEqualTheSumOfAllFacts() {
        Sold twice = sale().quantity(2).build();
        this.insights.send(twice);
        this.insights.send(twice);
        this.insights.send(sale().form(ProductForm.NFC_JUICE)
                .packSize("0.3")
                .quantity(3)
                .price("12.50")
                .currency("USD")
                .build());
        this.insights.send(sale().form(ProductForm.FRESH)
                .packSize("2.5")
                .at("2025-07-01T00:00:00Z")
                .build());
        this.insights.send(TestEvents.harvest("2026-08-31T01:00:00Z", "Jinghe", Grade.GRADE_A, "1250.5"));
        this.insights.send(TestEvents.harvest("2026-08-30T01:00:00Z", "Bole", null, "300.25"));
        this.insights.send(TestEvents.dried("2026-09-01T02:00:00Z", "D-1", DryingMethod.SUN, "20.5", "90", "0.5"));
        this.insights.send(TestEvents.juiced("2026-09-02T02:00:00Z", "J-1", JuiceProduct.PULP, "50", "60"));
        this.insights.send(TestEvents.juiced("2026-09-02T02:00:00Z", "J-2", JuiceProduct.NFC_JUICE, "7.25", "9.75"));

        CountedTotals totals = this.facts.totals();

        CountedTotals fromFacts = CountedTotals.of(
                this.facts.harvests(LocalDate.MIN, LocalDate.MAX),
                this.facts.processing(LocalDate.MIN, LocalDate.MAX),
                this.facts.sales(LocalDate.MIN, LocalDate.MAX));
        assertThat(totals)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(fromFacts);
        // and by hand: 1250.5 + 300.25 kg; 90 + 0.5 into drying; 60 + 9.75 into juicing
        assertThat(totals.events()).isEqualTo(new EventCounts(2, 1, 2, 3));
        assertThat(totals.harvestedKg()).isEqualByComparingTo("1550.75");
        assertThat(totals.driedInputKg()).isEqualByComparingTo("90.5");
        assertThat(totals.juicedInputKg()).isEqualByComparingTo("69.75");
        assertThat(totals.producedOutput().get(ProductForm.DRIED)).isEqualByComparingTo("20.5");
        assertThat(totals.producedOutput().get(ProductForm.PULP)).isEqualByComparingTo("50");
        assertThat(totals.producedOutput().get(ProductForm.NFC_JUICE)).isEqualByComparingTo("7.25");
        assertThat(totals.unitsSold()).isEqualTo(6);
        assertThat(totals.soldVolume().get(ProductForm.DRIED)).isEqualByComparingTo("0.5");
        assertThat(totals.soldVolume().get(ProductForm.NFC_JUICE)).isEqualByComparingTo("0.9");
        assertThat(totals.soldVolume().get(ProductForm.FRESH)).isEqualByComparingTo("2.5");
        // 2 x 29.90 + 29.90 (fresh at the default price); 3 x 12.50 USD
        assertThat(totals.revenue()).containsOnlyKeys("CNY", "USD");
        assertThat(totals.revenue().get("CNY")).isEqualByComparingTo("89.70");
        assertThat(totals.revenue().get("USD")).isEqualByComparingTo("37.50");
    }

    @Test
    void aSessionIsDatedByItsFirstSaleOverAllItsFormsAndItsMinutesAreItsOwn() {
        // LS-1 starts on 09-01 (Shanghai) with juice; its dried sales come a day later
        this.insights.send(sale().livestream("LS-1")
                .form(ProductForm.NFC_JUICE)
                .packSize("0.3")
                .at("2026-09-01T12:00:00Z")
                .build());
        this.insights.send(sale().livestream("LS-1").at("2026-09-02T01:00:00Z").build());
        this.insights.send(sale().livestream("LS-10")
                .at("2026-09-02T01:00:30Z")
                .quantity(4)
                .build());

        assertThat(this.facts.livestreams(SEP_1, SEP_1))
                .extracting(LivestreamFact::livestreamId, LivestreamFact::productForm, LivestreamFact::day)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("LS-1", ProductForm.DRIED, SEP_1),
                        org.assertj.core.groups.Tuple.tuple("LS-1", ProductForm.NFC_JUICE, SEP_1));
        assertThat(this.facts.livestreams(SEP_2, SEP_2))
                .extracting(LivestreamFact::livestreamId)
                .containsExactly("LS-10");
        assertThat(this.facts.livestreamMinutes("LS-1"))
                .containsExactly(
                        new LivestreamMinuteFact("LS-1", Instant.parse("2026-09-01T12:00:00Z"), 1, 1),
                        new LivestreamMinuteFact("LS-1", Instant.parse("2026-09-02T01:00:00Z"), 1, 1));
        assertThat(this.facts.livestreamMinutes("LS-10"))
                .containsExactly(new LivestreamMinuteFact("LS-10", Instant.parse("2026-09-02T01:00:00Z"), 1, 4));
        assertThat(this.facts.livestreamMinutes("LS-2")).isEmpty();
    }

    @Test
    void theSameKeyInSeveralPartitionsIsMergedExactly() {
        String key = "2026-09-01|dried|online|Guangdong|DRIED-250G|0.25|CNY";
        SalesFact partition0 = salesFact(2, 5, "1.25", "151.70");
        SalesFact partition1 = salesFact(1, 3, "0.75", "89.70");
        String sessionKey = "LS-1|dried|CNY";
        LivestreamFact session0 = session("2026-09-01T12:00:00Z", "2026-09-01T12:30:00Z", "douyin", 1, "10.00");
        LivestreamFact session1 = session("2026-09-01T11:00:00Z", "2026-09-01T12:10:00Z", "kuaishou", 2, "20.00");
        String minuteKey = "LS-1|2026-09-01T12:00:00Z";
        Instant minute = Instant.parse("2026-09-01T12:00:00Z");
        StoreBackedInsightFacts partitioned = new StoreBackedInsightFacts(new StoreBackedInsightFacts.StoreLookup() {
            @Override
            @SuppressWarnings("unchecked")
            public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
                Object store = switch (name) {
                    case StoreNames.SOLD_FACTS ->
                        new PartitionedStore<>(Map.of(key, partition0), Map.of(key, partition1));
                    case StoreNames.SOLD_LIVESTREAMS ->
                        new PartitionedStore<>(Map.of(sessionKey, session0), Map.of(sessionKey, session1));
                    case StoreNames.SOLD_TOTALS ->
                        new PartitionedStore<>(
                                Map.of(
                                        RunningTotals.KEY,
                                        RunningTotals.of(Map.of(
                                                "orders",
                                                new BigDecimal("2"),
                                                "revenue|CNY",
                                                new BigDecimal("151.70")))),
                                Map.of(
                                        RunningTotals.KEY,
                                        RunningTotals.of(Map.of(
                                                "orders", BigDecimal.ONE, "revenue|CNY", new BigDecimal("89.70")))));
                    case StoreNames.SOLD_LIVESTREAM_MINUTES ->
                        new PartitionedStore<>(
                                Map.of(minuteKey, new LivestreamMinuteFact("LS-1", minute, 1, 2)),
                                Map.of(minuteKey, new LivestreamMinuteFact("LS-1", minute, 3, 4)));
                    default -> new PartitionedStore<V>();
                };
                return (ReadOnlyKeyValueStore<String, V>) store;
            }
        });

        List<SalesFact> sales = partitioned.sales(SEP_1, SEP_1);
        assertThat(sales).hasSize(1);
        assertThat(sales.get(0).orders()).isEqualTo(3);
        assertThat(sales.get(0).units()).isEqualTo(8);
        assertThat(sales.get(0).volume()).isEqualByComparingTo("2.00");
        assertThat(sales.get(0).revenue()).isEqualByComparingTo("241.40");
        assertThat(partitioned.eventCounts()).isEqualTo(new EventCounts(0, 0, 0, 3));
        assertThat(partitioned.totals().revenue()).containsExactly(Map.entry("CNY", new BigDecimal("241.40")));

        LivestreamFact merged = partitioned.livestreams(SEP_1, SEP_1).get(0);
        assertThat(merged.orders()).isEqualTo(3);
        assertThat(merged.revenue()).isEqualByComparingTo("30.00");
        // the earlier first sale (partition 1) decides the platform; the later last sale (partition 0) ends it
        assertThat(merged.firstSale()).isEqualTo(Instant.parse("2026-09-01T11:00:00Z"));
        assertThat(merged.lastSale()).isEqualTo(Instant.parse("2026-09-01T12:30:00Z"));
        assertThat(merged.platform()).isEqualTo("kuaishou");

        assertThat(partitioned.livestreamMinutes("LS-1"))
                .containsExactly(new LivestreamMinuteFact("LS-1", minute, 4, 6));
    }

    @Test
    void storesThatCannotBeQueriedAnswerNotReady() {
        StoreBackedInsightFacts notStarted = new StoreBackedInsightFacts(StoreBackedInsightFacts.over(() -> null));
        assertThatThrownBy(notStarted::eventCounts).isInstanceOf(InsightsNotReadyException.class);

        KafkaStreams rebalancing = mock(KafkaStreams.class);
        when(rebalancing.state()).thenReturn(KafkaStreams.State.REBALANCING);
        StoreBackedInsightFacts duringRebalance =
                new StoreBackedInsightFacts(StoreBackedInsightFacts.over(() -> rebalancing));
        assertThatThrownBy(() -> duringRebalance.sales(SEP_1, SEP_2))
                .isInstanceOf(InsightsNotReadyException.class)
                .hasMessageContaining("REBALANCING");

        StoreBackedInsightFacts migrating = new StoreBackedInsightFacts(new StoreBackedInsightFacts.StoreLookup() {
            @Override
            public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
                return new PartitionedStore<V>() {
                    @Override
                    public KeyValueIterator<String, V> range(String from, String to) {
                        throw new InvalidStateStoreException("the partition moved");
                    }
                };
            }
        });
        assertThatThrownBy(() -> migrating.sales(SEP_1, SEP_2)).isInstanceOf(InsightsNotReadyException.class);
    }

    private static SalesFact salesFact(long orders, long units, String volume, String revenue) {
        return new SalesFact(
                SEP_1,
                ProductForm.DRIED,
                Channel.ONLINE,
                "Guangdong",
                "DRIED-250G",
                new BigDecimal("0.25"),
                "CNY",
                orders,
                units,
                new BigDecimal(volume),
                new BigDecimal(revenue));
    }

    private static LivestreamFact session(String first, String last, String platform, long orders, String revenue) {
        return new LivestreamFact(
                "LS-1",
                platform,
                SEP_1,
                ProductForm.DRIED,
                "CNY",
                orders,
                orders,
                new BigDecimal("0.25").multiply(BigDecimal.valueOf(orders)),
                new BigDecimal(revenue),
                Instant.parse(first),
                Instant.parse(last));
    }
}
