package io.gojichain.boot.ingest;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings every ingest service shares, under {@code goji.*}; the defaults are the contract's (docs/CONTRACT.md,
 * section 2).
 *
 * @param publish how long a request waits for Kafka
 * @param topics how the topics this service writes are created
 * @param limits what a request may contain
 */
@ConfigurationProperties("goji")
public record IngestProperties(
        @DefaultValue Publish publish,
        @DefaultValue TopicSettings topics,
        @DefaultValue Limits limits) {

    /** The settings with every default, bound as Boot binds them from an empty environment (for tests). */
    public static IngestProperties defaults() {
        return new Binder().bindOrCreate("goji", IngestProperties.class);
    }

    /**
     * @param timeout the longest a request waits for the broker's acknowledgement before answering 503
     * @param retryAfter the {@code Retry-After} a 503 advises (whole seconds, at least 1)
     */
    public record Publish(
            @DefaultValue("5s") Duration timeout,
            @DefaultValue("5s") Duration retryAfter) {}

    /**
     * @param partitions partitions of each topic created by the service
     * @param replicationFactor replicas of each partition (1 on a single local broker, 3 in production)
     */
    public record TopicSettings(
            @DefaultValue("6") int partitions,
            @DefaultValue("1") short replicationFactor) {}

    /**
     * @param maxBatchItems the most events one batch may hold
     * @param maxBodyBytes the largest request body, counted as it is read
     * @param maxFutureSkew how far after now an eventTime may lie (clocks in the field drift)
     * @param earliestEventTime the earliest eventTime accepted
     */
    public record Limits(
            @DefaultValue("1000") int maxBatchItems,
            @DefaultValue("1048576") long maxBodyBytes,
            @DefaultValue("1d") Duration maxFutureSkew,
            @DefaultValue("2000-01-01T00:00:00Z") Instant earliestEventTime) {}
}
