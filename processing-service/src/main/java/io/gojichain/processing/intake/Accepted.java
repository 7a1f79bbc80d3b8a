package io.gojichain.processing.intake;

import java.util.UUID;

/** The 202 answer to one event: where the broker stored it. */
public record Accepted(UUID eventId, String topic, int partition, long offset) {}
