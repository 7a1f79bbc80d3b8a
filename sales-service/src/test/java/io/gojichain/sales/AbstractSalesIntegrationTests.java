package io.gojichain.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gojichain.boot.testing.TestKeys;
import io.gojichain.contracts.EventSchemas;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
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
 * The service against a real broker, over real HTTP: what lands on goji.sold.v1 (key, JSON,
 * headers, partition), batches as all or nothing, and the operations endpoints. Subclasses provide
 * the broker: an embedded KRaft broker always, a Testcontainers one where Docker exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AbstractSalesIntegrationTests.FixedClock.class)
abstract class AbstractSalesIntegrationTests {

    static final String TOPIC = "goji.sold.v1";

    /** The service's "now": recordTime of every event here, and the reference of the eventTime window. */
    static final Instant NOW = Instant.parse("2026-09-02T00:00:00Z");

    static final Duration PATIENCE = Duration.ofSeconds(60);

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

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    // ---- scenarios ----

    @Test
    void aSaleLandsOnTheTopicExactlyAsTheContractSays() throws Exception {
        String orderId = "JD-" + UUID.randomUUID().toString().substring(0, 8);
        String request = """
                {
                  "eventId": "5d6e7f80-9a0b-4c1d-8e2f-%s",
                  "eventTime": "2026-09-01T20:00:00+08:00",
                  "orderId": "%s",
                  "sku": "DRIED-250G-PREMIUM",
                  "productForm": "dried",
                  "batchId": "P03-D-0709-01",
                  "quantity": 3,
                  "packSize": 0.25,
                  "packUnit": "kg",
                  "unitPrice": "29.90",
                  "currency": "CNY",
                  "channel": "online",
                  "platform": "jd",
                  "buyerRegion": {"province": "广东省", "city": "深圳"},
                  "customerId": "c-7f3a9",
                  "someFutureField": "ignored",
                  "source": "someone-else",
                  "recordTime": "2020-01-01T00:00:00Z",
                  "eventType": "harvested",
                  "submittedBy": "another-org"
                }
                """.formatted(uniqueIdTail(), orderId);
        HttpResponse<String> response = post("/api/v1/sales", request);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode accepted = json(response.body());
        String eventId = accepted.get("eventId").asString();
        assertThat(eventId).startsWith("5d6e7f80-9a0b-4c1d-8e2f-");
        assertThat(accepted.get("topic").asString()).isEqualTo(TOPIC);
        int partition = accepted.get("partition").asInt();
        // Keyed by orderId: Kafka's default partitioner over 6 partitions.
        assertThat(partition).isEqualTo(Utils.toPositive(Utils.murmur2(orderId.getBytes(StandardCharsets.UTF_8))) % 6);

        ConsumerRecord<String, String> record =
                recordAt(partition, accepted.get("offset").asLong());
        assertThat(record.key()).isEqualTo(orderId);
        // Written out by hand from the request: eventTime in UTC, envelope set by the service whatever the
        // client sent for it (submittedBy is the key's organisation, and sellerId filled in from the seller's key),
        // unitPrice a string, unknown fields dropped, Chinese names kept.
        String expected = """
                {
                  "eventId": "%s",
                  "eventType": "sold",
                  "eventTime": "2026-09-01T12:00:00Z",
                  "recordTime": "2026-09-02T00:00:00Z",
                  "source": "sales-service",
                  "schemaVersion": 1,
                  "orderId": "%s",
                  "sku": "DRIED-250G-PREMIUM",
                  "productForm": "dried",
                  "batchId": "P03-D-0709-01",
                  "quantity": 3,
                  "packSize": 0.25,
                  "packUnit": "kg",
                  "unitPrice": "29.90",
                  "currency": "CNY",
                  "channel": "online",
                  "platform": "jd",
                  "buyerRegion": {"province": "广东省", "city": "深圳"},
                  "customerId": "c-7f3a9",
                  "sellerId": "SHOP-01",
                  "submittedBy": "SHOP-01"
                }
                """.formatted(eventId, orderId);
        assertThat(json(record.value())).isEqualTo(json(expected));
        assertThat(EventSchemas.violations(EventType.SOLD, record.value())).isEmpty();

        Map<String, String> expectedHeaders = new LinkedHashMap<>();
        expectedHeaders.put("ce_specversion", "1.0");
        expectedHeaders.put("ce_id", eventId);
        expectedHeaders.put("ce_type", "goji.sold.v1");
        expectedHeaders.put("ce_source", "/sales-service");
        expectedHeaders.put("ce_time", "2026-09-01T12:00:00Z");
        expectedHeaders.put("content-type", "application/json");
        assertThat(headers(record)).isEqualTo(expectedHeaders);
    }

