package io.gojichain.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Dried;
import io.gojichain.contracts.DryingMethod;
import io.gojichain.contracts.Grade;
import io.gojichain.contracts.JuiceProduct;
import io.gojichain.contracts.Juiced;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.HarvestFact;
import io.gojichain.insights.facts.ProcessingFact;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harvested}, {@code dried} and {@code juiced} events into their stores; values worked out by hand. */
class HarvestAndProcessingTopologyTests {

    @TempDir
    Path stateDir;

    private InsightsDriver insights;

    @BeforeEach
    void start() {
        this.insights = new InsightsDriver(this.stateDir);
    }

    @AfterEach
    void stop() {
        this.insights.close();
    }

    @Test
    void harvestsAddUpPerDayCountyAndGrade() {
        this.insights.send(TestEvents.harvest("2026-07-02T01:30:00Z", "Jinghe", Grade.GRADE_A, "1250.5"));
        this.insights.send(TestEvents.harvest("2026-07-02T09:00:00Z", "Jinghe", Grade.GRADE_A, "300.25"));
        // 18:00 UTC is 02:00 the next day in Shanghai
        this.insights.send(TestEvents.harvest("2026-07-01T18:00:00Z", "Jinghe", null, "100"));
        // free text with the key separator in it gets its own key
        this.insights.send(TestEvents.harvest("2026-07-02T01:00:00Z", "Jing|he", Grade.PREMIUM, "10"));

        Map<String, HarvestFact> facts = this.insights.store(StoreNames.HARVESTED_FACTS);

        LocalDate day = LocalDate.of(2026, 7, 2);
        assertThat(facts.keySet())
                .containsExactly(
                        "2026-07-02|Xinjiang|Jing%7Che|premium",
                        "2026-07-02|Xinjiang|Jinghe|grade_a", "2026-07-02|Xinjiang|Jinghe|ungraded");
        assertHarvest(facts.get("2026-07-02|Xinjiang|Jinghe|grade_a"), day, "Jinghe", "grade_a", 2, "1550.75");
        assertHarvest(facts.get("2026-07-02|Xinjiang|Jinghe|ungraded"), day, "Jinghe", "ungraded", 1, "100");
        assertHarvest(facts.get("2026-07-02|Xinjiang|Jing%7Che|premium"), day, "Jing|he", "premium", 1, "10");
    }

    @Test
    void everyTransformationIsOneEntryWithItsSummedFreshInputEvenFromUnknownLots() {
        // the input lots were never harvested (or not yet: events arrive out of order across services)
        Dried dried = TestEvents.dried(
                "2026-07-09T04:00:00Z", "P03-D-0709-01", DryingMethod.HOT_AIR, "300.05", "900", "450.25");
        Juiced juice = TestEvents.juiced("2026-07-03T08:15:00Z", "P07-J-0703-02", JuiceProduct.NFC_JUICE, "500", "650");
        Juiced pulp =
                TestEvents.juiced("2026-07-03T10:00:00Z", "P07-J-0703-03", JuiceProduct.PULP, "80.5", "60", "32.5");
        this.insights.send(dried);
        this.insights.send(juice);
        this.insights.send(pulp);

        Map<String, ProcessingFact> driedFacts = this.insights.store(StoreNames.DRIED_FACTS);
        assertThat(driedFacts).containsOnlyKeys("2026-07-09|P03-D-0709-01|" + dried.eventId());
        ProcessingFact batch = driedFacts.values().iterator().next();
        assertThat(batch.day()).isEqualTo(LocalDate.of(2026, 7, 9));
        assertThat(batch.batchId()).isEqualTo("P03-D-0709-01");
        assertThat(batch.processorId()).isEqualTo("P03");
        assertThat(batch.output()).isEqualTo(ProductForm.DRIED);
        assertThat(batch.method()).isEqualTo("hot_air");
        // 900 + 450.25
        assertThat(batch.inputKg()).isEqualByComparingTo("1350.25");
        assertThat(batch.outputQuantity()).isEqualByComparingTo("300.05");

        Map<String, ProcessingFact> juicedFacts = this.insights.store(StoreNames.JUICED_FACTS);
        assertThat(juicedFacts.keySet())
                .containsExactly(
                        "2026-07-03|P07-J-0703-02|" + juice.eventId(), "2026-07-03|P07-J-0703-03|" + pulp.eventId());
        ProcessingFact nfc = juicedFacts.get("2026-07-03|P07-J-0703-02|" + juice.eventId());
        assertThat(nfc.output()).isEqualTo(ProductForm.NFC_JUICE);
        assertThat(nfc.method()).isEqualTo("nfc_juice");
        assertThat(nfc.inputKg()).isEqualByComparingTo("650");
        assertThat(nfc.outputQuantity()).isEqualByComparingTo("500");
        ProcessingFact pulpFact = juicedFacts.get("2026-07-03|P07-J-0703-03|" + pulp.eventId());
        assertThat(pulpFact.output()).isEqualTo(ProductForm.PULP);
        assertThat(pulpFact.method()).isEqualTo("pulp");
        // 60 + 32.5
        assertThat(pulpFact.inputKg()).isEqualByComparingTo("92.5");
        assertThat(pulpFact.outputQuantity()).isEqualByComparingTo("80.5");

        assertThat(this.insights.counter("goji.insights.events.processed", "type", "dried"))
                .isEqualTo(1.0);
        assertThat(this.insights.counter("goji.insights.events.processed", "type", "juiced"))
                .isEqualTo(2.0);
    }

    private static void assertHarvest(
            HarvestFact fact, LocalDate day, String county, String grade, long events, String kg) {
        assertThat(fact.day()).isEqualTo(day);
        assertThat(fact.province()).isEqualTo("Xinjiang");
        assertThat(fact.county()).isEqualTo(county);
        assertThat(fact.grade()).isEqualTo(grade);
        assertThat(fact.events()).isEqualTo(events);
        assertThat(fact.kg()).isEqualByComparingTo(new BigDecimal(kg));
    }
}
