package io.gojichain.insights.engine;

import static io.gojichain.insights.engine.TestEvents.sale;
import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Grade;
import io.gojichain.contracts.Harvested;
import io.gojichain.contracts.Sold;
import io.gojichain.insights.facts.HarvestFact;
import io.gojichain.insights.facts.SalesFact;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same eventId counts once while it is remembered: at least the retention (7 days here) after
 * its first arrival on the stream thread's wall clock, whatever its eventTime.
 */
class DeduplicationTopologyTests {

    @TempDir
    Path stateDir;

    @Test
    void theSameEventArrivingAgainDaysLaterIsCountedOnce() {
        try (InsightsDriver insights = new InsightsDriver(this.stateDir)) {
            Sold sold = sale().quantity(3).build();
            insights.send(sold);
            insights.advanceWallClock(Duration.ofDays(6));
            insights.send(sold);
            insights.send(sold);

            Map<String, SalesFact> facts = insights.store(StoreNames.SOLD_FACTS);
            assertThat(facts).hasSize(1);
            assertThat(facts.values().iterator().next().orders()).isEqualTo(1);
            assertThat(facts.values().iterator().next().units()).isEqualTo(3);
            assertThat(insights.counter("goji.insights.duplicates.dropped", "type", "sold"))
                    .isEqualTo(2.0);
            assertThat(insights.counter("goji.insights.events.processed", "type", "sold"))
                    .isEqualTo(1.0);
        }
    }

    @Test
    void theFirstArrivalWinsEvenWhenTheCopyCarriesAnotherEventTimeAndQuantity() {
        try (InsightsDriver insights = new InsightsDriver(this.stateDir)) {
            UUID id = UUID.randomUUID();
            insights.send(sale().id(id).at("2026-09-01T04:00:00Z").quantity(2).build());
            // a backfill re-sent the next day with a "corrected" body: still the same event
            insights.advanceWallClock(Duration.ofDays(1));
            insights.send(sale().id(id).at("2026-09-02T04:00:00Z").quantity(5).build());

            Map<String, SalesFact> facts = insights.store(StoreNames.SOLD_FACTS);
            assertThat(facts.keySet()).containsExactly("2026-09-01|dried|online|Guangdong|DRIED-250G|0.25|CNY");
            assertThat(facts.values().iterator().next().units()).isEqualTo(2);
        }
    }

    @Test
    void idsAreKeptThroughoutTheRetentionAndForgottenAfterIt() {
        try (InsightsDriver insights = new InsightsDriver(this.stateDir, Duration.ofDays(7), Duration.ofMinutes(10))) {
            Harvested early = TestEvents.harvest("2026-09-01T01:00:00Z", "Jinghe", Grade.GRADE_A, "10");
            insights.send(early);
            insights.advanceWallClock(Duration.ofDays(3));
            Harvested later = TestEvents.harvest("2026-09-01T01:00:00Z", "Jinghe", Grade.GRADE_A, "20");
            insights.send(later);

            // 6 days 23 hours after the first arrival: purges have run, both ids are still remembered
            insights.advanceWallClock(Duration.ofDays(3).plusHours(23));
            insights.send(early);
            assertThat(insights.store(StoreNames.seenIds(early.eventType()))).hasSize(2);

            // Each purge (every 10 minutes) walks a sixteenth of the ids: by 7 days 5 hours after the
            // first arrival, at least 16 purges after its retention ended have walked them all, and
            // it is forgotten (the later one is kept)
            for (int purge = 0; purge < 36; purge++) {
                insights.advanceWallClock(Duration.ofMinutes(10));
            }
            assertThat(insights.store(StoreNames.seenIds(early.eventType())))
                    .containsOnlyKeys(later.eventId().toString());
            insights.send(later);
            insights.send(early);

            Map<String, HarvestFact> facts = insights.store(StoreNames.HARVESTED_FACTS);
            assertThat(facts).hasSize(1);
            HarvestFact fact = facts.values().iterator().next();
            // early counted twice (before and after its retention), later once: 10 + 20 + 10
            assertThat(fact.events()).isEqualTo(3);
            assertThat(fact.kg()).isEqualByComparingTo("40");
            assertThat(insights.counter("goji.insights.duplicates.dropped", "type", "harvested"))
                    .isEqualTo(2.0);
        }
    }
}