    @Test
    void aLivestreamSaleWithoutEventIdGetsOneAndTheDefaultCurrency() throws Exception {
        String orderId = "DY-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> response = post("/api/v1/sales", """
                {
                  "eventTime": "2026-08-15T13:05:00Z",
                  "orderId": "%s",
                  "sku": "NFC-30ML-X10",
                  "productForm": "nfc_juice",
                  "quantity": 2,
                  "packSize": 0.3,
                  "packUnit": "L",
                  "unitPrice": "59.00",
                  "channel": "livestream",
                  "platform": "douyin",
                  "livestreamId": "LS-20260815-A",
                  "buyerRegion": {"province": "Zhejiang"}
                }
                """.formatted(orderId));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode accepted = json(response.body());
        UUID eventId = UUID.fromString(accepted.get("eventId").asString());
        ConsumerRecord<String, String> record = recordAt(
                accepted.get("partition").asInt(), accepted.get("offset").asLong());
        String expected = """
                {
                  "eventId": "%s",
                  "eventType": "sold",
                  "eventTime": "2026-08-15T13:05:00Z",
                  "recordTime": "2026-09-02T00:00:00Z",
                  "source": "sales-service",
                  "schemaVersion": 1,
                  "orderId": "%s",
                  "sku": "NFC-30ML-X10",
                  "productForm": "nfc_juice",
                  "quantity": 2,
                  "packSize": 0.3,
                  "packUnit": "L",
                  "unitPrice": "59.00",
                  "currency": "CNY",
                  "channel": "livestream",
                  "platform": "douyin",
                  "livestreamId": "LS-20260815-A",
                  "buyerRegion": {"province": "Zhejiang"},
                  "sellerId": "SHOP-01",
                  "submittedBy": "SHOP-01"
                }
                """.formatted(eventId, orderId);
        assertThat(json(record.value())).isEqualTo(json(expected));
        assertThat(EventSchemas.violations(EventType.SOLD, record.value())).isEmpty();
        assertThat(headers(record)).containsEntry("ce_id", eventId.toString()).doesNotContainKey("__TypeId__");
    }

    @Test
    void theServiceCreatedItsTopicWith6Partitions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers))) {
            TopicDescription topic =
                    admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC);
            assertThat(topic.partitions()).hasSize(6);
        }
    }

    @Test
    void aBatchOf3LandsAs3RecordsInOneTransaction() throws Exception {
        String run = uniqueIdTail();
        List<String> orderIds = List.of("B1-" + run, "B2-" + run, "B3-" + run);
        List<String> eventIds = List.of(
                "00000000-0000-4000-8000-" + run, "00000000-0000-4000-9000-" + run, "00000000-0000-4000-a000-" + run);
        String batch = IntStream.range(0, 3)
                .mapToObj(i -> sale(orderIds.get(i), eventIds.get(i), "\"quantity\": " + (i + 1)))
                .collect(Collectors.joining(",", "[", "]"));

        HttpResponse<String> response = post("/api/v1/sales/batch", batch);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response.body()))
                .isEqualTo(json("{\"accepted\": 3, \"eventIds\": [\"%s\", \"%s\", \"%s\"]}"
                        .formatted(eventIds.get(0), eventIds.get(1), eventIds.get(2))));
        Map<String, ConsumerRecord<String, String>> records = findByEventId(Set.copyOf(eventIds));
        for (int i = 0; i < 3; i++) {
            ConsumerRecord<String, String> record = records.get(eventIds.get(i));
            assertThat(record.key()).isEqualTo(orderIds.get(i));
            JsonNode value = json(record.value());
            assertThat(value.get("quantity").asInt()).isEqualTo(i + 1);
            assertThat(value.get("recordTime").asString()).isEqualTo("2026-09-02T00:00:00Z");
            assertThat(EventSchemas.violations(EventType.SOLD, value)).isEmpty();
            assertThat(headers(record)).containsEntry("ce_id", eventIds.get(i));
        }
        // A transaction ends with a commit marker, which takes an offset of its own: the end of each
        // partition lies beyond the batch's last record there. (Nothing else writes in between.)
        try (KafkaConsumer<String, String> consumer = consumer()) {
            Map<TopicPartition, Long> last = new HashMap<>();
            records.values()
                    .forEach(r -> last.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::max));
            Map<TopicPartition, Long> ends = consumer.endOffsets(last.keySet());
            last.forEach((partition, offset) -> assertThat(ends.get(partition)).isGreaterThan(offset + 1));
        }
    }

    @Test
    void oneInvalidItemRejectsTheWholeBatchAndNothingIsPublished() throws Exception {
        String run = uniqueIdTail();
        // One key for the batch and the marker: one partition, so the marker's arrival proves the
        // batch would have been read before it.
        String orderId = "ATOMIC-" + run;
        List<String> eventIds = List.of(
                "11111111-0000-4000-8000-" + run, "11111111-0000-4000-9000-" + run, "11111111-0000-4000-a000-" + run);
        String batch = "[" + sale(orderId, eventIds.get(0), "\"quantity\": 1") + ","
                + sale(orderId, eventIds.get(1), "\"quantity\": 0") + ","
                + sale(orderId, eventIds.get(2), "\"quantity\": 2") + "]";

        HttpResponse<String> rejected = post("/api/v1/sales/batch", batch);

        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(rejected.body());
        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("[1].quantity");

        String markerId = "22222222-0000-4000-8000-" + run;
        HttpResponse<String> marker = post("/api/v1/sales", sale(orderId, markerId, "\"quantity\": 5"));
        assertThat(marker.statusCode()).isEqualTo(202);
        JsonNode stored = json(marker.body());
        List<ConsumerRecord<String, String>> partition = readThrough(
                stored.get("partition").asInt(), stored.get("offset").asLong());
        List<String> idsWithOurKey = partition.stream()
                .filter(r -> orderId.equals(r.key()))
                .map(r -> headers(r).get("ce_id"))
                .toList();
        assertThat(idsWithOurKey).containsExactly(markerId);
    }

    @Test
    void healthMetricsAndApiDocsAreServed() throws Exception {
        assertThat(post(
                                "/api/v1/sales",
                                sale("OPS-" + uniqueIdTail(), UUID.randomUUID().toString(), "\"quantity\": 1"))
                        .statusCode())
                .isEqualTo(202);

        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(json(readiness.body()).get("status").asString()).isEqualTo("UP");
        assertThat(json(readiness.body()).at("/components/kafka/status").asString())
                .isEqualTo("UP");
        HttpResponse<String> liveness = get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json(liveness.body()).has("components")
                        && json(liveness.body()).get("components").has("kafka"))
                .as("liveness must not depend on Kafka")
                .isFalse();

        String prometheus = get("/actuator/prometheus").body();
        assertThat(prometheus)
                .contains("goji_ingest_events_accepted_total{mode=\"single\",type=\"sold\"}")
                .contains("goji_ingest_events_rejected_total{reason=\"kafka_unavailable\",type=\"sold\"}")
                .contains("goji_ingest_publish_latency_seconds_bucket")
                .contains("goji_ingest_batch_size_count")
                .contains("http_server_requests_seconds_bucket")
                .contains("kafka_producer_");

        HttpResponse<String> apiDocs = get("/v3/api-docs");
        assertThat(apiDocs.statusCode()).isEqualTo(200);
        JsonNode paths = json(apiDocs.body()).get("paths");
        assertThat(paths.has("/api/v1/sales")).isTrue();
        assertThat(paths.has("/api/v1/sales/batch")).isTrue();
        assertThat(paths.at("/~1api~1v1~1sales/post/responses").propertyNames())
                .contains("202", "400", "413", "415", "503");
        assertThat(get("/swagger-ui.html").statusCode()).isIn(200, 302);
    }

    // ---- helpers ----

    /** 12 hex digits, unique per call: the last group of a UUID, and a suffix for ids. */
    static String uniqueIdTail() {
        return UUID.randomUUID().toString().substring(24);
    }

    /** A valid offline sale of fresh berries; {@code extra} adds or overrides a field. */
    static String sale(String orderId, String eventId, String extra) {
        return """
                {
                  "eventId": "%s",
                  "eventTime": "2026-09-01T09:30:00+08:00",
                  "orderId": "%s",
                  "sku": "FRESH-1KG",
                  "productForm": "fresh",
                  "packSize": 1,
                  "packUnit": "kg",
                  "unitPrice": "18.50",
                  "channel": "offline",
                  "buyerRegion": {"province": "Ningxia", "city": "Yinchuan"},
                  %s
                }
                """.formatted(eventId, orderId, extra);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + this.port + path);
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return post(path, "application/json", json);
    }

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", TestKeys.SELLER.bearer())
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30))
                .build();
        return this.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header(
                        "Authorization",
                        path.startsWith("/actuator") ? TestKeys.OPS.bearer() : TestKeys.SELLER.bearer())
                .GET()
                .timeout(Duration.ofSeconds(30))
                .build();
        return this.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String text) {
        return GojiJson.mapper().readTree(text);
    }

    static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** What a downstream reader sees: committed records only. */
    KafkaConsumer<String, String> consumer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    /** The record the broker reported storing at this partition and offset. */
    ConsumerRecord<String, String> recordAt(int partition, long offset) {
        List<ConsumerRecord<String, String>> records = readThrough(partition, offset);
        return records.stream()
                .filter(r -> r.offset() == offset)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no record at " + partition + "/" + offset));
    }

    /** Every committed record of one partition, from its start through {@code offset}. */
    List<ConsumerRecord<String, String>> readThrough(int partition, long offset) {
        TopicPartition topicPartition = new TopicPartition(TOPIC, partition);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.assign(List.of(topicPartition));
            consumer.seekToBeginning(List.of(topicPartition));
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).records(topicPartition).forEach(records::add);
                return consumer.position(topicPartition) > offset;
            });
        }
        return records;
    }

    /** Committed records of the topic with these CloudEvents ids, by id. */
    Map<String, ConsumerRecord<String, String>> findByEventId(Set<String> eventIds) {
        Map<String, ConsumerRecord<String, String>> found = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(PATIENCE).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    String id = headers(record).get("ce_id");
                    if (eventIds.contains(id)) {
                        found.put(id, record);
                    }
                }
                return found.keySet().containsAll(eventIds);
            });
        }
        return found;
    }
}
