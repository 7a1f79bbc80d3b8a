package io.gojichain.insights.engine;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an instance asks the others for the partitions it does not hold.
 *
 * @param timeout how long one instance may take to answer before the query is "not ready"
 * @param credentials the bearer token sent with those calls (the instances' internal key), or none
 */
@ConfigurationProperties("goji.insights.gather")
public record GatherProperties(
        @DefaultValue("10s") Duration timeout, @Nullable String credentials) {}
