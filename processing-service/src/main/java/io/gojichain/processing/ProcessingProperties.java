package io.gojichain.processing;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of processing-service, under {@code goji.*}.
 *
 * @param publish how long a request waits for Kafka
 * @param topics how the topics this service writes are created
 * @param limits what a request may hold
 */
@ConfigurationProperties("goji")
public record ProcessingProperties(
        @DefaultValue Publish publish,
        @DefaultValue TopicSettings topics,
        @DefaultValue Limits limits) {

    /** The name the service stamps into {@code source} and {@code ce_source}. */
    public static final String SERVICE_NAME = "processing-service";

    /**
     * @param timeout the longest a request waits for the broker's acknowledgement before it gets a 503
     * @param retryAfter what the 503 tells the client to wait before retrying (whole seconds)
     */
    public record Publish(
            @DefaultValue("5s") Duration timeout,
            @DefaultValue("5s") Duration retryAfter) {}

    /**
     * @param partitions partitions of each topic created at startup
     * @param replicationFactor replicas of each topic created at startup
     */
    public record TopicSettings(
            @DefaultValue("6") int partitions,
            @DefaultValue("1") short replicationFactor) {}

    /**
     * @param maxBatchItems events one batch request may hold
     * @param maxBodyBytes bytes one request body may hold
     * @param maxFutureSkew how far after now an eventTime may lie (clocks in the field drift)
     * @param earliestEventTime the oldest eventTime accepted
     */
    public record Limits(
            @DefaultValue("1000") int maxBatchItems,
            @DefaultValue("1048576") long maxBodyBytes,
            @DefaultValue("1d") Duration maxFutureSkew,
            @DefaultValue("2000-01-01T00:00:00Z") Instant earliestEventTime) {}
}
