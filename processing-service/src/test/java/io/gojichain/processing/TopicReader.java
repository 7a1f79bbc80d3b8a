package io.gojichain.processing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a whole topic from the beginning the way downstream does (read_committed), so records of
 * an aborted or open transaction are never seen.
 */
final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;

    private final List<TopicPartition> partitions;

    private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

    TopicReader(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        this.consumer = new KafkaConsumer<>(props);
        this.partitions = this.consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        this.consumer.assign(this.partitions);
        this.consumer.seekToBeginning(this.partitions);
    }

    /** Polls until what has been read satisfies {@code done}; returns everything read so far. */
    List<ConsumerRecord<String, String>> until(Predicate<List<ConsumerRecord<String, String>>> done) {
        await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).until(() -> {
            this.consumer.poll(Duration.ofMillis(200)).forEach(this.records::add);
            return done.test(this.records);
        });
        return List.copyOf(this.records);
    }

    /** The records with this key, once {@code count} of them have been read. */
    List<ConsumerRecord<String, String>> withKey(String key, int count) {
        return until(read -> read.stream().filter(r -> key.equals(r.key())).count() >= count).stream()
                .filter(r -> key.equals(r.key()))
                .toList();
    }

    /**
     * Everything committed up to now: reads until every partition's position reaches the end it
     * had when called (for read_committed that end is the last stable offset). Not a timing guess.
     */
    List<ConsumerRecord<String, String>> toEnd() {
        Map<TopicPartition, Long> end = this.consumer.endOffsets(this.partitions);
        return until(read -> end.entrySet().stream().allMatch(e -> this.consumer.position(e.getKey()) >= e.getValue()));
    }

    /** Where each partition ends now (last stable offset for read_committed). */
    Map<TopicPartition, Long> endOffsets() {
        return this.consumer.endOffsets(this.partitions);
    }

    @Override
    public void close() {
        this.consumer.close(Duration.ofSeconds(5));
    }
}
