package io.gojichain.processing.publishing;

import io.gojichain.contracts.CloudEventHeaders;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import io.gojichain.contracts.Topics;
import io.gojichain.processing.ProcessingProperties;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Writes accepted events to their topic and returns only once the broker has acknowledged them
 * (acks=all, idempotent producer), or fails with {@link KafkaUnavailableException} within about
 * {@code goji.publish.timeout}.
 *
 * <p>A single event goes out without a transaction: the idempotent producer already makes one
 * record durable and free of duplicates from producer retries, and skipping the transaction saves
 * the extra round trips (AddPartitionsToTxn, EndTxn) on every request. A batch goes out in one
 * Kafka transaction: consumers read with read_committed, so either every event of the batch
 * becomes visible or none does, even when the broker fails half way. No consume-process-produce
 * happens here, so the transactional id only needs to be unique per instance (no zombie fencing
 * across restarts).
 */
@Component
public class EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

    private final KafkaTemplate<String, GojiEvent> template;

    private final IngestMetrics metrics;

    private final Duration timeout;

    public EventPublisher(
            KafkaTemplate<String, GojiEvent> template, IngestMetrics metrics, ProcessingProperties properties) {
        this.template = template;
        this.metrics = metrics;
        this.timeout = properties.publish().timeout();
    }

    /**
     * Creates the shared non-transactional producer before the first request, so that request's
     * bounded wait is spent on Kafka, not on building a client. Needs no broker.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        try {
            this.template.execute(producer -> null);
        } catch (RuntimeException ex) {
            log.warn("Could not create the Kafka producer yet: {}", ex.getMessage());
        }
    }

    /** Publishes one event outside any transaction and tells where it landed. */
    public PublishedRecord publish(GojiEvent event) {
        String type = event.eventType().wireName();
        long start = System.nanoTime();
        long deadline = start + this.timeout.toNanos();
        SendResult<String, GojiEvent> result;
        try {
            result = await(this.template.send(record(event)), deadline);
        } catch (RuntimeException ex) {
            throw unavailableOrRethrow(ex);
        }
        this.metrics.publishLatency(type, "single").record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        this.metrics.accepted(type, "single", 1);
        RecordMetadata metadata = result.getRecordMetadata();
        return new PublishedRecord(metadata.topic(), metadata.partition(), metadata.offset());
    }

    /**
     * Publishes all events in one transaction, in order. The commit waits for every record's
     * acknowledgement and is itself bounded by the producer's {@code max.block.ms}, which the
     * configuration keeps below {@code goji.publish.timeout}.
     */
    public void publishAll(List<? extends GojiEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        String type = events.get(0).eventType().wireName();
        long start = System.nanoTime();
        long deadline = start + this.timeout.toNanos();
        try {
            List<CompletableFuture<SendResult<String, GojiEvent>>> sent = this.template.executeInTransaction(ops -> {
                List<CompletableFuture<SendResult<String, GojiEvent>>> futures = new ArrayList<>(events.size());
                for (GojiEvent event : events) {
                    futures.add(ops.send(record(event)));
                }
                return futures;
            });
            // Committed, so every send has completed; this only surfaces a failure the commit did not.
            if (sent != null) {
                for (CompletableFuture<SendResult<String, GojiEvent>> future : sent) {
                    await(future, deadline);
                }
            }
        } catch (RuntimeException ex) {
            throw unavailableOrRethrow(ex);
        }
        this.metrics.publishLatency(type, "batch").record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        this.metrics.batchSize(type, events.size());
        this.metrics.accepted(type, "batch", events.size());
    }

    private static ProducerRecord<String, GojiEvent> record(GojiEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, event.eventId().toString());
        header(headers, CloudEventHeaders.TYPE, event.eventType().cloudEventType());
        header(headers, CloudEventHeaders.SOURCE, "/" + event.source());
        // The same text as eventTime in the JSON value.
        header(headers, CloudEventHeaders.TIME, GojiJson.mapper().convertValue(event.eventTime(), String.class));
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(Topics.of(event.eventType()), null, null, Topics.keyOf(event), event, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private <T> T await(CompletableFuture<T> future, long deadlineNanos) {
        try {
            return future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while waiting for Kafka", ex);
        } catch (TimeoutException ex) {
            future.cancel(false);
            throw new KafkaUnavailableException("no acknowledgement from Kafka within " + this.timeout, ex);
        } catch (ExecutionException ex) {
            Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new KafkaUnavailableException("Kafka refused the write", cause);
        }
    }

    /** Kafka trouble becomes a 503; a bug of ours (e.g. serialisation) stays a 500. */
    private static RuntimeException unavailableOrRethrow(RuntimeException ex) {
        if (ex instanceof KafkaUnavailableException) {
            return ex;
        }
        if (causeOf(ex, SerializationException.class) != null) {
            return ex;
        }
        if (causeOf(ex, org.apache.kafka.common.KafkaException.class) != null
                || causeOf(ex, org.springframework.kafka.KafkaException.class) != null) {
            return new KafkaUnavailableException(rootMessage(ex), ex);
        }
        return ex;
    }

    private static <T extends Throwable> @Nullable T causeOf(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
