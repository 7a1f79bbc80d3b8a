package io.gojichain.sales.intake;

import java.util.UUID;

/**
 * The 202 body of a single event: where the broker durably stored it.
 *
 * @param eventId the event's id (the client's or a new one)
 * @param topic where it was written
 * @param partition the partition of the topic (decided by its key)
 * @param offset its offset in the partition
 */
record Accepted(UUID eventId, String topic, int partition, long offset) {}
