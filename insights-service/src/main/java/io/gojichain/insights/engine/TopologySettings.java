package io.gojichain.insights.engine;

import java.time.Duration;
import java.time.ZoneId;

/**
 * What the topology needs to know, free of Spring so that tests build it directly.
 *
 * @param zone the calendar an event's day is taken in
 * @param dedupRetention how long a seen eventId is remembered after its first arrival
 * @param dedupPurgeInterval how often (wall clock) expired ids are purged
 */
public record TopologySettings(
        ZoneId zone, Duration dedupRetention, Duration dedupPurgeInterval, EngineMetrics metrics) {}
