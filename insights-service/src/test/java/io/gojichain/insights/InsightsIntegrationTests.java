package io.gojichain.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import io.gojichain.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.node.ObjectNode;

/**
 * insights-service against a real broker (embedded KRaft): events published as the ingest
 * services publish them, with retries, an aborted batch and records of a foreign producer, must
 * show in /summary and /demand exactly as worked out independently, across a restart on the same
 * disk and a restart on an empty one (state rebuilt from the changelog topics).
 *
 * <p>The service is started and stopped as an application (SpringApplicationBuilder), not as a
 * cached test context, because stopping and starting it again is what the test is about.
 */
@EmbeddedKafka(
        partitions = 6,
        topics = {Topics.HARVESTED, Topics.DRIED, Topics.JUICED, Topics.SOLD, Topics.INSIGHTS_DEAD_LETTER})
class InsightsIntegrationTests {

    /** Generous: the machine is shared, and a Streams start with 24 tasks takes a while there. */
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    private static final LocalDate SEASON_FROM = LocalDate.of(2026, 8, 1);

    private static final LocalDate SEASON_TO = LocalDate.of(2026, 9, 30);

    private static final LocalDate LAST_SEASON_FROM = LocalDate.of(2025, 7, 1);

    private static final LocalDate LAST_SEASON_TO = LocalDate.of(2025, 9, 30);

    private static final LocalDate YEARS_FROM = LocalDate.of(2025, 1, 1);

    private static final LocalDate YEARS_TO = LocalDate.of(2026, 12, 31);

    private static final Logger log = LoggerFactory.getLogger(InsightsIntegrationTests.class);

    private final Path stateRoot =
            Path.of("target", "it-state", UUID.randomUUID().toString());

