package io.gojichain.insights.engine;

import io.gojichain.contracts.Topics;
import io.gojichain.insights.facts.InsightsNotReadyException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps queries and readiness closed while the engine builds its state from the event topics for
 * the first time: a new application id (the v1 -> v2 migration, or an empty cluster's first start)
 * has no committed offsets, Streams is RUNNING at once and counts from offset 0, and until it has
 * caught up every answer would be a partial number. Progress is gauge
 * {@code goji.insights.rebuild.remaining} (records still to count) and readiness' {@code rebuilding}.
 *
 * <p>Caught up means: the consumers have fetched every assigned input partition and at most
 * {@link #CAUGHT_UP_LAG} records wait in all of them. From then on the gate stays open; a lagging
 * stream later is {@link StallWatch}'s business, not a rebuild.
 */
public final class RebuildGate {

    /** Records that may still wait when the rebuild counts as done (a second at the freshness load). */
    static final long CAUGHT_UP_LAG = 1_000;

    private static final Logger log = LoggerFactory.getLogger(RebuildGate.class);

    private volatile boolean rebuilding;

    private volatile long remaining;

    RebuildGate(boolean rebuilding, MeterRegistry registry) {
        this.rebuilding = rebuilding;
        Gauge.builder("goji.insights.rebuild.remaining", this, gate -> gate.rebuilding ? gate.remaining : 0)
                .description("Records still to count before a state built from the event topics can answer")
                .register(registry);
    }

    /**
     * Rebuilding when the application id has committed no offsets yet while the event topics hold
     * records. If the broker cannot tell (unreachable), not rebuilding: the previous behaviour.
     */
    static boolean needsRebuild(Map<String, Object> adminConfig, String applicationId, Duration timeout) {
        try (Admin admin = Admin.create(adminConfig)) {
            Map<TopicPartition, ?> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (committed != null && !committed.isEmpty()) {
                return false;
            }
            Set<TopicPartition> partitions = new HashSet<>();
            admin.describeTopics(Topics.EVENT_TOPICS)
                    .allTopicNames()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .forEach((topic, description) -> description
                            .partitions()
                            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
            long records = admin
                    .listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .values()
                    .stream()
                    .mapToLong(info -> info.offset())
                    .sum();
            return records > 0;
        } catch (Exception ex) {
            if (ex instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.info(
                    "Could not tell whether {} must build its state from the topics: {}", applicationId, ex.toString());
            return false;
        }
    }

    boolean rebuilding(@Nullable KafkaStreams streams) {
        if (!this.rebuilding || streams == null || streams.state() != KafkaStreams.State.RUNNING) {
            return this.rebuilding;
        }
        Map<TopicPartition, Long> lag = StallWatch.lagByPartition(streams);
        this.remaining = lag.values().stream().mapToLong(Long::longValue).sum();
        Set<TopicPartition> assigned = new HashSet<>();
        for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            thread.activeTasks().forEach(task -> assigned.addAll(task.topicPartitions()));
        }
        if (!assigned.isEmpty() && lag.keySet().containsAll(assigned) && this.remaining <= CAUGHT_UP_LAG) {
            log.info(
                    "The state is built from the event topics ({} records still to count); answering queries",
                    this.remaining);
            this.rebuilding = false;
        }
        return this.rebuilding;
    }

    long remaining() {
        return this.remaining;
    }

    /** Throws "not ready" while rebuilding. */
    void check(@Nullable KafkaStreams streams) {
        if (rebuilding(streams)) {
            throw new InsightsNotReadyException(String.format(
                    "the insights engine is building its state from the event topics (%,d records to go)",
                    this.remaining));
        }
    }
}
