package io.gojichain.boot.web;

import io.gojichain.boot.publishing.EventPublisher;
import io.gojichain.contracts.GojiEvent;
import java.util.UUID;

/**
 * The 202 body of a single event: where the broker durably stored it (docs/CONTRACT.md, section 2).
 *
 * @param eventId the event's id (the client's or a new one)
 * @param topic where it was written
 * @param partition the partition of the topic (decided by its key)
 * @param offset its offset in the partition
 */
public record Accepted(UUID eventId, String topic, int partition, long offset) {

    public static Accepted of(GojiEvent event, EventPublisher.Published published) {
        return new Accepted(event.eventId(), published.topic(), published.partition(), published.offset());
    }
}
