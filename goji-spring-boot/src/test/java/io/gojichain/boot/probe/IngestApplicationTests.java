package io.gojichain.boot.probe;

import static io.gojichain.boot.probe.ProbeHttp.json;
import static io.gojichain.boot.probe.ProbeHttp.line;
import static io.gojichain.boot.probe.ProbeHttp.uniqueTail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gojichain.boot.testing.PrometheusScrape;
import io.gojichain.boot.testing.Promtool;
import io.gojichain.contracts.EventSchemas;
import io.gojichain.contracts.EventType;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What the module gives every ingest service, tested once through the probe application over real HTTP against an
 * embedded KRaft broker: the record on the topic, the problems (400, 413, 415, 404), readiness, the ingest meters and
 * a scrape that passes promtool. The services' own tests cover only their fields and rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(
        partitions = 1,
        brokerProperties = {
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "transaction.state.log.num.partitions=1"
        })
@TestPropertySource(properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@Import(IngestApplicationTests.FixedClock.class)
class IngestApplicationTests {

    static final String PATH = ProbeApplication.PATH;

    static final Instant NOW = Instant.parse("2026-09-02T00:00:00Z");

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

    ProbeHttp http;

    @BeforeEach
    void http() {
        this.http = new ProbeHttp(this.port);
    }

    @Test
    void aRecordCarriesTheContractsKeyHeadersAndEnvelopeWhateverTheClientSentForIt() throws Exception {
        String orderId = "RT-" + uniqueTail();
        // Envelope fields are the service's to set: a client's values for them never reach the topic.
        String request = line(
                orderId,
                "\"source\": \"evil-service\", \"recordTime\": \"2020-01-01T00:00:00Z\", \"eventType\": \"harvested\","
                        + " \"submittedBy\": \"someone-else\", \"schemaVersion\": 9");

        HttpResponse<String> response = this.http.post(PATH, request);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode accepted = json(response.body());
        ConsumerRecord<String, String> record = recordAt(
                accepted.get("partition").asInt(), accepted.get("offset").asLong());
        assertThat(record.key()).isEqualTo(orderId);
        JsonNode value = json(record.value());
        assertThat(value.get("eventId").asString())
                .isEqualTo(accepted.get("eventId").asString());
        assertThat(value.get("source").asString()).isEqualTo("sales-service");
        assertThat(value.get("recordTime").asString()).isEqualTo("2026-09-02T00:00:00Z");
        assertThat(value.get("eventType").asString()).isEqualTo("sold");
        assertThat(value.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(value.has("submittedBy")).isFalse();
        assertThat(EventSchemas.violations(EventType.SOLD, value)).isEmpty();
        assertThat(headers(record))
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_id", accepted.get("eventId").asString())
                .containsEntry("ce_type", "goji.sold.v1")
                .containsEntry("ce_source", "/sales-service")
                .containsEntry("ce_time", "2026-09-01T12:00:00Z")
                .containsEntry("content-type", "application/json")
                .doesNotContainKey("__TypeId__");
    }

    @Test
    void theTopicIsCreatedWithTheConfiguredPartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers))) {
            assertThat(admin.describeTopics(List.of("goji.sold.v1"))
                            .allTopicNames()
                            .get()
                            .get("goji.sold.v1")
                            .partitions())
                    .hasSize(6);
        }
    }

    @Test
    void badInputIsAProblemNamingTheFieldNeverA500() throws Exception {
        assertProblem(this.http.post(PATH, "{\"orderId\": "), 400, "malformed-json", "orderId");
        assertProblem(this.http.post(PATH, line("Q-1", "\"quantity\": \"2\"")), 400, "invalid-event", "quantity");
        assertProblem(this.http.post(PATH, line("Q-1", "\"quantity\": 0")), 400, "invalid-event", "quantity");
        assertProblem(this.http.post(PATH + "/batch", "[]"), 400, "invalid-event", "$");
        assertProblem(this.http.post(PATH, "text/plain", "orderId=1"), 415, "unsupported-media-type", null);
        assertProblem(
                this.http.post(PATH + "/batch", "[" + "{},".repeat(1000) + "{}]"), 413, "payload-too-large", null);
        assertProblem(this.http.get("/nowhere"), 404, "not-found", null);
        assertProblem(this.http.get(PATH), 405, "method-not-allowed", null);
    }

    @Test
    void aChunkedBodyOver1MiBIs413OverRealHttp() throws Exception {
        byte[] body = ("{\"padding\": \"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(this.http.uri(PATH))
                .header("Content-Type", "application/json")
                // An input stream of unknown length goes out with Transfer-Encoding: chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .timeout(Duration.ofSeconds(30))
                .build();
        assertProblem(this.http.send(request), 413, "payload-too-large", null);
    }

    @Test
    void readinessFollowsKafkaAndLivenessDoesNot() throws Exception {
        HttpResponse<String> readiness = this.http.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(json(readiness.body()).at("/components/kafka/status").asString())
                .isEqualTo("UP");
        HttpResponse<String> liveness = this.http.get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json(liveness.body()).at("/components/kafka").isMissingNode())
                .as("liveness must not depend on Kafka")
                .isTrue();
        assertThat(this.http.get("/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDescriptionListsTheProblemsOfEveryIngestEndpoint() throws Exception {
        JsonNode paths = json(this.http.get("/v3/api-docs").body()).get("paths");
        for (String path : List.of(PATH, PATH + "/batch")) {
            JsonNode responses = paths.get(path).get("post").get("responses");
            assertThat(responses.propertyNames()).contains("400", "413", "415", "503");
            assertThat(responses
                            .at("/503/content/application~1problem+json/schema/$ref")
                            .asString())
                    .isEqualTo("#/components/schemas/ProblemDetail");
        }
        assertThat(paths.get(PATH + "/batch")
                        .at("/post/responses/400/description")
                        .asString())
                .contains("eventId used twice");
    }

    @Test
    void theDocumentedMetersCountWhatHappened() throws Exception {
        PrometheusScrape before = scrape();

        // Accepted: two single events and one batch of three.
        assertThat(this.http.post(PATH, valid()).statusCode()).isEqualTo(202);
        assertThat(this.http.post(PATH, valid()).statusCode()).isEqualTo(202);
        assertThat(this.http
                        .post(PATH + "/batch", "[" + valid() + "," + valid() + "," + valid() + "]")
                        .statusCode())
                .isEqualTo(202);
        // Rejected, one of each reason a healthy broker allows; events are counted where the request tells them.
        String invalid = line("M-" + uniqueTail(), "\"quantity\": 0");
        assertThat(this.http.post(PATH, invalid).statusCode()).isEqualTo(400); // invalid: 1 event
        assertThat(this.http
                        .post(PATH + "/batch", "[" + valid() + "," + invalid + "," + valid() + "]")
                        .statusCode())
                .isEqualTo(400); // invalid: the whole batch of 3
        assertThat(this.http.post(PATH, "{\"orderId\": ").statusCode()).isEqualTo(400); // malformed: 1
        assertThat(this.http
                        .post(PATH + "/batch", "[" + "{},".repeat(1000) + "{}]")
                        .statusCode())
                .isEqualTo(413); // too_large: the 1001 events of the batch
        assertThat(this.http.post(PATH, "text/plain", "orderId=1").statusCode()).isEqualTo(415); // unsupported: 1

        Map<String, String> accepted = Map.of("method", "POST", "uri", PATH, "status", "202");
        // The HTTP timer stops after the response went out, so the client may be a moment ahead of it.
        PrometheusScrape after =
                scrapeUntil(scrape -> delta(before, scrape, "http_server_requests_seconds_count", accepted) >= 2);
        Map<String, String> single = Map.of("type", "sold", "mode", "single");
        Map<String, String> batch = Map.of("type", "sold", "mode", "batch");
        assertThat(delta(before, after, "goji_ingest_events_accepted_total", single))
                .isEqualTo(2);
        assertThat(delta(before, after, "goji_ingest_events_accepted_total", batch))
                .isEqualTo(3);
        Map<String, Double> rejected = Map.of(
                "invalid",
                4.0,
                "malformed",
                1.0,
                "too_large",
                1001.0,
                "unsupported_media",
                1.0,
                "kafka_unavailable",
                0.0);
        rejected.forEach((reason, events) -> assertThat(delta(
                        before, after, "goji_ingest_events_rejected_total", Map.of("type", "sold", "reason", reason)))
                .as(reason)
                .isEqualTo(events));
        assertThat(after.text())
                .contains("# TYPE goji_ingest_batch_size summary")
                .contains("# TYPE goji_ingest_publish_latency_seconds histogram");
        Map<String, String> sold = Map.of("type", "sold");
        assertThat(delta(before, after, "goji_ingest_batch_size_count", sold)).isEqualTo(1);
        assertThat(delta(before, after, "goji_ingest_batch_size_sum", sold)).isEqualTo(3);
        assertThat(delta(before, after, "goji_ingest_publish_latency_seconds_count", single))
                .isEqualTo(2);
        assertThat(delta(
                        before,
                        after,
                        "goji_ingest_publish_latency_seconds_bucket",
                        Map.of("type", "sold", "mode", "single", "le", "+Inf")))
                .isEqualTo(2);
        assertThat(after.series("goji_ingest_publish_latency_seconds_bucket")).hasSizeGreaterThan(20);
        // Kafka's own producer metrics, bound by Micrometer: at least the five records (retries may add sends).
        assertThat(delta(before, after, "kafka_producer_record_send_total", Map.of()))
                .isGreaterThanOrEqualTo(5);
        assertThat(after.series("kafka_producer_record_error_total")).isNotEmpty();
        assertThat(delta(before, after, "http_server_requests_seconds_count", accepted))
                .isEqualTo(2);
        assertThat(after.sum("http_server_requests_seconds_bucket", Map.of("uri", PATH, "status", "202", "le", "+Inf")))
                .isEqualTo(after.sum("http_server_requests_seconds_count", accepted));

        // Low cardinality: tags take values from small fixed sets, and nothing id-like appears anywhere.
        assertThat(after.labelValues("goji_ingest_", "type")).containsExactly("sold");
        assertThat(after.labelValues("goji_ingest_", "mode")).containsExactly("batch", "single");
        assertThat(after.labelValues("goji_ingest_", "reason"))
                .containsExactlyInAnyOrder(
                        "invalid", "malformed", "too_large", "unsupported_media", "kafka_unavailable", "forbidden");
        assertThat(PrometheusScrape.UUID_LIKE.matcher(after.text()).results().map(MatchResult::group))
                .as("id-like values in the scrape")
                .isEmpty();

        if (Files.isReadable(Path.of("/proc/self/status"))) {
            assertThat(after.value("process_resident_memory_bytes", Map.of())).isGreaterThan(10_000_000);
        } else {
            assertThat(after.series("process_resident_memory_bytes")).isEmpty();
        }
    }

    @Test
    void thePrometheusOutputPassesPromtool() throws Exception {
        Optional<Path> promtool = Promtool.onPath();
        assumeTrue(
                promtool.isPresent(),
                "promtool is not on the PATH (Debian package prometheus; .ci/run installs it): lint skipped");
        assertThat(this.http.post(PATH, valid()).statusCode()).isEqualTo(202);

        Promtool.Result result = Promtool.checkMetrics(promtool.get(), scrapeText());
        System.out.printf(
                "promtool check metrics: exit %d, %d lint finding(s)%n",
                result.exitCode(), result.output().lines().count());

        // 0: clean. Not 3 (lint warnings) either: PrometheusNaming rewrites the stock meters promtool flags.
        assertThat(result.exitCode())
                .as("promtool check metrics exit code; its output:%n%s", result.output())
                .isZero();
    }

    // ---- helpers ----

    private static String valid() {
        return line("M-" + uniqueTail(), "");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://gojichain.io/problems/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception", "java.", "\tat ", "springframework");
        if (field != null) {
            assertThat(problem.at("/errors/0/field").asString()).isEqualTo(field);
        }
    }

    private String scrapeText() throws Exception {
        HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.http.uri("/actuator/prometheus"))
                .header("Accept", "text/plain;version=0.0.4")
                .GET()
                .timeout(Duration.ofSeconds(30))
                .build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/plain").contains("version=0.0.4"));
        return response.body();
    }

    private PrometheusScrape scrape() throws Exception {
        return PrometheusScrape.parse(scrapeText());
    }

    private PrometheusScrape scrapeUntil(Predicate<PrometheusScrape> done) {
        AtomicReference<PrometheusScrape> last = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    last.set(scrape());
                    return done.test(last.get());
                });
        return last.get();
    }

    private static double delta(
            PrometheusScrape before, PrometheusScrape after, String name, Map<String, String> labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** The committed record the broker reported storing at this partition and offset. */
    private ConsumerRecord<String, String> recordAt(int partition, long offset) {
        TopicPartition topicPartition = new TopicPartition("goji.sold.v1", partition);
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                this.bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        AtomicReference<ConsumerRecord<String, String>> found = new AtomicReference<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(topicPartition));
            consumer.seek(topicPartition, offset);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        found.set(record);
                    }
                }
                return found.get() != null;
            });
        }
        return found.get();
    }
}
