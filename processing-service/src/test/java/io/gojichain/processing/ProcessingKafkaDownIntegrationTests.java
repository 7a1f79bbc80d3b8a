package io.gojichain.processing;

import static io.gojichain.processing.ProcessingIntegrationScenarios.json;
import static io.gojichain.processing.ProcessingIntegrationScenarios.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gojichain.contracts.Topics;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service started while no broker listens at its bootstrap address: it answers 503 with
 * Retry-After in bounded time and reports not-ready; when a broker appears at that address it
 * recovers by itself (no restart), creates its topics and publishes again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // its producers would keep dialling the closed address for the rest of the run
class ProcessingKafkaDownIntegrationTests {

    /** The bootstrap address of the service: nothing listens here until the broker "comes back". */
    static final int KAFKA_PORT = TcpForwarder.freePort();

    static final String DRIED = """
            {"eventTime": "2026-07-08T10:00:00Z", "batchId": "%s", "processorId": "P03",
             "inputs": [{"lotId": "JH-1", "quantityKg": 45}], "method": "freeze", "outputKg": 10}
            """;

    static EmbeddedKafkaBroker broker;

    static TcpForwarder forwarder;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + KAFKA_PORT);
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stopBroker() throws Exception {
        if (forwarder != null) {
            forwarder.close();
        }
        if (broker != null) {
            broker.destroy();
        }
        System.clearProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
    }

    @Test
    void answers503InBoundedTimeWhileKafkaIsDownAndRecoversWithoutRestart() throws Exception {
        Http http = new Http(port);
        // Warm the request path (servlet, JSON, validation) so the timing below measures the wait
        // for Kafka, which is what the contract bounds, not a cold JVM.
        assertThat(http.postJson("/api/v1/processing/dried", "{}").statusCode()).isEqualTo(400);

        long start = System.nanoTime();
        HttpResponse<String> single = http.postJson("/api/v1/processing/dried", DRIED.formatted(unique("P03-D")));
        Duration singleTook = Duration.ofNanos(System.nanoTime() - start);

        assertThat(single.statusCode()).isEqualTo(503);
        assertThat(singleTook).as("the contract's bound for a 503").isLessThan(Duration.ofSeconds(6));
        assertThat(single.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(single.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(single.body()).get("type").asString())
                .isEqualTo("https://gojichain.io/problems/kafka-unavailable");

        start = System.nanoTime();
        HttpResponse<String> batch =
                http.postJson("/api/v1/processing/dried/batch", "[" + DRIED.formatted(unique("P03-D")) + "]");
        Duration batchTook = Duration.ofNanos(System.nanoTime() - start);

        assertThat(batch.statusCode()).isEqualTo(503);
        assertThat(batchTook).isLessThan(Duration.ofSeconds(6));
        assertThat(batch.headers().firstValue("Retry-After")).hasValue("5");
        // Rejected events as the requests knew them: the single one and the one of the batch.
        assertThat(PrometheusScrape.parse(http.get("/actuator/prometheus").body())
                        .value(
                                "goji_ingest_events_rejected_total",
                                Map.of("reason", "kafka_unavailable", "type", "dried")))
                .isEqualTo(2);

        HttpResponse<String> readiness = http.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        JsonNode notReady = json(readiness.body());
        assertThat(notReady.get("status").asString()).isEqualTo("DOWN");
        assertThat(notReady.get("components").get("kafka").get("status").asString())
                .isEqualTo("DOWN");
        assertThat(http.get("/actuator/health/liveness").statusCode())
                .as("a broker outage must not get the service restarted")
                .isEqualTo(200);

        // The broker comes back at the service's bootstrap address. One partition by default, so
        // six can only come from the service creating its topics once it sees the cluster.
        broker = new EmbeddedKafkaKraftBroker(1, 1)
                .brokerProperties(Map.of(
                        "transaction.state.log.replication.factor", "1",
                        "transaction.state.log.min.isr", "1",
                        "transaction.state.log.num.partitions", "1"));
        ((EmbeddedKafkaKraftBroker) broker).afterPropertiesSet();
        String[] brokerAddress = broker.getBrokersAsString().split(",")[0].split(":");
        forwarder = TcpForwarder.start(KAFKA_PORT, brokerAddress[0], Integer.parseInt(brokerAddress[1]));

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(
                        () -> assertThat(http.get("/actuator/health/readiness").statusCode())
                                .isEqualTo(200));
        String batchId = unique("P03-D");
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(http.postJson("/api/v1/processing/dried", DRIED.formatted(batchId))
                                .statusCode())
                        .isEqualTo(202));
        assertThat(http.postJson("/api/v1/processing/dried/batch", "[" + DRIED.formatted(unique("P03-D")) + "]")
                        .statusCode())
                .isEqualTo(202);

        try (TopicReader reader = new TopicReader("127.0.0.1:" + KAFKA_PORT, Topics.DRIED)) {
            assertThat(reader.withKey(batchId, 1)).hasSize(1);
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + KAFKA_PORT);
        try (Admin admin = Admin.create(props)) {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of(Topics.DRIED, Topics.JUICED))
                    .allTopicNames()
                    .get(30, TimeUnit.SECONDS);
            assertThat(topics.get(Topics.DRIED).partitions()).hasSize(6);
            assertThat(topics.get(Topics.JUICED).partitions()).hasSize(6);
        }
    }
}
