package io.gojichain.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gojichain.boot.testing.TestKeyFile;
import io.gojichain.boot.testing.TestKeys;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.Topics;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

/**
 * Two insights instances with one application id on a real broker (embedded KRaft) share the
 * partitions, and each answers every query with the numbers one instance would give: the
 * partitions it does not hold it reads from the other (docs/CONTRACT.md section 6). When one stops,
 * the other takes its partitions over and answers the same numbers alone.
 */
@EmbeddedKafka(
        partitions = 6,
        topics = {Topics.HARVESTED, Topics.DRIED, Topics.JUICED, Topics.SOLD, Topics.INSIGHTS_DEAD_LETTER})
class TwoInstancesIntegrationTests {

    /** Generous: two Streams clients with 24 tasks each rebalance on a shared machine. */
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    private static final LocalDate FROM = LocalDate.of(2026, 8, 1);

    private static final LocalDate TO = LocalDate.of(2026, 9, 30);

    private final Path stateRoot =
            Path.of("target", "it-state", UUID.randomUUID().toString());

    @Test
    void eachInstanceAnswersTheWholeNumbersAndTheSurvivorAnswersThemAlone(EmbeddedKafkaBroker broker) throws Exception {
        String brokers = broker.getBrokersAsString();
        ChainScenario scenario = new ChainScenario(20261203L, Instant.now());
        ExpectedInsights expected = new ExpectedInsights();
        ConfigurableApplicationContext first = start(brokers, "first");
        ConfigurableApplicationContext second = start(brokers, "second");
        try (IngestPublisher publisher = new IngestPublisher(brokers)) {
            List<GojiEvent> events = scenario.events(30, 10, 10, 200);
            publisher.batches(events, 25);
            publisher.one(scenario.pick(events, 20)); // retries: counted once
            expected.publish(events);

            // both hold a share of the partitions, so neither could answer from its own stores alone
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(activeTasks(first)).isPositive();
                assertThat(activeTasks(second)).isPositive();
            });
            awaitExactly(client(first), expected);
            awaitExactly(client(second), expected);
            assertThat(activeTasks(first) + activeTasks(second)).isEqualTo(24); // 4 topics x 6 partitions
            sameFarmsOnBoth(client(first), client(second));

            // more events while both run: both see them
            List<GojiEvent> more = scenario.events(5, 2, 2, 40);
            publisher.one(more);
            expected.publish(more);
            awaitExactly(client(second), expected);
            awaitExactly(client(first), expected);

            second.close();
            // the survivor takes every partition over (after the closed member's session ends)
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(activeTasks(first)).isEqualTo(24));
            awaitExactly(client(first), expected);
        } finally {
            first.close();
            second.close();
        }
    }

    private static final java.nio.file.Path KEYS = TestKeyFile.create();

    private ConfigurableApplicationContext start(String brokers, String name) throws IOException {
        int port = freePort();
        return new SpringApplicationBuilder(InsightsServiceApplication.class)
                .run(
                        "--spring.kafka.bootstrap-servers=" + brokers,
                        "--spring.kafka.streams.state-dir="
                                + this.stateRoot.resolve(name).toAbsolutePath(),
                        "--spring.kafka.streams.properties.session.timeout.ms=10000",
                        "--spring.kafka.streams.properties.application.server=127.0.0.1:" + port,
                        "--server.address=127.0.0.1",
                        "--server.port=" + port,
                        // the instances read each other's stores with the internal key, as ./goji sets it
                        "--goji.security.keys-file=" + KEYS,
                        "--goji.insights.gather.credentials=" + TestKeys.INTERNAL.token());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int activeTasks(ConfigurableApplicationContext insights) {
        KafkaStreams streams = insights.getBean(StreamsBuilderFactoryBean.class).getKafkaStreams();
        if (streams == null || streams.state() != KafkaStreams.State.RUNNING) {
            return -1;
        }
        return streams.metadataForLocalThreads().stream()
                .mapToInt(thread -> thread.activeTasks().size())
                .sum();
    }

    private static InsightsClient client(ConfigurableApplicationContext insights) {
        return new InsightsClient(insights.getEnvironment().getProperty("local.server.port", Integer.class));
    }

    /**
     * The farms (joined from link stores spread over both instances) are the same through either,
     * and the farms plus the unattributed rest are /demand's feKg and revenue to within one rounding
     * per row.
     */
    private static void sameFarmsOnBoth(InsightsClient first, InsightsClient second) throws Exception {
        String path = "/api/v1/insights/farms?from=" + FROM + "&to=" + TO;
        JsonNode farms = first.getJson(path);
        assertThat(second.getJson(path)).isEqualTo(farms);
        BigDecimal feKg =
                new BigDecimal(farms.get("unattributed").get("soldFeKg").asString());
        Map<String, BigDecimal> revenue = new TreeMap<>();
        List<JsonNode> rows = new ArrayList<>();
        farms.get("farms").forEach(rows::add);
        rows.add(farms.get("unattributed"));
        for (JsonNode row : rows) {
            if (row != farms.get("unattributed")) {
                feKg = feKg.add(new BigDecimal(row.get("soldFeKg").asString()));
            }
            row.get("revenue")
                    .properties()
                    .forEach(e -> revenue.merge(
                            e.getKey(), new BigDecimal(e.getValue().asString()), BigDecimal::add));
        }
        BigDecimal demandFeKg = BigDecimal.ZERO;
        Map<String, BigDecimal> demandRevenue = new TreeMap<>();
        JsonNode demand =
                first.getJson("/api/v1/insights/demand?dimension=productForm&bucket=month&from=" + FROM + "&to=" + TO);
        for (JsonNode row : demand.get("rows")) {
            demandFeKg = demandFeKg.add(new BigDecimal(row.get("feKg").asString()));
            row.get("revenue")
                    .properties()
                    .forEach(e -> demandRevenue.merge(
                            e.getKey(), new BigDecimal(e.getValue().asString()), BigDecimal::add));
        }
        BigDecimal slack = new BigDecimal("0.000001").multiply(BigDecimal.valueOf(rows.size()));
        assertThat(feKg.subtract(demandFeKg).abs()).isLessThanOrEqualTo(slack);
        assertThat(revenue.keySet()).isEqualTo(demandRevenue.keySet());
        revenue.forEach((currency, amount) -> assertThat(
                        amount.subtract(demandRevenue.get(currency)).abs())
                .as(currency)
                .isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(rows.size()))));
    }

    private static void awaitExactly(InsightsClient client, ExpectedInsights expected) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(client.summary()).isEqualTo(expected.summary());
            for (String dimension : List.of("productForm", "channel", "region", "sku")) {
                assertThat(client.demand(dimension, "day", FROM, TO))
                        .as(dimension + " by day")
                        .isEqualTo(expected.demand(dimension, "day", FROM, TO));
            }
        });
    }
}
