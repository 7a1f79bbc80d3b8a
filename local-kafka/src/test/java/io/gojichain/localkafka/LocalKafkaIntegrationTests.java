package io.gojichain.localkafka;

import static io.gojichain.localkafka.TestClients.consumer;
import static io.gojichain.localkafka.TestClients.freePort;
import static io.gojichain.localkafka.TestClients.producer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real broker in this JVM: produce, consume, stop, start again on the same data, read back. */
class LocalKafkaIntegrationTests {

    private static final String TOPIC = "local-kafka.probe";

    @TempDir
    Path dir;

    @Test
    void recordAndCommittedOffsetSurviveARestartOnTheSameDataDirectory() throws Exception {
        Path dataDir = dir.resolve("kafka");
        String clusterId;
        RecordMetadata written;

        try (LocalKafka broker = LocalKafka.start(settings(dataDir))) {
            clusterId = Files.readString(dataDir.resolve("logs").resolve(Storage.META_PROPERTIES));
            try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers())) {
                written = producer.send(new ProducerRecord<>(TOPIC, "lot-1", "{\"kg\":\"12.5\"}"))
                        .get(30, TimeUnit.SECONDS);
            }
            // A consumer group needs the offsets topic: proves replication factor 1 is configured.
            try (KafkaConsumer<String, String> consumer = consumer(broker.bootstrapServers(), "probe-group")) {
                consumer.subscribe(List.of(TOPIC));
                List<ConsumerRecord<String, String>> read = pollUntilOneRecord(consumer);
                assertThat(read).singleElement().satisfies(r -> {
                    assertThat(r.key()).isEqualTo("lot-1");
                    assertThat(r.value()).isEqualTo("{\"kg\":\"12.5\"}");
                });
                consumer.commitSync(Duration.ofSeconds(30));
            }
            // Created by the producer without a partition count: the broker's num.partitions applies.
            try (Admin admin =
                    Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                assertThat(admin.describeTopics(List.of(TOPIC))
                                .allTopicNames()
                                .get(30, TimeUnit.SECONDS)
                                .get(TOPIC)
                                .partitions())
                        .hasSize(6);
            }
        }

        // New ports on purpose: ./goji lets the ports change between runs over the same data.
        try (LocalKafka broker = LocalKafka.start(settings(dataDir))) {
            assertThat(Files.readString(dataDir.resolve("logs").resolve(Storage.META_PROPERTIES)))
                    .isEqualTo(clusterId);
            try (KafkaConsumer<String, String> consumer = consumer(broker.bootstrapServers(), "second-group")) {
                consumer.subscribe(List.of(TOPIC));
                List<ConsumerRecord<String, String>> read = pollUntilOneRecord(consumer);
                assertThat(read).singleElement().satisfies(r -> {
                    assertThat(r.key()).isEqualTo("lot-1");
                    assertThat(r.value()).isEqualTo("{\"kg\":\"12.5\"}");
                    assertThat(r.partition()).isEqualTo(written.partition());
                    assertThat(r.offset()).isEqualTo(written.offset());
                });
            }
            try (Admin admin =
                    Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("probe-group")
                        .partitionsToOffsetAndMetadata()
                        .get(30, TimeUnit.SECONDS);
                assertThat(committed
                                .get(new TopicPartition(TOPIC, written.partition()))
                                .offset())
                        .isEqualTo(written.offset() + 1);
            }
        }
    }

    private static List<ConsumerRecord<String, String>> pollUntilOneRecord(KafkaConsumer<String, String> consumer) {
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            consumer.poll(Duration.ofMillis(500)).forEach(read::add);
            return !read.isEmpty();
        });
        return read;
    }

    private static LocalKafkaSettings settings(Path dataDir) throws IOException {
        return new LocalKafkaSettings(dataDir, "127.0.0.1", freePort(), freePort());
    }
}
