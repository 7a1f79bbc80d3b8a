package io.gojichain.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gojichain.contracts.EventSchemas;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiJson;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The round trips every broker must pass: real HTTP in, the exact record read back with a read_committed consumer.
 * Run against an embedded KRaft broker ({@link HarvestIntegrationTests}) and, where Docker exists, against the
 * {@code apache/kafka} image ({@link HarvestTestcontainersIntegrationTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClockConfiguration.class)
abstract class HarvestIntegrationScenarios {

    static final String TOPIC = "goji.harvested.v1";

    static final String INGEST = "/api/v1/harvests";

    static final int PARTITIONS = 6;

    @LocalServerPort
    private int port;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    private TestHttp http;

    @BeforeEach
    void client() {
        this.http = new TestHttp(this.port);
    }

    static String harvest(String lotId) {
        return """
                {"eventTime": "2026-07-02T09:30:00+08:00", "lotId": "%s", "farmId": "F017",
                 "cooperativeId": "COOP-JH-03", "region": {"province": "Xinjiang", "county": "Jinghe"},
                 "variety": "Ningqi-10", "grade": "grade_a", "quantityKg": 1250.5}""".formatted(lotId);
    }

    static String uniqueLot(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** Where the default partitioner puts a key: murmur2 of the UTF-8 bytes, positive, modulo the partitions. */
    static int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    static JsonNode json(String text) {
        return GojiJson.mapper().readTree(text);
    }

    @Test
    void aHarvestLandsOnItsTopicExactlyAsTheContractSays() {
        String lotId = uniqueLot("JH-2026-0702");
        // Envelope fields are the service's to set: what a client sends for them never reaches the topic;
        // submittedBy is the organisation of the key (the co-operative's, in TestHttp).
        String request = harvest(lotId)
                .replace(
                        "\"region\": {\"province\": \"Xinjiang\", \"county\": \"Jinghe\"}",
                        "\"region\": {\"province\": \"新疆\", \"county\": \"精河县\"}, \"source\": \"x\","
                                + " \"recordTime\": \"2020-01-01T00:00:00Z\", \"eventType\": \"sold\","
                                + " \"submittedBy\": \"another-org\"");
        HttpResponse<String> response = this.http.postJson("/api/v1/harvests", request);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode accepted = json(response.body());
        String eventId = accepted.get("eventId").asString();
        assertThat(UUID.fromString(eventId)).isNotNull();
        assertThat(accepted.get("topic").asString()).isEqualTo(TOPIC);
        assertThat(accepted.get("partition").asInt()).isEqualTo(partitionOf(lotId));
        assertThat(accepted.propertyNames()).containsExactlyInAnyOrder("eventId", "topic", "partition", "offset");

        ConsumerRecord<String, String> record = readCommitted(
                        new TopicPartition(TOPIC, partitionOf(lotId)),
                        accepted.get("offset").asLong(),
                        1)
                .get(0);
        assertThat(record.key()).isEqualTo(lotId);
        assertThat(json(record.value())).isEqualTo(json("""
                {"eventId": "%s", "eventType": "harvested", "eventTime": "2026-07-02T01:30:00Z",
                 "recordTime": "2026-07-02T04:00:00Z", "source": "harvest-service", "schemaVersion": 1,
                 "lotId": "%s", "farmId": "F017", "cooperativeId": "COOP-JH-03",
                 "region": {"province": "新疆", "county": "精河县"}, "variety": "Ningqi-10",
                 "grade": "grade_a", "quantityKg": 1250.5, "submittedBy": "COOP-JH-03"}""".formatted(eventId, lotId)));
        assertThat(EventSchemas.violations(EventType.HARVESTED, record.value())).isEmpty();
        assertThat(headers(record))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "ce_specversion", "1.0",
                        "ce_id", eventId,
                        "ce_type", "goji.harvested.v1",
                        "ce_source", "/harvest-service",
                        "ce_time", "2026-07-02T01:30:00Z",
                        "content-type", "application/json"));
        assertThat(headers(record).get("ce_time"))
                .isEqualTo(json(record.value()).get("eventTime").asString());
    }

    @Test
    void aClientsEventIdIsKept() {
        String lotId = uniqueLot("KEEP");
        String eventId =
                "3f1c7d0e-8a4b-4c2e-9f5a-" + UUID.randomUUID().toString().substring(24);
        HttpResponse<String> response = this.http.postJson(
                "/api/v1/harvests", harvest(lotId).replace("{", "{\"eventId\": \"" + eventId + "\", "));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode accepted = json(response.body());
        assertThat(accepted.get("eventId").asString()).isEqualTo(eventId);
        ConsumerRecord<String, String> record = readCommitted(
                        new TopicPartition(TOPIC, partitionOf(lotId)),
                        accepted.get("offset").asLong(),
                        1)
                .get(0);
        assertThat(json(record.value()).get("eventId").asString()).isEqualTo(eventId);
        assertThat(headers(record).get("ce_id")).isEqualTo(eventId);
    }

    @Test
    void aBatchIsWrittenInOneTransaction() {
        // One lot for all items: one partition, so the transaction's records and its commit marker sit together.
        String lotId = uniqueLot("BATCH");
        TopicPartition partition = new TopicPartition(TOPIC, partitionOf(lotId));
        long before = endOffset(partition);

        HttpResponse<String> response = this.http.postJson(
                "/api/v1/harvests/batch",
                "[" + harvest(lotId) + "," + harvest(lotId).replace("1250.5", "2") + "," + harvest(lotId) + "]");

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode accepted = json(response.body());
        assertThat(accepted.get("accepted").asInt()).isEqualTo(3);
        List<String> eventIds = new ArrayList<>();
        accepted.get("eventIds").forEach(id -> eventIds.add(id.asString()));
        assertThat(eventIds).hasSize(3).doesNotHaveDuplicates();

        List<ConsumerRecord<String, String>> records = readCommitted(partition, before, 3);
        assertThat(records).extracting(ConsumerRecord::key).containsOnly(lotId);
        assertThat(records)
                .extracting(r -> json(r.value()).get("eventId").asString())
                .containsExactlyElementsOf(eventIds);
        assertThat(records).extracting(ConsumerRecord::offset).containsExactly(before, before + 1, before + 2);
        assertThat(json(records.get(1).value()).get("quantityKg").decimalValue())
                .isEqualByComparingTo("2");
        records.forEach(r -> assertThat(EventSchemas.violations(EventType.HARVESTED, r.value()))
                .isEmpty());

        // The next write lands two offsets later: the transaction's commit marker took one.
        HttpResponse<String> next = this.http.postJson("/api/v1/harvests", harvest(lotId));
        assertThat(json(next.body()).get("offset").asLong()).isEqualTo(before + 4);
    }

    @Test
    void anInvalidItemRejectsTheWholeBatchAndNothingIsWritten() {
        String lotId = uniqueLot("ATOMIC");
        TopicPartition partition = new TopicPartition(TOPIC, partitionOf(lotId));
        long before = endOffset(partition);

        HttpResponse<String> rejected = this.http.postJson(
                "/api/v1/harvests/batch",
                "[" + harvest(lotId) + "," + harvest(lotId).replace("1250.5", "-1") + "," + harvest(lotId) + "]");

        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(rejected.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("[1].quantityKg");

        // A later marker on the same partition: once it is readable, anything the batch wrote would be too.
        HttpResponse<String> marker = this.http.postJson("/api/v1/harvests", harvest(lotId));
        assertThat(marker.statusCode()).isEqualTo(202);
        String markerId = json(marker.body()).get("eventId").asString();
        assertThat(json(marker.body()).get("offset").asLong()).isEqualTo(before);
        List<ConsumerRecord<String, String>> records = readCommitted(partition, before, 1);
        assertThat(records)
                .singleElement()
                .satisfies(r ->
                        assertThat(json(r.value()).get("eventId").asString()).isEqualTo(markerId));
    }

    @Test
    void theTopicIsCreatedWithSixPartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers))) {
            TopicDescription topic =
                    admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC);
            assertThat(topic.partitions()).hasSize(PARTITIONS);
        }
    }

    @Test
    void readinessHealthMetricsAndApiDocsAreServed() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> readiness = this.http.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(json(readiness.body()).get("status").asString()).isEqualTo("UP");
        });
        assertThat(json(this.http.get("/actuator/health/liveness").body())
                        .get("status")
                        .asString())
                .isEqualTo("UP");

        assertThat(this.http
                        .postJson("/api/v1/harvests", harvest(uniqueLot("METRICS")))
                        .statusCode())
                .isEqualTo(202);
        String prometheus = this.http.get("/actuator/prometheus").body();
        assertThat(prometheus)
                .contains("goji_ingest_events_accepted_total{mode=\"single\",type=\"harvested\"}")
                .contains("goji_ingest_publish_latency_seconds_bucket{mode=\"single\",type=\"harvested\"")
                .contains("kafka_producer_");

        HttpResponse<String> apiDocs = this.http.get("/v3/api-docs");
        assertThat(apiDocs.statusCode()).isEqualTo(200);
        assertThat(json(apiDocs.body()).get("paths").propertyNames())
                .contains("/api/v1/harvests", "/api/v1/harvests/batch");
        assertThat(this.http.get("/swagger-ui.html").statusCode()).isEqualTo(200);
    }

    private Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    private long endOffset(TopicPartition partition) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            return consumer.endOffsets(List.of(partition), Duration.ofSeconds(10))
                    .get(partition);
        }
    }

    /** The first {@code count} committed records of a partition from an offset, waiting for them to arrive. */
    private List<ConsumerRecord<String, String>> readCommitted(TopicPartition partition, long from, int count) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, from);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= count;
            });
        }
        return records.subList(0, count);
    }
}
