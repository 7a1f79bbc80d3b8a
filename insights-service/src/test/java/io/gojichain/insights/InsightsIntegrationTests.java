package io.gojichain.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gojichain.boot.testing.PrometheusScrape;
import io.gojichain.boot.testing.Promtool;
import io.gojichain.contracts.EventType;
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
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.MatchResult;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * insights-service against a real broker (embedded KRaft): events published as the ingest
 * services publish them, with retries, an aborted batch and records of a foreign producer, must
 * show in /summary and /demand exactly as worked out independently, across a restart on the same
 * disk and a restart on an empty one (state rebuilt from the changelog topics).
 *
 * <p>The service is started and stopped as an application (SpringApplicationBuilder), not as a
 * cached test context, because stopping and starting it again is what the test is about.
 *
 * <p>The scrape tests share the class's broker (no second one to start) and run after the counting
 * test, which expects the topics to hold only its own events. Their instance has the same
 * application id, so it takes over the committed offsets and counts only what they publish.
 */
@EmbeddedKafka(
        partitions = 6,
        topics = {Topics.HARVESTED, Topics.DRIED, Topics.JUICED, Topics.SOLD, Topics.INSIGHTS_DEAD_LETTER})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InsightsIntegrationTests {

    /** Generous: the machine is shared, and a Streams start with 24 tasks takes a while there. */
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    private static final LocalDate SEASON_FROM = LocalDate.of(2026, 8, 1);

    private static final LocalDate SEASON_TO = LocalDate.of(2026, 9, 30);

    private static final LocalDate LAST_SEASON_FROM = LocalDate.of(2025, 7, 1);

    private static final LocalDate LAST_SEASON_TO = LocalDate.of(2025, 9, 30);

    private static final LocalDate YEARS_FROM = LocalDate.of(2025, 1, 1);

    private static final LocalDate YEARS_TO = LocalDate.of(2026, 12, 31);

    /** Key of the scrape tests' record that is not JSON. */
    private static final String POISON_KEY = "ORD-POISON";

    private static final Logger log = LoggerFactory.getLogger(InsightsIntegrationTests.class);

    private final Path stateRoot =
            Path.of("target", "it-state", UUID.randomUUID().toString());

    /** The instance the scrape tests read, started by the first of them; see {@link #traffic}. */
    private static Traffic traffic;

    @Test
    @Order(1)
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
            // issue 9's poison: once it stopped counting for everyone; now dead letters, and what follows counts
            publisher.raw(
                    Topics.SOLD,
                    "ORD-GIANT",
                    poisonSale(first, "quantity", "100000", "unitPrice", "9".repeat(996) + ".99"));
            publisher.raw(Topics.SOLD, "ORD-YEAR", poisonSale(first, "recordTime", "+300000000-01-01T00:00:00Z"));
            // a valid sale behind them in the same partition (same key)
            List<GojiEvent> afterPoison = scenario.events(0, 0, 0, 1);
            publisher.raw(Topics.SOLD, "ORD-GIANT", GojiJson.mapper().writeValueAsBytes(afterPoison.get(0)));
            expected.publish(first);
            expected.publish(afterPoison);
            assertThat(expected.distinctEvents()).isEqualTo(301);

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
                    .contains("goji_insights_dead_lettered_total{reason=\"contract\",topic=\"goji.sold.v1\"} 2.0")
                    .contains("goji_insights_stream_stalled 0.0")
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
            assertThat(expected.distinctEvents()).isEqualTo(401);

            // ... it starts again on the same disk and catches up
            insights = start(brokers, disk);
            awaitExactly(client(insights), expected);
            insights.close();

            // 3. a new, empty disk: the stores come back from their changelog topics
            insights = start(brokers, this.stateRoot.resolve("disk-2"));
            publisher.one(scenario.pick(first, 10));
            awaitExactly(client(insights), expected);
            // the restoration progress gauge shows up with the first restoration, and ends at 0
            PrometheusScrape restored = PrometheusScrape.parse(client(insights).prometheus());
            assertThat(restored.labelValues("goji_insights_restore_remaining", "store"))
                    .contains("harvested-facts", "sold-facts", "sold-seen-ids");
            assertThat(restored.series("goji_insights_restore_remaining"))
                    .allSatisfy(series -> assertThat(series.value()).isZero());
            insights.close();
        }
    }

    @Test
    @Order(2)
    void theDocumentedMetersCountWhatHappened(EmbeddedKafkaBroker broker) throws Exception {
        Traffic traffic = traffic(broker);
        PrometheusScrape scrape = traffic.scrape();

        // Counted after de-duplication: the duplicate is dropped, not processed twice.
        Map<String, Double> published = Map.of("harvested", 2.0, "dried", 1.0, "juiced", 1.0, "sold", 3.0);
        published.forEach(
                (type, events) -> assertThat(scrape.value("goji_insights_events_processed_total", Map.of("type", type)))
                        .as("events processed, type " + type)
                        .isEqualTo(events));
        // >= 1: an instance taking over may also meet retries its predecessor left unread
        assertThat(scrape.value("goji_insights_duplicates_dropped_total", Map.of("type", "sold")))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.value(
                        "goji_insights_dead_lettered_total", Map.of("reason", "unreadable", "topic", Topics.SOLD)))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.text())
                .contains("# TYPE goji_insights_events_processed_total counter")
                .contains("# TYPE goji_insights_duplicates_dropped_total counter")
                .contains("# TYPE goji_insights_dead_lettered_total counter")
                .contains("# TYPE goji_insights_event_age_seconds histogram");

        // The freshness histogram: one observation per processed event, in buckets from 1 ms to 10 min.
        Map<String, String> sold = Map.of("type", "sold");
        assertThat(scrape.value("goji_insights_event_age_seconds_count", sold)).isEqualTo(3);
        assertThat(scrape.value("goji_insights_event_age_seconds_bucket", Map.of("type", "sold", "le", "+Inf")))
                .isEqualTo(3);
        assertThat(scrape.series("goji_insights_event_age_seconds_bucket").stream()
                        .filter(series -> series.labels().get("type").equals("sold")))
                .hasSizeGreaterThan(20);
        assertThat(scrape.labelValues("goji_insights_event_age_seconds_bucket", "le"))
                .contains("0.001", "+Inf");
        assertThat(scrape.value("goji_insights_event_age_seconds_sum", sold)).isPositive();

        // Restoration progress: a gauge per store from the start (restored from the changelogs, or
        // found empty), 0 once the store can answer.
        assertThat(scrape.labelValues("goji_insights_restore_remaining", "store"))
                .contains("harvested-facts", "dried-facts", "juiced-facts", "sold-facts", "sold-seen-ids");
        assertThat(scrape.series("goji_insights_restore_remaining"))
                .allSatisfy(series -> assertThat(series.value()).isZero());

        // Kafka's own client metrics, bound by Spring Kafka's KafkaStreamsMicrometerListener: the
        // Streams client and thread, its restoration, its consumer (with the lag the
        // GojiConsumerLagGrowing alert watches) and its producer. The thread also read the duplicate
        // and the record that is not JSON: 9 records.
        assertThat(scrape.sum("kafka_stream_alive_stream_threads", Map.of())).isEqualTo(1);
        assertThat(scrape.sum("kafka_stream_thread_process_total", Map.of())).isGreaterThanOrEqualTo(9);
        assertThat(scrape.series("kafka_stream_state_updater_restore_records_rate"))
                .isNotEmpty();
        assertThat(scrape.series("kafka_consumer_fetch_manager_records_lag_max"))
                .isNotEmpty();
        assertThat(scrape.sum("kafka_consumer_fetch_manager_records_consumed_total", Map.of()))
                .isGreaterThanOrEqualTo(9);
        // counted records go to the changelogs, the poison to the dead-letter topic
        assertThat(scrape.sum("kafka_producer_record_send_total", Map.of())).isGreaterThanOrEqualTo(8);

        // Ready, with the Streams client among the checks.
        JsonNode readiness = traffic.client().getJson("/actuator/health/readiness");
        assertThat(readiness).isNotNull();
        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        assertThat(readiness.at("/components/kafkaStreams/status").asString()).isEqualTo("UP");

        // Low cardinality: tags from small fixed sets, and no id of an event, lot or order.
        assertThat(scrape.labelValues("goji_insights_", "type"))
                .containsExactlyInAnyOrder("harvested", "dried", "juiced", "sold");
        assertThat(scrape.labelValues("goji_insights_", "topic")).isSubsetOf(Topics.EVENT_TOPICS);
        assertThat(scrape.labelValues("goji_insights_", "reason")).isSubsetOf("unreadable", "contract");
        // One UUID is expected: the Streams process id, which Kafka Streams puts in its clients' ids
        // (client_id, thread_id, process_id tags). A new one per process, not per event: bounded.
        assertThat(PrometheusScrape.UUID_LIKE.matcher(scrape.text()).results().map(MatchResult::group))
                .as("id-like values in the scrape: the Streams process id only")
                .containsOnly(streamsProcessId(scrape));
        assertThat(scrape.seriesMatching(PrometheusScrape.UUID_LIKE))
                .as("series with an id-like name or tag")
                .allSatisfy(series -> {
                    assertThat(series.name()).startsWith("kafka_");
                    series.labels().forEach((label, value) -> {
                        if (PrometheusScrape.UUID_LIKE.matcher(value).find()) {
                            assertThat(label).isIn("client_id", "thread_id", "process_id");
                        }
                    });
                });
        for (GojiEvent event : traffic.events()) {
            assertThat(scrape.text())
                    .as("the scrape names an event's id or key")
                    .doesNotContain(event.eventId().toString())
                    .doesNotContain(Topics.keyOf(event));
        }
        assertThat(scrape.text()).doesNotContain(POISON_KEY);
    }

    @Test
    @Order(3)
    void thePrometheusOutputPassesPromtool(EmbeddedKafkaBroker broker) throws Exception {
        Optional<Path> promtool = Promtool.onPath();
        assumeTrue(
                promtool.isPresent(),
                "promtool is not on the PATH (Debian package prometheus; .ci/run installs it): lint skipped");

        Promtool.Result result =
                Promtool.checkMetrics(promtool.get(), traffic(broker).scrape().text());
        log.info(
                "promtool check metrics: exit {}, {} lint finding(s)",
                result.exitCode(),
                result.output().lines().count());

        // 0: clean. Not 3 (lint warnings) either: PrometheusNaming rewrites the stock meters promtool flags.
        assertThat(result.exitCode())
                .as("promtool check metrics exit code; its output:%n%s", result.output())
                .isZero();
    }

    @AfterAll
    static void stopTheScrapedInstance() {
        if (traffic != null) {
            traffic.insights().close();
            traffic = null;
        }
    }

    /**
     * What the scrape tests read: an instance that counted a few events of every type, a duplicate
     * and a record that is not JSON, and its scrape once all of them were processed.
     */
    private record Traffic(
            ConfigurableApplicationContext insights,
            InsightsClient client,
            List<GojiEvent> events,
            PrometheusScrape scrape) {}

    /** The Streams client's process id, from its state gauge. */
    private static String streamsProcessId(PrometheusScrape scrape) {
        List<PrometheusScrape.Series> state = scrape.series("kafka_stream_client_state");
        assertThat(state).hasSize(1);
        String processId = state.get(0).labels().get("process_id");
        assertThat(processId).matches(PrometheusScrape.UUID_LIKE);
        return processId;
    }

    /** Starts the instance and publishes its traffic on first use, so each scrape test also runs alone. */
    private static Traffic traffic(EmbeddedKafkaBroker broker) throws Exception {
        if (traffic != null) {
            return traffic;
        }
        String brokers = broker.getBrokersAsString();
        ConfigurableApplicationContext insights =
                start(brokers, Path.of("target", "it-state", UUID.randomUUID().toString(), "scrape"));
        InsightsClient client = client(insights);
        await().atMost(PATIENCE).until(() -> client.status("/actuator/health/readiness") == 200);

        List<GojiEvent> events = new ChainScenario(20260902L, Instant::now).events(2, 1, 1, 3);
        GojiEvent sale = events.stream()
                .filter(event -> event.eventType() == EventType.SOLD)
                .findFirst()
                .orElseThrow();
        try (IngestPublisher publisher = new IngestPublisher(brokers)) {
            publisher.one(events);
            publisher.one(List.of(sale));
            publisher.raw(Topics.SOLD, POISON_KEY, "{\"orderId\": ".getBytes(StandardCharsets.UTF_8));
        }
        AtomicReference<PrometheusScrape> last = new AtomicReference<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            last.set(PrometheusScrape.parse(client.prometheus()));
            return last.get().sum("goji_insights_events_processed_total", Map.of()) >= events.size()
                    && last.get().sum("goji_insights_duplicates_dropped_total", Map.of()) >= 1
                    && last.get().sum("goji_insights_dead_lettered_total", Map.of()) >= 1;
        });
        traffic = new Traffic(insights, client, events, last.get());
        return traffic;
    }

    private static ConfigurableApplicationContext start(String brokers, Path stateDir) {
        log.info("Starting insights-service on {}", stateDir);
        // command-line arguments win over application.yml (builder properties are mere defaults)
        return new SpringApplicationBuilder(InsightsServiceApplication.class)
                .run(
                        "--spring.kafka.bootstrap-servers=" + brokers,
                        "--spring.kafka.streams.state-dir=" + stateDir.toAbsolutePath(),
                        // The closed predecessor stays in the group until its session times out
                        // (measured: leave-group-on-close does not shorten it), and its successor
                        // is only assigned partitions then: 10 s instead of the default 45 s.
                        "--spring.kafka.streams.properties.session.timeout.ms=10000",
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
                assertThat(dead).hasSize(4);
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
        assertThat(dead.get(2).key()).isEqualTo("ORD-GIANT");
        assertThat(header(dead.get(2), "goji.dlq.reason"))
                .isEqualTo("contract: unitPrice has more than 15 digits before the point");
        assertThat(dead.get(3).key()).isEqualTo("ORD-YEAR");
        assertThat(header(dead.get(3), "goji.dlq.reason")).isEqualTo("contract: recordTime out of range");
    }

    /** A sale of {@code events} with fields replaced: written straight to the topic, past every ingest rule. */
    private static byte[] poisonSale(List<GojiEvent> events, String... fieldsAndValues) {
        GojiEvent sale = events.stream()
                .filter(event -> event.eventType() == io.gojichain.contracts.EventType.SOLD)
                .findFirst()
                .orElseThrow();
        ObjectNode json = GojiJson.mapper().valueToTree(sale);
        json.put("eventId", UUID.randomUUID().toString());
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i].equals("quantity")) {
                json.put("quantity", Integer.parseInt(fieldsAndValues[i + 1]));
            } else {
                json.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
            }
        }
        return GojiJson.mapper().writeValueAsBytes(json);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
