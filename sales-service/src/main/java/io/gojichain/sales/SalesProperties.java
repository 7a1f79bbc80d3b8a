package io.gojichain.sales;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Everything this service reads from configuration, under {@code goji.*}. */
@ConfigurationProperties("goji")
public record SalesProperties(
        @DefaultValue Publish publish,
        @DefaultValue TopicSettings topics,
        @DefaultValue Limits limits) {

    /**
     * @param timeout the longest a request waits for the broker's acknowledgement before it answers 503
     * @param retryAfter what the 503 tells the client to wait before retrying
     */
    public record Publish(
            @DefaultValue("5s") Duration timeout,
            @DefaultValue("5s") Duration retryAfter) {}

    /** Used when this service creates its topic because it is missing. */
    public record TopicSettings(
            @DefaultValue("6") int partitions,
            @DefaultValue("1") short replicationFactor) {}

    /**
     * @param maxBatchItems events in one batch; more is a 413
     * @param maxBodyBytes request body size; more is a 413
     * @param maxFutureSkew how far past "now" an eventTime may be (clocks in shops drift)
     * @param earliestEventTime no event happened before this
     */
    public record Limits(
            @DefaultValue("1000") int maxBatchItems,
            @DefaultValue("1048576") long maxBodyBytes,
            @DefaultValue("1d") Duration maxFutureSkew,
            @DefaultValue("2000-01-01T00:00:00Z") Instant earliestEventTime) {}
}
