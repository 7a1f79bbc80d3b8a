package io.gojichain.insights;

import io.gojichain.contracts.CloudEventHeaders;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import io.gojichain.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events as the ingest services do: catalogue topic and key, contract JSON, CloudEvents
 * headers, an idempotent acks=all producer for single events and transactions for batches.
 */
final class IngestPublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> single;

    private final KafkaProducer<String, byte[]> batches;

    IngestPublisher(String bootstrapServers) {
        this.single = new KafkaProducer<>(config(bootstrapServers, null));
        this.batches = new KafkaProducer<>(config(bootstrapServers, "it-batches-" + UUID.randomUUID()));
        this.batches.initTransactions();
    }

    /** One acknowledged send per event, as for single POSTs. */
    void one(List<? extends GojiEvent> events) throws Exception {
        for (GojiEvent event : events) {
            this.single.send(record(event)).get();
        }
    }

    /** Sends without waiting for the acknowledgement: background load. */
    void oneAsync(GojiEvent event) {
        this.single.send(record(event));
    }

    /** Batches of {@code size} events, each all or nothing, as for batch POSTs. */
    void batches(List<? extends GojiEvent> events, int size) {
        for (int from = 0; from < events.size(); from += size) {
            this.batches.beginTransaction();
            for (GojiEvent event : events.subList(from, Math.min(events.size(), from + size))) {
                this.batches.send(record(event));
            }
            this.batches.commitTransaction();
        }
    }

    /** A batch that failed half-way: written, then aborted. A read_committed reader never sees it. */
    void abortedBatch(List<? extends GojiEvent> events) {
        this.batches.beginTransaction();
        for (GojiEvent event : events) {
            this.batches.send(record(event));
        }
        this.batches.flush();
        this.batches.abortTransaction();
    }

    /** What some other producer might write: any bytes under any key. */
    void raw(String topic, String key, byte[] value) throws Exception {
        this.single.send(new ProducerRecord<>(topic, key, value)).get();
    }

    static ProducerRecord<String, byte[]> record(GojiEvent event) {
        EventType type = event.eventType();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                Topics.of(type), Topics.keyOf(event), GojiJson.mapper().writeValueAsBytes(event));
        record.headers()
                .add(CloudEventHeaders.SPEC_VERSION, utf8(CloudEventHeaders.SPEC_VERSION_VALUE))
                .add(CloudEventHeaders.ID, utf8(event.eventId().toString()))
                .add(CloudEventHeaders.TYPE, utf8(type.cloudEventType()))
                .add(CloudEventHeaders.SOURCE, utf8("/" + event.source()))
                .add(CloudEventHeaders.TIME, utf8(event.eventTime().toString()))
                .add(CloudEventHeaders.CONTENT_TYPE, utf8(CloudEventHeaders.JSON));
        return record;
    }

    @Override
    public void close() {
        this.single.close();
        this.batches.close();
    }

    private static Map<String, Object> config(String bootstrapServers, String transactionalId) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class));
        if (transactionalId != null) {
            config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return config;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
