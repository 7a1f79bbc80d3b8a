package io.gojichain.localkafka;

import static io.gojichain.localkafka.TestClients.consumer;
import static io.gojichain.localkafka.TestClients.freePort;
import static io.gojichain.localkafka.TestClients.producer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real nodes in this JVM, as {@code GOJI_BROKERS=3} runs them in three processes: topics get
 * three replicas and need two for a write, so with one node stopped writes still succeed and
 * nothing acknowledged is lost.
 */
class LocalKafkaClusterIntegrationTests {

    private static final String TOPIC = "local-kafka.cluster-probe";

    @TempDir
    Path dir;

    @Test
    void threeNodesReplicateEveryTopicThreeTimesAndKeepWritingWithOneNodeDown() throws Exception {
        List<LocalKafkaSettings> nodes = cluster(3);
        List<LocalKafka> running = startSideBySide(nodes);
        try {
            String bootstrap = String.join(
                    ",",
                    nodes.stream().map(LocalKafkaSettings::bootstrapServers).toList());
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                // No replication factor given: the broker default the launcher sets applies.
                admin.createTopics(List.of(new NewTopic(TOPIC, Optional.of(3), Optional.empty())))
                        .all()
                        .get(60, TimeUnit.SECONDS);
                TopicDescription topic = admin.describeTopics(List.of(TOPIC))
                        .allTopicNames()
                        .get(30, TimeUnit.SECONDS)
                        .get(TOPIC);
                assertThat(topic.partitions())
                        .hasSize(3)
                        .allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
                assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                        .hasSize(3);
            }

            try (KafkaProducer<String, String> producer = producer(bootstrap)) {
                for (int i = 0; i < 30; i++) {
                    producer.send(new ProducerRecord<>(TOPIC, "before-" + i, "v"))
                            .get(30, TimeUnit.SECONDS);
                }
                running.get(2).close();
                // min.insync.replicas=2 of 3: the two remaining nodes still take acks=all writes.
                for (int i = 0; i < 30; i++) {
                    producer.send(new ProducerRecord<>(TOPIC, "after-" + i, "v"))
                            .get(60, TimeUnit.SECONDS);
                }
            }

            String survivors =
                    nodes.get(0).bootstrapServers() + "," + nodes.get(1).bootstrapServers();
            try (KafkaConsumer<String, String> consumer = consumer(survivors, "cluster-probe")) {
                consumer.subscribe(List.of(TOPIC));
                List<String> keys = new ArrayList<>();
                await().atMost(Duration.ofSeconds(90)).until(() -> {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                        keys.add(r.key());
                    }
                    return keys.size() >= 60;
                });
                assertThat(keys).hasSize(60).doesNotHaveDuplicates();
                assertThat(keys.stream().filter(k -> k.startsWith("before-"))).hasSize(30);
            }
        } finally {
            stopSideBySide(running);
        }
    }

    /**
     * Stopped one after the other, the last node would have no quorum left to acknowledge its
     * controlled shutdown and would wait minutes for it: stop them together, as {@code ./goji down} does.
     */
    private static void stopSideBySide(List<LocalKafka> nodes) {
        CompletableFuture.allOf(nodes.stream()
                        .map(node -> CompletableFuture.runAsync(node::close))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    /** Each node waits for a quorum in {@code start}: started one after the other, the first would wait forever. */
    private static List<LocalKafka> startSideBySide(List<LocalKafkaSettings> nodes)
            throws InterruptedException, ExecutionException {
        List<CompletableFuture<LocalKafka>> starting = new ArrayList<>();
        for (LocalKafkaSettings node : nodes) {
            starting.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return LocalKafka.start(node);
                } catch (Exception e) {
                    throw new IllegalStateException("node " + node.nodeId() + " did not start", e);
                }
            }));
        }
        List<LocalKafka> running = new ArrayList<>();
        for (CompletableFuture<LocalKafka> node : starting) {
            running.add(node.get());
        }
        return running;
    }

    private List<LocalKafkaSettings> cluster(int size) throws IOException {
        List<int[]> ports = new ArrayList<>();
        List<LocalKafkaSettings.Voter> voters = new ArrayList<>();
        for (int id = 1; id <= size; id++) {
            int[] pair = {freePort(), freePort()};
            ports.add(pair);
            voters.add(new LocalKafkaSettings.Voter(id, "127.0.0.1", pair[1]));
        }
        String clusterId = Uuid.randomUuid().toString();
        List<LocalKafkaSettings> nodes = new ArrayList<>();
        for (int id = 1; id <= size; id++) {
            int[] pair = ports.get(id - 1);
            nodes.add(new LocalKafkaSettings(
                    dir.resolve("node-" + id), "127.0.0.1", pair[0], pair[1], id, voters, clusterId));
        }
        return nodes;
    }
}
