package io.gojichain.tools.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.EventSchemas;
import io.gojichain.contracts.EventType;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ChaosEventsTests {

    private final ChaosEvents events = new ChaosEvents("t1");

    @Test
    void everyBodyIsAValidEventOnceTheServiceStampsTheEnvelope() {
        for (EventType type : EventType.values()) {
            for (int i = 0; i < 50; i++) {
                ObjectNode body = this.events.event(type);
                // what the ingest service adds before it publishes
                ObjectNode published = body.deepCopy();
                published.put("eventType", type.wireName());
                published.put("recordTime", "2026-12-03T10:00:00Z");
                published.put("source", serviceOf(type));
                published.put("schemaVersion", 1);

                assertThat(EventSchemas.violations(type, published.toString()))
                        .as("%s %s", type, body)
                        .isEmpty();
            }
        }
    }

    private static String serviceOf(EventType type) {
        return switch (type) {
            case HARVESTED -> "harvest-service";
            case DRIED, JUICED -> "processing-service";
            case SOLD -> "sales-service";
        };
    }

    @Test
    void idsAreFreshAndTimesLieInTheLastHour() {
        Set<String> ids = new HashSet<>();
        Instant now = Instant.now();
        for (int i = 0; i < 1000; i++) {
            ObjectNode body = this.events.event(EventType.SOLD);
            ids.add(body.get("eventId").asString());
            Instant at = OffsetDateTime.parse(body.get("eventTime").asString()).toInstant();
            assertThat(at).isBetween(now.minus(Duration.ofHours(1)).minusSeconds(5), now.plusSeconds(5));
        }
        assertThat(ids).hasSize(1000);
    }

    @Test
    void aLivestreamSaleNamesItsSessionAndNoOtherSaleDoes() {
        for (int i = 0; i < 200; i++) {
            ObjectNode sale = this.events.event(EventType.SOLD);
            boolean livestream = sale.get("channel").asString().equals("livestream");
            assertThat(sale.has("livestreamId")).isEqualTo(livestream);
        }
    }
}
