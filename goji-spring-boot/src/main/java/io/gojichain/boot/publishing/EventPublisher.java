package io.gojichain.boot.publishing;

import io.gojichain.boot.ingest.IngestProperties;
import io.gojichain.contracts.CloudEventHeaders;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Writes events to their topic and returns only after the broker acknowledged them (acks=all, idempotent producer).
 *
 * <p>A single event is sent WITHOUT a transaction: the idempotent producer already makes its retries safe, and a
 * transaction would add two round trips (begin/commit markers) to every request for nothing. A batch is sent in ONE
 * Kafka transaction: all or nothing, so a batch that fails half-way is never seen by the read_committed readers
 * downstream. That is why the template allows non-transactional sends on a transactional producer factory. No
 * consume-process-produce happens here, so the transactional id only needs to be unique per instance.
 *
 * <p>Bounded waiting: the producer may block the caller (creating a producer, {@code initTransactions}, waiting for
 * metadata up to {@code max.block.ms}, committing). Those calls run on a small pool of sender threads, and the
 * request thread waits for the acknowledgement at most {@code goji.publish.timeout} from the moment it asked, then
 * answers 503. The sender threads are themselves bounded by the producer's {@code max.block.ms} and {@code
 * delivery.timeout.ms}, so nothing stays stuck when the broker is gone. A write that outlives the deadline may still
 * land after the 503; that is why the 503 lists the eventIds and clients retry with them, which downstream counts
 * once (docs/CONTRACT.md, section 2).
 */
public class EventPublisher implements DisposableBean {

    /**
     * Where a single event landed.
     *
     * @param topic the topic
     * @param partition the partition
     * @param offset the offset in that partition
     */
    public record Published(String topic, int partition, long offset) {}

    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

    /** As many as Tomcat's default request threads: every request may have one write in flight, no more. */
    private static final int MAX_SENDERS = 200;

    private final KafkaTemplate<String, GojiEvent> template;

    private final TopicProvisioner topics;

    private final Duration timeout;

    private final IngestMetrics metrics;

    private final ThreadPoolExecutor senders;

    public EventPublisher(
            KafkaTemplate<String, GojiEvent> template,
            TopicProvisioner topics,
            IngestProperties properties,
            IngestMetrics metrics) {
        this.template = template;
        this.topics = topics;
        this.timeout = properties.publish().timeout();
        this.metrics = metrics;
        this.senders =
                new ThreadPoolExecutor(0, MAX_SENDERS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), senderThreads());
    }

    /**
     * Creates the shared non-transactional producer before the first request, so that request's bounded wait is
     * spent on Kafka, not on building a client. Needs no broker.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        try {
            this.template.execute(producer -> null);
        } catch (RuntimeException ex) {
            log.warn("Could not create the Kafka producer yet: {}", ex.getMessage());
        }
    }

    /** Sends one event and waits for its acknowledgement. */
    public Published publish(GojiEvent event) {
        long start = System.nanoTime();
        try {
            CompletableFuture<SendResult<String, GojiEvent>> acknowledged = onSender(
                            () -> this.template.send(record(event)), List.of(event.eventId()))
                    .thenCompose(sent -> sent);
            RecordMetadata metadata =
                    await(acknowledged, start, List.of(event.eventId())).getRecordMetadata();
            this.metrics.accepted(event.eventType(), IngestMetrics.Mode.SINGLE, 1);
            return new Published(metadata.topic(), metadata.partition(), metadata.offset());
        } finally {
            this.metrics
                    .publishLatency(event.eventType(), IngestMetrics.Mode.SINGLE)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Sends all events in one transaction and returns after it committed; nothing of a failed batch becomes visible
     * to read_committed consumers. The events are of one type.
     */
    public void publishAll(List<? extends GojiEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        GojiEvent first = events.get(0);
        List<UUID> ids = eventIds(events);
        long start = System.nanoTime();
        try {
            CompletableFuture<Boolean> committed = onSender(
                    () -> this.template.executeInTransaction(operations -> {
                        for (GojiEvent event : events) {
                            operations.send(record(event));
                        }
                        // commitTransaction (after this callback) flushes and fails if any send failed.
                        return true;
                    }),
                    ids);
            await(committed, start, ids);
            this.metrics.accepted(first.eventType(), IngestMetrics.Mode.BATCH, events.size());
            this.metrics.batchSize(first.eventType(), events.size());
        } finally {
            this.metrics
                    .publishLatency(first.eventType(), IngestMetrics.Mode.BATCH)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** Runs producer calls on a sender thread, once the topics exist (see {@link TopicProvisioner} for why). */
    private <T> CompletableFuture<T> onSender(Supplier<T> work, List<UUID> events) {
        Supplier<T> guarded = () -> {
            if (!this.topics.ensureCreated()) {
                throw new TopicsNotReadyException();
            }
            return work.get();
        };
        try {
            return CompletableFuture.supplyAsync(guarded, this.senders);
        } catch (RejectedExecutionException ex) {
            throw unavailable("too many writes waiting for Kafka", ex, events);
        }
    }

    private <T> T await(CompletableFuture<T> future, long start, List<UUID> events) {
        long remaining = this.timeout.toNanos() - (System.nanoTime() - start);
        try {
            return future.get(Math.max(remaining, 0), TimeUnit.NANOSECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while waiting for Kafka", ex, events);
        } catch (TimeoutException ex) {
            throw unavailable("Kafka did not acknowledge within " + this.timeout.toMillis() + " ms", ex, events);
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof TopicsNotReadyException notReady) {
                throw unavailable("Kafka unreachable: the topics could not be created yet", notReady, events);
            }
            throw failure(ex.getCause() != null ? ex.getCause() : ex, events);
        }
    }

    private static List<UUID> eventIds(List<? extends GojiEvent> events) {
        return events.stream().map(GojiEvent::eventId).toList();
    }

    private static CustomizableThreadFactory senderThreads() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("goji-send-");
        threads.setDaemon(true);
        return threads;
    }

    @Override
    public void destroy() {
        this.senders.shutdown();
    }

    /** The record of the contract: key from the catalogue, CloudEvents attributes as headers. */
    static ProducerRecord<String, GojiEvent> record(GojiEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, event.eventId().toString());
        header(headers, CloudEventHeaders.TYPE, event.eventType().cloudEventType());
        header(headers, CloudEventHeaders.SOURCE, "/" + event.source());
        // Instant.toString()'s text (ISO-8601 in UTC, as the JSON mapper writes eventTime), built without a formatter.
        header(headers, CloudEventHeaders.TIME, IsoInstantText.format(event.eventTime()));
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
    private static RuntimeException failure(Throwable cause, List<UUID> events) {
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

    private static KafkaUnavailableException unavailable(String message, Throwable cause, List<UUID> events) {
        return new KafkaUnavailableException(message, cause, events);
    }

    /** The broker could not be reached to create or find the topics. */
    private static final class TopicsNotReadyException extends RuntimeException {

        TopicsNotReadyException() {
            super("topics not created yet", null, false, false);
        }
    }
}
