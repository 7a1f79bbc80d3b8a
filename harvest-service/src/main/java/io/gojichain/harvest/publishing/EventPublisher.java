package io.gojichain.harvest.publishing;

import io.gojichain.contracts.CloudEventHeaders;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.Topics;
import io.gojichain.harvest.HarvestProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Writes events to their topic and returns only after the broker acknowledged them (acks=all, idempotent producer).
 *
 * <p>A single event is sent WITHOUT a transaction: the idempotent producer already makes its retries safe, and a
 * transaction would add two round trips (begin/commit markers) to every request for nothing. A batch is sent in ONE
 * Kafka transaction: all or nothing, so a batch that fails half-way is never seen by the read_committed readers
 * downstream. That is why the template allows non-transactional sends on a transactional producer factory.
 *
 * <p>Bounded waiting: a request thread waits at most {@code goji.publish.timeout} for a single acknowledgement. The
 * producer's own bounds ({@code max.block.ms} 4 s for metadata, initTransactions and commit; {@code
 * delivery.timeout.ms} 5 s) keep a batch's blocking calls within the same order of time when the broker is gone.
 */
@Component
public class EventPublisher {

    /**
     * Where a single event landed.
     *
     * @param topic the topic
     * @param partition the partition
     * @param offset the offset in that partition
     */
    public record Published(String topic, int partition, long offset) {}

    private final KafkaTemplate<String, GojiEvent> template;

    private final Duration timeout;

    private final IngestMetrics metrics;

    EventPublisher(
            ProducerFactory<String, GojiEvent> producerFactory, HarvestProperties properties, IngestMetrics metrics) {
        // Our own template over Boot's factory: same producers and producer metrics, plus non-transactional sends.
        this.template = new KafkaTemplate<>(producerFactory);
        this.template.setAllowNonTransactional(true);
        this.timeout = properties.publish().timeout();
        this.metrics = metrics;
    }

    /** Sends one event and waits for its acknowledgement. */
    public Published publish(GojiEvent event) {
        long start = System.nanoTime();
        try {
            CompletableFuture<SendResult<String, GojiEvent>> future = this.template.send(record(event));
            long remaining = this.timeout.toNanos() - (System.nanoTime() - start);
            RecordMetadata metadata =
                    future.get(Math.max(remaining, 0), TimeUnit.NANOSECONDS).getRecordMetadata();
            this.metrics.accepted(event.eventType(), IngestMetrics.Mode.SINGLE, 1);
            return new Published(metadata.topic(), metadata.partition(), metadata.offset());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while waiting for Kafka", ex, 1);
        } catch (TimeoutException ex) {
            throw unavailable("Kafka did not acknowledge within " + this.timeout.toMillis() + " ms", ex, 1);
        } catch (ExecutionException ex) {
            throw failure(ex.getCause() != null ? ex.getCause() : ex, 1);
        } catch (RuntimeException ex) {
            throw failure(ex, 1);
        } finally {
            this.metrics
                    .publishLatency(event.eventType(), IngestMetrics.Mode.SINGLE)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Sends all events in one transaction and returns after it committed; nothing of a failed batch becomes visible
     * to read_committed consumers. The list must not be empty and holds events of one type.
     */
    public void publishAll(List<? extends GojiEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        GojiEvent first = events.get(0);
        long start = System.nanoTime();
        try {
            this.template.executeInTransaction(operations -> {
                List<CompletableFuture<SendResult<String, GojiEvent>>> sends = new ArrayList<>(events.size());
                for (GojiEvent event : events) {
                    sends.add(operations.send(record(event)));
                }
                // commitTransaction (after this callback) flushes and fails if any send failed.
                return sends;
            });
            this.metrics.accepted(first.eventType(), IngestMetrics.Mode.BATCH, events.size());
            this.metrics.batchSize(first.eventType(), events.size());
        } catch (RuntimeException ex) {
            throw failure(ex, events.size());
        } finally {
            this.metrics
                    .publishLatency(first.eventType(), IngestMetrics.Mode.BATCH)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private static ProducerRecord<String, GojiEvent> record(GojiEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, event.eventId().toString());
        header(headers, CloudEventHeaders.TYPE, event.eventType().cloudEventType());
        header(headers, CloudEventHeaders.SOURCE, "/" + event.source());
        // Instant.toString() is ISO-8601 in UTC, the same text the JSON mapper writes for eventTime.
        header(headers, CloudEventHeaders.TIME, event.eventTime().toString());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(Topics.of(event.eventType()), null, Topics.keyOf(event), event, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A failure reported by the producer or the template means the broker could not take the write in time, which
     * the client may retry (503). Our own bugs stay 500s: an event that does not serialise, or anything that is not
     * a Kafka failure.
     */
    private static RuntimeException failure(Throwable cause, int events) {
        boolean kafka = false;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SerializationException) {
                return new IllegalStateException("event could not be serialised", t);
            }
            kafka |= t instanceof org.apache.kafka.common.KafkaException
                    || t instanceof org.springframework.kafka.KafkaException
                    || t instanceof TimeoutException;
        }
        if (kafka) {
            return unavailable(
                    "Kafka could not take the write: " + cause.getClass().getSimpleName(), cause, events);
        }
        return cause instanceof RuntimeException runtime
                ? runtime
                : new IllegalStateException("publishing failed", cause);
    }

    private static KafkaUnavailableException unavailable(String message, Throwable cause, int events) {
        return new KafkaUnavailableException(message, cause, events);
    }
}
