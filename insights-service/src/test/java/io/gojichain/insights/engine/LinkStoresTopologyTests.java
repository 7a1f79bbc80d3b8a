package io.gojichain.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Dried;
import io.gojichain.contracts.DryingMethod;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.Harvested;
import io.gojichain.contracts.LotInput;
import io.gojichain.contracts.Region;
import io.gojichain.insights.attribution.PeriodLinks;
import io.gojichain.insights.facts.BatchFact;
import io.gojichain.insights.facts.ListBackedInsightFacts;
import io.gojichain.insights.facts.LotFact;
import io.gojichain.insights.facts.LotUseFact;
import io.gojichain.insights.facts.NamedSaleFact;
import io.gojichain.insights.facts.Period;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link stores of traceability (docs/CONTRACT.md section 7): lots by lotId, batches by batchId,
 * lot uses by {@code lotId|batchId}, sales by the batch they name. Arrival order does not matter,
 * because nothing is joined when counted; an eventId seen before is not counted again.
 */
class LinkStoresTopologyTests {

    private static final Period AUGUST = new Period(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31));

    @TempDir
    Path stateDir;

    private InsightsDriver insights;

    private StoreBackedInsightFacts facts;

    private StoreBackedLinkFacts links;

    @BeforeEach
    void start() {
        this.insights = new InsightsDriver(this.stateDir);
        StoreBackedInsightFacts.StoreLookup lookup = new StoreBackedInsightFacts.StoreLookup() {
            @Override
            public <V> ReadOnlyKeyValueStore<String, V> store(String name) {
                return LinkStoresTopologyTests.this.insights.driver.getKeyValueStore(name);
            }
        };
        this.facts = new StoreBackedInsightFacts(lookup);
        this.links = new StoreBackedLinkFacts(lookup);
    }

    @AfterEach
    void stop() {
        this.insights.close();
    }

    @Test
    void aSaleThatArrivesBeforeItsBatchAndLotsIsAttributedOnceTheyArrive() {
        // the sale first, then the batch, then the lots: each store holds what it was sent
        this.insights.send(TestEvents.sale()
                .batch("B1")
                .quantity(4)
                .packSize("0.25")
                .price("30.00")
                .at("2026-08-30T02:00:00Z")
                .build());
        assertThat(attributedFeKg("L1")).isEqualByComparingTo("0");

        this.insights.send(dried(UUID.randomUUID(), "B1", "2026-08-28T02:00:00Z", "L1", "30", "L2", "10"));
        assertThat(attributedFeKg("L1")).isEqualByComparingTo("0"); // the lots are not known yet

        this.insights.send(harvest(UUID.randomUUID(), "L1", "F1", "C1", "2026-08-20T02:00:00Z", "120"));
        this.insights.send(harvest(UUID.randomUUID(), "L2", "F2", "C1", "2026-08-21T02:00:00Z", "40"));

        // 4 x 0.25 kg dried = 1 kg = 4.5 feKg, 120.00 CNY; L1 took 30 of 40 kg: 3.375 feKg, 90.00
        PeriodLinks period = PeriodLinks.read(this.links, this.facts, ListBackedInsightFacts.defaultFactors(), AUGUST);
        assertThat(period.attribution().lot("L1").total().soldFeKg()).isEqualByComparingTo("3.375");
        assertThat(period.attribution().lot("L1").total().revenue()).isEqualTo(Map.of("CNY", "90.00"));
        assertThat(period.attribution().lot("L2").total().revenue()).isEqualTo(Map.of("CNY", "30.00"));
        assertThat(period.attribution().unattributed().soldFeKg()).isEqualByComparingTo("0");
    }

    @Test
    void linksAreKeyedByTheIdAQuestionStartsFrom() {
        this.insights.send(harvest(UUID.randomUUID(), "L1", "F1", "C1", "2026-08-20T02:00:00Z", "120.5"));
        // a batch naming one lot twice: one use with the kg added up
        this.insights.send(dried(UUID.randomUUID(), "B1", "2026-08-28T02:00:00Z", "L1", "30", "L1", "12.5"));
        this.insights.send(
                TestEvents.sale().batch("B1").at("2026-08-30T02:00:00Z").build());
        this.insights.send(
                TestEvents.sale().batch("B1").at("2026-08-30T03:00:00Z").build());

        Map<String, LotFact> lots = this.insights.store(StoreNames.HARVESTED_LOTS);
        assertThat(lots).containsOnlyKeys("L1");
        assertThat(lots.get("L1").farmId()).isEqualTo("F1");
        assertThat(lots.get("L1").cooperativeId()).isEqualTo("C1");
        assertThat(lots.get("L1").kg()).isEqualByComparingTo("120.5");
        assertThat(lots.get("L1").day()).isEqualTo(LocalDate.of(2026, 8, 20));

        Map<String, BatchFact> batches = this.insights.store(StoreNames.DRIED_BATCHES);
        assertThat(batches).containsOnlyKeys("B1");
        assertThat(batches.get("B1").inputs()).hasSize(2);
        assertThat(batches.get("B1").inputKg()).isEqualByComparingTo("42.5");
        assertThat(batches.get("B1").method()).isEqualTo("hot_air");

        Map<String, LotUseFact> uses = this.insights.store(StoreNames.DRIED_LOT_USES);
        assertThat(uses).containsOnlyKeys("L1|B1");
        assertThat(uses.get("L1|B1").kg()).isEqualByComparingTo("42.5");

        Map<String, NamedSaleFact> sales = this.insights.store(StoreNames.SOLD_BY_BATCH);
        assertThat(sales).containsOnlyKeys("B1|2026-08-30|dried|online|Guangdong|CNY");
        assertThat(sales.get("B1|2026-08-30|dried|online|Guangdong|CNY").orders())
                .isEqualTo(2);
        assertThat(sales.get("B1|2026-08-30|dried|online|Guangdong|CNY").revenue())
                .isEqualByComparingTo("59.80");

        assertThat(this.links.usesOf("L1")).extracting(LotUseFact::batchId).containsExactly("B1");
        assertThat(this.links.usesOf("L2")).isEmpty();
        assertThat(this.links.salesNaming("B1")).hasSize(1);
        assertThat(this.links.batch("B1")).isNotNull();
        assertThat(this.links.batch("B2")).isNull();
        assertThat(this.links.lot("L1")).isNotNull();
    }

    @Test
    void anEventIdSeenBeforeIsNotCountedAgainAndARepostedIdKeepsTheFirst() {
        UUID harvestId = UUID.randomUUID();
        this.insights.send(harvest(harvestId, "L1", "F1", "C1", "2026-08-20T02:00:00Z", "100"));
        this.insights.send(harvest(harvestId, "L1", "F1", "C1", "2026-08-20T02:00:00Z", "100"));
        // the same lotId again under a new eventId (a data error): the first harvest stays
        this.insights.send(harvest(UUID.randomUUID(), "L1", "F9", null, "2026-08-22T02:00:00Z", "999"));

        UUID batchId = UUID.randomUUID();
        this.insights.send(dried(batchId, "B1", "2026-08-28T02:00:00Z", "L1", "30"));
        this.insights.send(dried(batchId, "B1", "2026-08-28T02:00:00Z", "L1", "30"));
        this.insights.send(dried(UUID.randomUUID(), "B1", "2026-08-29T02:00:00Z", "L1", "70"));

        UUID saleId = UUID.randomUUID();
        this.insights.send(TestEvents.sale()
                .id(saleId)
                .batch("B1")
                .at("2026-08-30T02:00:00Z")
                .build());
        this.insights.send(TestEvents.sale()
                .id(saleId)
                .batch("B1")
                .at("2026-08-30T02:00:00Z")
                .build());

        assertThat(this.links.lot("L1").farmId()).isEqualTo("F1");
        assertThat(this.links.lot("L1").kg()).isEqualByComparingTo("100");
        assertThat(this.links.batch("B1").inputKg()).isEqualByComparingTo("30");
        assertThat(this.links.usesOf("L1"))
                .singleElement()
                .satisfies(use -> assertThat(use.kg()).isEqualByComparingTo("30"));
        assertThat(this.links.salesNaming("B1"))
                .singleElement()
                .satisfies(sale -> assertThat(sale.orders()).isEqualTo(1));
    }

    private BigDecimal attributedFeKg(String lotId) {
        return PeriodLinks.read(this.links, this.facts, ListBackedInsightFacts.defaultFactors(), AUGUST)
                .attribution()
                .lot(lotId)
                .total()
                .soldFeKg();
    }

    static Harvested harvest(UUID eventId, String lotId, String farmId, String coopId, String eventTime, String kg) {
        return new Harvested(
                eventId,
                EventType.HARVESTED,
                Instant.parse(eventTime),
                TestEvents.RECORD_TIME,
                "harvest-service",
                1,
                lotId,
                farmId,
                coopId,
                new Region("Xinjiang", "Jinghe"),
                "Ningqi-10",
                null,
                new BigDecimal(kg));
    }

    /** Dried by hot air; inputs alternate lotId, kg; output a fifth of the input. */
    static Dried dried(UUID eventId, String batchId, String eventTime, String... lotsAndKg) {
        List<LotInput> inputs = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lotsAndKg.length; i += 2) {
            inputs.add(new LotInput(lotsAndKg[i], new BigDecimal(lotsAndKg[i + 1])));
            total = total.add(new BigDecimal(lotsAndKg[i + 1]));
        }
        return new Dried(
                eventId,
                EventType.DRIED,
                Instant.parse(eventTime),
                TestEvents.RECORD_TIME,
                "processing-service",
                1,
                batchId,
                "P01",
                inputs,
                DryingMethod.HOT_AIR,
                total.divide(BigDecimal.valueOf(5)),
                null);
    }
}
