package io.gojichain.sales.publishing;

import io.gojichain.contracts.CloudEventHeaders;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.Topics;
import io.gojichain.sales.SalesProperties;
import io.gojichain.sales.SalesServiceApplication;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Writes events to their topic and returns only once the broker acknowledged them (acks=all,
 * idempotent producer), or throws {@link KafkaUnavailableException} when that takes longer than
 * {@code goji.publish.timeout}.
 *
 * <p>A single event is sent without a transaction: the idempotent producer already makes retries
 * safe, and a transaction would add two broker round trips for nothing. A batch is one Kafka
 * transaction, so a read_committed reader (insights-service) sees all of it or none of it, even when
 * the broker fails half-way; that is the contract's "a batch that fails while publishing is not
 * half-counted downstream".
 */
@Component
public class EventPublisher {

    private final KafkaTemplate<String, GojiEvent> template;

    private final IngestMetrics metrics;

    private final Duration timeout;

    public EventPublisher(
            KafkaTemplate<String, GojiEvent> template, IngestMetrics metrics, SalesProperties properties) {
        this.template = template;
        this.metrics = metrics;
        this.timeout = properties.publish().timeout();
    }

    /** Publishes one event; returns where the broker stored it. */
    public PublishResult publish(GojiEvent event) {
        long start = System.nanoTime();
        long deadline = start + this.timeout.toNanos();
        try {
            RecordMetadata stored = await(send(this.template, event), deadline);
            this.metrics.accepted(event.eventType(), IngestMetrics.Mode.SINGLE, 1);
            return new PublishResult(event.eventId(), stored.topic(), stored.partition(), stored.offset());
        } catch (RuntimeException ex) {
            throw unavailable(ex);
        } finally {
            this.metrics.publishLatency(
                    event.eventType(), IngestMetrics.Mode.SINGLE, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Publishes all events in one transaction; returns their ids in the given order. */
    public List<UUID> publishAll(List<? extends GojiEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        long start = System.nanoTime();
        long deadline = start + this.timeout.toNanos();
        try {
            // A send that fails at once (no metadata within max.block.ms) throws here, which aborts
            // the transaction instead of letting each remaining event wait for the same broker.
            List<CompletableFuture<SendResult<String, GojiEvent>>> sent = this.template.executeInTransaction(ops -> {
                List<CompletableFuture<SendResult<String, GojiEvent>>> futures = new ArrayList<>(events.size());
                for (GojiEvent event : events) {
                    futures.add(send(ops, event));
                }
                return futures;
            });
            // The commit has flushed every record; these complete at once unless one failed.
            for (CompletableFuture<SendResult<String, GojiEvent>> future : sent) {
                await(future, deadline);
            }
            this.metrics.accepted(events.get(0).eventType(), IngestMetrics.Mode.BATCH, events.size());
            return events.stream().map(GojiEvent::eventId).toList();
        } catch (RuntimeException ex) {
            throw unavailable(ex);
        } finally {
            this.metrics.publishLatency(
                    events.get(0).eventType(), IngestMetrics.Mode.BATCH, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static CompletableFuture<SendResult<String, GojiEvent>> send(
            KafkaOperations<String, GojiEvent> operations, GojiEvent event) {
        return operations.send(record(event));
    }

    /** The record of the contract: key from the catalogue, CloudEvents attributes as headers. */
    static ProducerRecord<String, GojiEvent> record(GojiEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, event.eventId().toString());
        header(headers, CloudEventHeaders.TYPE, event.eventType().cloudEventType());
        header(headers, CloudEventHeaders.SOURCE, "/" + SalesServiceApplication.SERVICE_NAME);
        // Instant#toString is ISO-8601 in UTC, exactly how the JSON body writes eventTime.
        header(headers, CloudEventHeaders.TIME, event.eventTime().toString());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(Topics.of(event.eventType()), null, Topics.keyOf(event), event, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static RecordMetadata await(CompletableFuture<SendResult<String, GojiEvent>> future, long deadline) {
        try {
            long remaining = Math.max(0, deadline - System.nanoTime());
            return future.get(remaining, TimeUnit.NANOSECONDS).getRecordMetadata();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while waiting for Kafka", ex);
        } catch (TimeoutException ex) {
            throw new KafkaUnavailableException("Kafka did not acknowledge the write in time", ex);
        } catch (ExecutionException ex) {
            throw new KafkaUnavailableException(
                    "Kafka did not take the write", ex.getCause() != null ? ex.getCause() : ex);
        }
    }

    /**
     * Any failure of the client or the broker means "Kafka cannot take the write now" (503, retry);
     * only a failure to serialise our own event is a bug (500).
     */
    private static RuntimeException unavailable(RuntimeException ex) {
        if (ex instanceof KafkaUnavailableException) {
            return ex;
        }
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SerializationException) {
                return new IllegalStateException("could not serialise an event", ex);
            }
        }
        if (ex instanceof org.springframework.kafka.KafkaException
                || ex instanceof org.apache.kafka.common.KafkaException) {
            return new KafkaUnavailableException("Kafka did not take the write", ex);
        }
        return ex;
    }
}
