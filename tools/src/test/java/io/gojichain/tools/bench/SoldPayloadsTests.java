package io.gojichain.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.EventSchemas;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiJson;
import io.gojichain.contracts.Sold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SoldPayloadsTests {

    @TempDir
    static Path work;

    static SoldPayloads payloads;

    @BeforeAll
    static void generate() throws IOException {
        payloads = SoldPayloads.fromSeason(7, work, new EventIds(99), "t1");
    }

    @Test
    void takesTheOrderLinesOfTheDemoSeason() {
        // the default season has tens of thousands of order lines; each is one template
        assertThat(payloads.templateCount()).isGreaterThan(10_000);
        assertThat(payloads.meanRequestBytes()).isBetween(250.0, 700.0);
    }

    @Test
    void aBatchIsAJsonArrayOfValidSoldRequestsEachWithItsOwnId() {
        JsonNode batch = GojiJson.mapper().readTree(payloads.batch(1000));
        assertThat(batch.isArray()).isTrue();
        assertThat(batch.size()).isEqualTo(1000);
        Set<String> ids = new HashSet<>();
        for (JsonNode item : batch) {
            ids.add(item.get("eventId").asString());
            assertThat(item.has("eventType")).isFalse();
            assertThat(item.has("recordTime")).isFalse();
            assertThat(item.get("orderId").asString()).isNotBlank();
        }
        assertThat(ids).hasSize(1000).doesNotContain(SoldPayloads.PLACEHOLDER);
    }

    @Test
    void singlesNeverRepeatAnId() {
        String first =
                GojiJson.mapper().readTree(payloads.single()).get("eventId").asString();
        String second =
                GojiJson.mapper().readTree(payloads.single()).get("eventId").asString();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aMarkerIsAnOnlineSaleOfOnePackAtOneTestCurrencyUnit() {
        Instant now = Instant.parse("2026-11-28T10:15:30Z");
        JsonNode marker = GojiJson.mapper().readTree(payloads.marker(now));
        assertThat(marker.get("currency").asString()).isEqualTo("XTS");
        assertThat(marker.get("unitPrice").asString()).isEqualTo("1.00");
        assertThat(marker.get("quantity").asInt()).isEqualTo(1);
        assertThat(marker.get("channel").asString()).isEqualTo("online");
        assertThat(marker.has("livestreamId")).isFalse();
        assertThat(marker.get("eventTime").asString()).isEqualTo("2026-11-28T10:15:30Z");
        assertThat(marker.get("orderId").asString()).isEqualTo("BENCH-t1-M1");
    }

    @Test
    void kafkaValuesAreSoldEventsAsTheServiceWritesThem() throws IOException {
        Path file = work.resolve("values.ndjson");
        double mean = payloads.writeKafkaValues(file, 200);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(200);
        long bytes = 0;
        for (String line : lines) {
            assertThat(EventSchemas.violations(EventType.SOLD, line)).isEmpty();
            Sold sold = GojiJson.mapper().readValue(line, Sold.class);
            assertThat(sold.source()).isEqualTo("sales-service");
            bytes += line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        assertThat(mean).isEqualTo(bytes / 200.0);
    }
}
