package io.gojichain.processing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.EventSchemas;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiJson;
import io.gojichain.contracts.Topics;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/**
 * The service against a real broker, over real HTTP: what lands on the topic is checked byte for
 * byte against the contract. Subclasses only say where the broker is (embedded KRaft here, a
 * Testcontainers {@code apache/kafka} where Docker exists).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ProcessingIntegrationScenarios.FixedClock.class)
abstract class ProcessingIntegrationScenarios {

    static final Instant NOW = Instant.parse("2026-07-09T06:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    Http http;

    @BeforeEach
    void http() {
        this.http = new Http(this.port);
    }

    @Test
    void aDriedEventLandsOnItsTopicExactlyAsTheContractSays() {
        String batchId = unique("P03-D");
        HttpResponse<String> response = http.postJson("/api/v1/processing/dried", """
                {
                  "eventTime": "2026-07-09T06:00:00+02:00",
                  "batchId": "%s",
                  "processorId": "P03",
                  "inputs": [
                    {"lotId": "JH-2026-0702-F017", "quantityKg": 900},
                    {"lotId": "JH-2026-0702-F021", "quantityKg": 450.25}
                  ],
                  "method": "hot_air",
                  "outputKg": 300.05,
                  "grade": "special",
                  "someFutureField": {"ignored": true},
                  "source": "someone-else",
                  "recordTime": "2020-01-01T00:00:00Z",
                  "eventType": "juiced",
                  "submittedBy": "another-org"
                }
                """.formatted(batchId));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode answer = json(response.body());
        String eventId = answer.get("eventId").asString();
        assertThat(UUID.fromString(eventId)).isNotNull();
        assertThat(answer.get("topic").asString()).isEqualTo("goji.dried.v1");

        ConsumerRecord<String, String> record = onlyRecord(Topics.DRIED, batchId);
        assertThat(record.topic()).isEqualTo("goji.dried.v1");
        assertThat(record.key()).isEqualTo(batchId);
        assertThat(record.partition()).isEqualTo(answer.get("partition").asInt());
        assertThat(record.offset()).isEqualTo(answer.get("offset").asLong());
        assertThat(json(record.value())).isEqualTo(json("""
                {
                  "eventId": "%s",
                  "eventType": "dried",
                  "eventTime": "2026-07-09T04:00:00Z",
                  "recordTime": "2026-07-09T06:00:00Z",
                  "source": "processing-service",
                  "schemaVersion": 1,
                  "batchId": "%s",
                  "processorId": "P03",
                  "inputs": [
                    {"lotId": "JH-2026-0702-F017", "quantityKg": 900},
                    {"lotId": "JH-2026-0702-F021", "quantityKg": 450.25}
                  ],
                  "method": "hot_air",
                  "outputKg": 300.05,
                  "grade": "special",
                  "submittedBy": "county-data"
                }
                """.formatted(eventId, batchId)));
        assertThat(EventSchemas.violations(EventType.DRIED, record.value())).isEmpty();
        assertThat(headers(record))
                .containsExactly(
                        Map.entry("ce_specversion", "1.0"),
                        Map.entry("ce_id", eventId),
                        Map.entry("ce_type", "goji.dried.v1"),
                        Map.entry("ce_source", "/processing-service"),
                        Map.entry("ce_time", "2026-07-09T04:00:00Z"),
                        Map.entry("content-type", "application/json"));
    }

    @Test
    void aJuicedEventKeepsTheClientsEventId() {
        String batchId = unique("P07-J");
        String eventId = UUID.randomUUID().toString();
        HttpResponse<String> response = http.postJson("/api/v1/processing/juiced", """
                {
                  "eventId": "%s",
                  "eventTime": "2026-07-03T08:15:00.250Z",
                  "batchId": "%s",
                  "processorId": "P07",
                  "inputs": [{"lotId": "JH-2026-0702-F033", "quantityKg": 650.125}],
                  "product": "pulp",
                  "outputLiters": 520.5
                }
                """.formatted(eventId, batchId));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response.body()).get("eventId").asString()).isEqualTo(eventId);
        ConsumerRecord<String, String> record = onlyRecord(Topics.JUICED, batchId);
        assertThat(record.key()).isEqualTo(batchId);
        assertThat(json(record.value())).isEqualTo(json("""
                {
                  "eventId": "%s",
                  "eventType": "juiced",
                  "eventTime": "2026-07-03T08:15:00.250Z",
                  "recordTime": "2026-07-09T06:00:00Z",
                  "source": "processing-service",
                  "schemaVersion": 1,
                  "batchId": "%s",
                  "processorId": "P07",
                  "inputs": [{"lotId": "JH-2026-0702-F033", "quantityKg": 650.125}],
                  "product": "pulp",
                  "outputLiters": 520.5,
                  "submittedBy": "county-data"
                }
                """.formatted(eventId, batchId)));
        assertThat(EventSchemas.violations(EventType.JUICED, record.value())).isEmpty();
        assertThat(headers(record))
                .containsExactly(
                        Map.entry("ce_specversion", "1.0"),
                        Map.entry("ce_id", eventId),
                        Map.entry("ce_type", "goji.juiced.v1"),
                        Map.entry("ce_source", "/processing-service"),
                        Map.entry("ce_time", "2026-07-03T08:15:00.250Z"),
                        Map.entry("content-type", "application/json"));
    }

    @Test
    void theServiceCreatedItsTopicsWithSixPartitions() throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of(Topics.DRIED, Topics.JUICED))
                    .allTopicNames()
                    .get(30, TimeUnit.SECONDS);
            assertThat(topics.get(Topics.DRIED).partitions()).hasSize(6);
            assertThat(topics.get(Topics.JUICED).partitions()).hasSize(6);
        }
    }

    @Test
    void aBatchOfThreeIsCommittedInOneTransaction() {
        // Three keys of the same partition: one transaction puts its three records side by side
        // followed by one commit marker; three transactions would interleave three markers.
        List<String> batchIds = keysOfOnePartition("P03-D", 3);
        StringBuilder batch = new StringBuilder("[");
        for (String batchId : batchIds) {
            batch.append(batch.length() > 1 ? "," : "").append("""
                    {"eventTime": "2026-07-08T10:00:00Z", "batchId": "%s", "processorId": "P03",
                     "inputs": [{"lotId": "JH-1", "quantityKg": 45}], "method": "sun", "outputKg": 10}
                    """.formatted(batchId));
        }
        HttpResponse<String> response = http.postJson(
                "/api/v1/processing/dried/batch", batch.append(']').toString());

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode answer = json(response.body());
        assertThat(answer.get("accepted").asInt()).isEqualTo(3);
        List<String> eventIds = new ArrayList<>();
        answer.get("eventIds").forEach(id -> eventIds.add(id.asString()));
        assertThat(eventIds).hasSize(3).doesNotHaveDuplicates();

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.DRIED)) {
            List<ConsumerRecord<String, String>> records =
                    reader
                            .until(read -> read.stream()
                                            .filter(r -> batchIds.contains(r.key()))
                                            .count()
                                    == 3)
                            .stream()
                            .filter(r -> batchIds.contains(r.key()))
                            .toList();
            assertThat(records).extracting(ConsumerRecord::key).containsExactlyElementsOf(batchIds);
            for (int i = 0; i < 3; i++) {
                JsonNode event = json(records.get(i).value());
                assertThat(event.get("eventId").asString()).isEqualTo(eventIds.get(i));
                assertThat(event.get("recordTime").asString()).isEqualTo("2026-07-09T06:00:00Z");
                assertThat(EventSchemas.violations(EventType.DRIED, event)).isEmpty();
            }
            int partition = records.get(0).partition();
            long first = records.get(0).offset();
            assertThat(records).extracting(ConsumerRecord::partition).containsOnly(partition);
            assertThat(records).extracting(ConsumerRecord::offset).containsExactly(first, first + 1, first + 2);
            assertThat(reader.endOffsets().get(new TopicPartition(Topics.DRIED, partition)))
                    .as("three records and one commit marker")
                    .isEqualTo(first + 4);
        }
    }

    @Test
    void aBatchWithOneInvalidItemPublishesNothing() {
        List<String> batchIds = List.of(unique("P07-J"), unique("P07-J"), unique("P07-J"));
        String item = """
                {"eventTime": "2026-07-08T10:00:00Z", "batchId": "%s", "processorId": "P07",
                 "inputs": [{"lotId": "JH-1", "quantityKg": 130}], "product": "nfc_juice", "outputLiters": %s}
                """;
        String batch = "[" + item.formatted(batchIds.get(0), "100") + ","
                + item.formatted(batchIds.get(1), "0") + ","
                + item.formatted(batchIds.get(2), "100") + "]";

        HttpResponse<String> rejected = http.postJson("/api/v1/processing/juiced/batch", batch);

        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(rejected.body());
        assertThat(problem.get("errors").size()).isEqualTo(1);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("[1].outputLiters");

        String marker = unique("P07-J-marker");
        HttpResponse<String> accepted = http.postJson("/api/v1/processing/juiced", item.formatted(marker, "100"));
        assertThat(accepted.statusCode()).isEqualTo(202);
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.JUICED)) {
            List<String> keys = reader.toEnd().stream().map(ConsumerRecord::key).toList();
            assertThat(keys).contains(marker).doesNotContainAnyElementsOf(batchIds);
        }
    }

    @Test
    void operationsEndpointsAnswer() {
        assertThat(http.postJson("/api/v1/processing/juiced", """
                        {"eventTime": "2026-07-08T10:00:00Z", "batchId": "%s", "processorId": "P07",
                         "inputs": [{"lotId": "JH-1", "quantityKg": 13}], "product": "nfc_juice", "outputLiters": 10}
                        """.formatted(unique("P07-J")))
                        .statusCode())
                .isEqualTo(202);

        HttpResponse<String> readiness = http.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode ready = json(readiness.body());
        assertThat(ready.get("status").asString()).isEqualTo("UP");
        assertThat(ready.get("components").get("kafka").get("status").asString())
                .isEqualTo("UP");
        JsonNode live = json(http.get("/actuator/health/liveness").body());
        assertThat(live.get("status").asString()).isEqualTo("UP");
        assertThat(live.has("components") && live.get("components").has("kafka"))
                .isFalse();

        String prometheus = http.get("/actuator/prometheus").body();
        assertThat(prometheus)
                .contains("goji_ingest_events_accepted_total{mode=\"single\",type=\"juiced\"}")
                .contains("goji_ingest_publish_latency_seconds_bucket{mode=\"single\",type=\"juiced\",le=")
                .contains("kafka_producer_")
                .contains("http_server_requests_seconds_bucket");

        HttpResponse<String> apiDocs = http.get("/v3/api-docs");
        assertThat(apiDocs.statusCode()).isEqualTo(200);
        JsonNode paths = json(apiDocs.body()).get("paths");
        for (String path : List.of("dried", "dried/batch", "juiced", "juiced/batch")) {
            JsonNode post = paths.get("/api/v1/processing/" + path).get("post");
            assertThat(post.get("summary").asString()).isNotBlank();
            assertThat(post.get("responses").propertyNames()).contains("202", "400", "413", "415", "503");
        }
        assertThat(http.get("/swagger-ui.html").statusCode()).isEqualTo(200);
    }

    private ConsumerRecord<String, String> onlyRecord(String topic, String key) {
        try (TopicReader reader = new TopicReader(bootstrapServers, topic)) {
            List<ConsumerRecord<String, String>> records = reader.withKey(key, 1);
            assertThat(records).hasSize(1);
            return records.get(0);
        }
    }

    /** Header names and UTF-8 values in record order; duplicates would show up as extra entries. */
    private static List<Map.Entry<String, String>> headers(ConsumerRecord<String, String> record) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(Map.entry(header.key(), new String(header.value(), StandardCharsets.UTF_8)));
        }
        return headers;
    }

    static JsonNode json(String text) {
        return GojiJson.mapper().readTree(text);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Keys the producer's default partitioner sends to one partition of a 6-partition topic. */
    private static List<String> keysOfOnePartition(String prefix, int count) {
        Map<Integer, List<String>> byPartition = new LinkedHashMap<>();
        while (true) {
            String key = unique(prefix);
            int partition = Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 6;
            List<String> keys = byPartition.computeIfAbsent(partition, p -> new ArrayList<>());
            keys.add(key);
            if (keys.size() == count) {
                return keys;
            }
        }
    }
}
