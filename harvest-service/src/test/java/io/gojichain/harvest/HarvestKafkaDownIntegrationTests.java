package io.gojichain.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gojichain.contracts.GojiJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service starts and answers without Kafka, within the contract's bound, and recovers on its own when a broker
 * appears at the configured address: no restart. The context is dirtied because it points at a broker that is gone
 * once this class ends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class HarvestKafkaDownIntegrationTests {

    /** Where nothing listens until the test starts a broker there. */
    private static final int KAFKA_PORT = freePort();

    /** CONTRACT.md: 503 "within a bounded time (default 5 s)"; the check is "within 6 s". */
    private static final Duration BOUND = Duration.ofSeconds(6);

    @DynamicPropertySource
    static void deadKafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + KAFKA_PORT);
    }

    @LocalServerPort
    private int port;

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static JsonNode json(String text) {
        return GojiJson.mapper().readTree(text);
    }

    @Test
    void answers503InBoundedTimeAndRecoversWhenKafkaComesBack() throws Exception {
        TestHttp http = new TestHttp(this.port);
        String single = HarvestIntegrationScenarios.harvest("DOWN-1")
                .replace("2026-07-02T09:30:00+08:00", java.time.Instant.now().toString());
        String batch = "[" + single + "," + single.replace("DOWN-1", "DOWN-2") + "]";

        // Warm the web layer (JSON binding, validation) with a request that never reaches Kafka: the bound is about
        // Kafka, not about the first request of a cold JVM on a busy machine.
        assertThat(http.postJson("/api/v1/harvests", "{}").statusCode()).isEqualTo(400);

        assertUnavailableWithinBound(http, "/api/v1/harvests", single);
        assertUnavailableWithinBound(http, "/api/v1/harvests/batch", batch);
        // Rejected events as the request knew them: the single one and the two of the batch.
        assertThat(PrometheusScrape.parse(http.get("/actuator/prometheus").body())
                        .value(
                                "goji_ingest_events_rejected_total",
                                Map.of("reason", "kafka_unavailable", "type", "harvested")))
                .isEqualTo(3);

        HttpResponse<String> readiness = http.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        JsonNode kafka = json(readiness.body()).get("components").get("kafka");
        assertThat(kafka.get("status").asString()).isEqualTo("DOWN");
        assertThat(kafka.get("details").get("error").asString()).startsWith("Kafka unreachable");
        assertThat(json(http.get("/actuator/health/liveness").body())
                        .get("status")
                        .asString())
                .isEqualTo("UP");

        EmbeddedKafkaKraftBroker broker = brokerOn(KAFKA_PORT);
        try {
            broker.afterPropertiesSet();

            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(
                                    http.get("/actuator/health/readiness").statusCode())
                            .isEqualTo(200));
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> {
                        HttpResponse<String> accepted = http.postJson("/api/v1/harvests", single);
                        assertThat(accepted.statusCode()).isEqualTo(202);
                        assertThat(json(accepted.body()).get("topic").asString())
                                .isEqualTo("goji.harvested.v1");
                    });
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> {
                        HttpResponse<String> accepted = http.postJson("/api/v1/harvests/batch", batch);
                        assertThat(accepted.statusCode()).isEqualTo(202);
                        assertThat(json(accepted.body()).get("accepted").asInt())
                                .isEqualTo(2);
                    });
            try (Admin admin =
                    Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + KAFKA_PORT))) {
                assertThat(admin.describeTopics(List.of("goji.harvested.v1"))
                                .allTopicNames()
                                .get()
                                .get("goji.harvested.v1")
                                .partitions())
                        .hasSize(6);
            }
        } finally {
            broker.destroy();
            System.clearProperty("goji.test.kafka-down.brokers");
            System.clearProperty(EmbeddedKafkaKraftBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
        }
    }

    private static void assertUnavailableWithinBound(TestHttp http, String path, String body) {
        long start = System.nanoTime();
        HttpResponse<String> response = http.postJson(path, body);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(elapsed).isLessThan(BOUND);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response.body()).get("type").asString())
                .isEqualTo("https://gojichain.io/problems/kafka-unavailable");
    }

    /**
     * An embedded KRaft broker reachable on a fixed port. Its test kit binds the standard listeners to random ports
     * (the {@code kafkaPorts} setting is documented as unused in KRaft mode), so a third listener is added on the
     * fixed port; clients bootstrapping there are told that listener's address.
     */
    private static EmbeddedKafkaKraftBroker brokerOn(int port) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperties(Map.of(
                "listeners", "EXTERNAL://localhost:0,CONTROLLER://localhost:0,FIXED://127.0.0.1:" + port,
                "listener.security.protocol.map", "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,FIXED:PLAINTEXT",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "transaction.state.log.num.partitions", "4"));
        // Not spring.kafka.bootstrap-servers: that system property would leak into later test contexts.
        broker.brokerListProperty("goji.test.kafka-down.brokers");
        return broker;
    }
}