    @Test
    void countsExactlyThroughRetriesAbortedBatchesForeignRecordsAndRestarts(EmbeddedKafkaBroker broker)
            throws Exception {
        String brokers = broker.getBrokersAsString();
        ChainScenario scenario = new ChainScenario(20260901L, Instant.now());
        ExpectedInsights expected = new ExpectedInsights();
        Path disk = this.stateRoot.resolve("disk-1");

        try (IngestPublisher publisher = new IngestPublisher(brokers)) {
            // 1. the service runs while the ingest services publish
            ConfigurableApplicationContext insights = start(brokers, disk);
            List<GojiEvent> first = scenario.events(40, 12, 12, 236);
            List<GojiEvent> retries = scenario.pick(first, 40);
            publisher.one(first.subList(0, 150));
            publisher.batches(first.subList(150, first.size()), 25);
            publisher.one(retries);
            publisher.batches(scenario.pick(first, 30), 10);
            // a batch that failed while publishing: never counted
            publisher.abortedBatch(scenario.events(2, 1, 1, 10));
            publisher.raw(Topics.SOLD, "ORD-FOREIGN", "this is not JSON".getBytes(StandardCharsets.UTF_8));
            publisher.raw(Topics.HARVESTED, "LOT-FOREIGN", negativeHarvest(first));
            expected.publish(first);
            assertThat(expected.distinctEvents()).isEqualTo(300);

            InsightsClient client = client(insights);
            awaitExactly(client, expected);
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(client.status("/actuator/health/readiness"))
                            .isEqualTo(200));
            assertThat(client.body("/actuator/prometheus"))
                    .contains("goji_insights_events_processed_total{type=\"sold\"}")
                    .contains("goji_insights_duplicates_dropped_total{type=\"sold\"}")
                    .contains("goji_insights_dead_lettered_total{reason=\"unreadable\",topic=\"goji.sold.v1\"} 1.0")
                    .contains("goji_insights_dead_lettered_total{reason=\"contract\",topic=\"goji.harvested.v1\"} 1.0")
                    .contains("goji_insights_event_age_seconds_bucket")
                    // Kafka Streams' own metrics, bound by Spring Kafka's KafkaStreamsMicrometerListener
                    .contains("kafka_stream_thread_process_total");
            assertThat(client.body("/v3/api-docs"))
                    .contains("/api/v1/insights/summary")
                    .contains("/api/v1/insights/demand");
            assertDeadLetters(brokers);
            insights.close();

            // 2. while it is down: new events, and the same retries once more
            List<GojiEvent> second = scenario.events(10, 4, 4, 82);
            publisher.batches(second, 20);
            publisher.one(retries);
            publisher.one(scenario.pick(second, 15));
            expected.publish(second);
            assertThat(expected.distinctEvents()).isEqualTo(400);

            // ... it starts again on the same disk and catches up
            insights = start(brokers, disk);
            awaitExactly(client(insights), expected);
            insights.close();

            // 3. a new, empty disk: the stores come back from their changelog topics
            insights = start(brokers, this.stateRoot.resolve("disk-2"));
            publisher.one(scenario.pick(first, 10));
            awaitExactly(client(insights), expected);
            insights.close();
        }
    }

    private static ConfigurableApplicationContext start(String brokers, Path stateDir) {
        log.info("Starting insights-service on {}", stateDir);
        // command-line arguments win over application.yml (builder properties are mere defaults)
        return new SpringApplicationBuilder(InsightsServiceApplication.class)
                .run(
                        "--spring.kafka.bootstrap-servers=" + brokers,
                        "--spring.kafka.streams.state-dir=" + stateDir.toAbsolutePath(),
                        "--server.port=0");
    }

    private static InsightsClient client(ConfigurableApplicationContext insights) {
        assertThat(insights.getEnvironment().getProperty("spring.kafka.streams.state-dir"))
                .contains("it-state");
        Integer port = insights.getEnvironment().getProperty("local.server.port", Integer.class);
        assertThat(port).isNotNull();
        return new InsightsClient(port);
    }

    /** Polls until /summary and /demand (every dimension and bucket) equal the expected answers. */
    private static void awaitExactly(InsightsClient client, ExpectedInsights expected) {
        long start = System.nanoTime();
        awaitUntilExact(client, expected);
        log.info(
                "Exact after {} ms", Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    private static void awaitUntilExact(InsightsClient client, ExpectedInsights expected) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(client.summary()).isEqualTo(expected.summary());
            for (String dimension : List.of("productForm", "channel", "region", "sku")) {
                assertThat(client.demand(dimension, "day", SEASON_FROM, SEASON_TO))
                        .as(dimension + " by day")
                        .isEqualTo(expected.demand(dimension, "day", SEASON_FROM, SEASON_TO));
                assertThat(client.demand(dimension, "day", LAST_SEASON_FROM, LAST_SEASON_TO))
                        .as(dimension + " by day, last season")
                        .isEqualTo(expected.demand(dimension, "day", LAST_SEASON_FROM, LAST_SEASON_TO));
                for (String bucket : List.of("week", "month")) {
                    assertThat(client.demand(dimension, bucket, YEARS_FROM, YEARS_TO))
                            .as(dimension + " by " + bucket)
                            .isEqualTo(expected.demand(dimension, bucket, YEARS_FROM, YEARS_TO));
                }
            }
        });
    }

    private static byte[] negativeHarvest(List<GojiEvent> events) {
        GojiEvent harvest = events.stream()
                .filter(event -> event.eventType() == io.gojichain.contracts.EventType.HARVESTED)
                .findFirst()
                .orElseThrow();
        ObjectNode json = GojiJson.mapper().valueToTree(harvest);
        json.put("eventId", UUID.randomUUID().toString());
        json.put("quantityKg", -5);
        return GojiJson.mapper().writeValueAsBytes(json);
    }

    private static void assertDeadLetters(String brokers) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                brokers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "it-dead-letters-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.INSIGHTS_DEAD_LETTER));
            await().atMost(PATIENCE).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(dead::add);
                assertThat(dead).hasSize(2);
            });
        }
        dead.sort(java.util.Comparator.comparing(ConsumerRecord::key));
        assertThat(dead.get(0).key()).isEqualTo("LOT-FOREIGN");
        assertThat(header(dead.get(0), "goji.dlq.reason")).isEqualTo("contract: quantityKg must be > 0");
        assertThat(header(dead.get(0), "goji.dlq.topic")).isEqualTo(Topics.HARVESTED);
        assertThat(dead.get(1).key()).isEqualTo("ORD-FOREIGN");
        assertThat(new String(dead.get(1).value(), StandardCharsets.UTF_8)).isEqualTo("this is not JSON");
        assertThat(header(dead.get(1), "goji.dlq.reason")).startsWith("unreadable: not JSON");
        assertThat(header(dead.get(1), "goji.dlq.topic")).isEqualTo(Topics.SOLD);
        assertThat(header(dead.get(1), "goji.dlq.partition")).containsOnlyDigits();
        assertThat(header(dead.get(1), "goji.dlq.offset")).containsOnlyDigits();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
